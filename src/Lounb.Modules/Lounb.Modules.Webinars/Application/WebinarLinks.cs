using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Application;

/// <summary>Absolute addresses for e-mails and calendars: the configured public address, else the current request's.</summary>
internal sealed class WebinarLinks(IOptions<WebinarsOptions> options, IHttpContextAccessor http)
{
    public string Base
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
            {
                return options.Value.PublicBaseUrl.TrimEnd('/');
            }

            var request = http.HttpContext?.Request;
            return request is null ? $"https://{options.Value.UidDomain}" : $"{request.Scheme}://{request.Host}";
        }
    }

    public string Event(Guid eventId) => $"{Base}/webinars/{eventId}";

    public string Room(Guid eventId) => $"{Base}/webinars/{eventId}/room";

    public string Calendar(Guid eventId) => $"{Base}/webinars/{eventId}.ics";
}
