using Microsoft.Extensions.Logging;

namespace Lounb.Modules.Assessments.Application;

internal static partial class AssessmentsLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Submitting overdue attempts failed; the next run will try again.")]
    public static partial void AutoSubmitFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Writing {Count} queued answers in one statement failed; each is written on its own.")]
    public static partial void SaveBatchFailed(ILogger logger, int count, Exception exception);
}
