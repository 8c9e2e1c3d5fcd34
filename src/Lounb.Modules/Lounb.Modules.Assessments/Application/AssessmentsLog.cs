using Microsoft.Extensions.Logging;

namespace Lounb.Modules.Assessments.Application;

internal static partial class AssessmentsLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Submitting overdue attempts failed; the next run will try again.")]
    public static partial void AutoSubmitFailed(ILogger logger, Exception exception);
}
