using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Calendars;

/// <summary>Absolute addresses of the module's pages written into calendar entries, letters and the settings page.</summary>
internal sealed class CalendarLinks
{
    private readonly string _base;

    public CalendarLinks(string baseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUrl);
        _base = baseUrl.TrimEnd('/');
    }

    public string BaseUrl => _base;

    public Uri EventPage(Guid eventId) => At($"/webinars/{eventId}");

    public Uri Room(Guid eventId) => At($"/webinars/{eventId}/room");

    public Uri EventIcs(Guid eventId) => At($"/webinars/{eventId}.ics");

    /// <summary>The list of events: a series' master entry points here (each occurrence has its own page).</summary>
    public Uri Webinars => At("/webinars");

    public Uri PersonalFeed(string token) => At($"/calendar/{token}.ics");

    public Uri PublicFeed => At("/calendar/public.ics");

    public Uri Settings => At("/my/calendar");

    /// <summary>The webcal:// form calendar apps open as a subscription (they fetch it over http(s)).</summary>
    public static string Webcal(Uri feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return "webcal://" + feed.Authority + feed.PathAndQuery;
    }

    private Uri At(string path) => new(_base + path);
}

/// <summary>The platform's own e-mail settings the module reads ("Lounb:Email"): the sender (iMIP ORGANIZER) and the public address.</summary>
internal sealed class PlatformMailOptions
{
    public const string Section = "Lounb:Email";

    public string From { get; set; } = "Lounb Learning <noreply@lounb.example>";

    public string? PublicBaseUrl { get; set; }
}

/// <summary>
/// Where absolute addresses start: <see cref="WebinarsOptions.PublicBaseUrl"/> when set, else the request's scheme and
/// host. Without a request (the reminder worker): the e-mail settings' public address, else the server's own address.
/// </summary>
internal sealed class CalendarLinkFactory(IOptions<WebinarsOptions> options, IOptions<PlatformMailOptions> mail, IServer server, IHttpContextAccessor http)
{
    /// <summary>For the current request when there is one (a letter sent while someone registers), else without.</summary>
    public CalendarLinks Current() => http.HttpContext?.Request is { } request ? For(request) : WithoutRequest();

    public CalendarLinks For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new CalendarLinks(Configured ?? $"{request.Scheme}://{request.Host}{request.PathBase}");
    }

    public CalendarLinks WithoutRequest() =>
        new(Configured ?? NonEmpty(mail.Value.PublicBaseUrl) ?? ServerAddress() ?? "http://localhost");

    private string? Configured => NonEmpty(options.Value.PublicBaseUrl);

    private string? ServerAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return null;
        }

        // Kestrel may listen on every interface ("http://+:80", "http://[::]:80"): a letter needs a host name.
        return address.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
