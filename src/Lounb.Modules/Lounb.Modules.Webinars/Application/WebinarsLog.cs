using Microsoft.Extensions.Logging;

namespace Lounb.Modules.Webinars.Application;

internal static partial class WebinarsLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Demo event \"{Title}\" was not scheduled: {Reason}")]
    public static partial void SeedSkipped(ILogger logger, string title, string reason);
}
