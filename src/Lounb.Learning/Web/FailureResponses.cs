using System.Data.Common;
using System.Net.Sockets;

namespace Lounb.Learning.Web;

/// <summary>
/// What an unhandled failure tells the person: 503 with <c>Retry-After</c> when the database cannot be reached (the
/// service comes back by itself), the client's own status for a refused request (413 for a body over the limit), 500
/// otherwise. Programs (JSON APIs, SignalR hubs) get <c>application/problem+json</c>, people get a Ukrainian page.
/// </summary>
internal static class FailureResponses
{
    /// <summary>Seconds a client should wait before trying again while the database is down.</summary>
    public const int RetryAfterSeconds = 30;

    public const string UnavailableTitle = "Сервіс тимчасово недоступний";

    public const string UnavailableDetail = "Базу даних зараз не вдається досягти. Спробуйте за хвилину — збережене раніше не втрачено.";

    public static int StatusCodeOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ when IsDatabaseUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>
    /// A transient database failure (a refused or broken connection, a timeout, a server shutting down) anywhere in the
    /// chain of causes; EF Core wraps the provider's exception, so every inner exception is looked at.
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true } or SocketException)
            {
                return true;
            }
        }

        return false;
    }

}
