using Lounb.Modules.Webinars.Domain;
using Microsoft.Extensions.Logging;

namespace Lounb.Modules.Webinars.Reminders;

internal static partial class RemindersLog
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Error, Message = "Sending due webinar reminders failed; the next run will try again.")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Reminder {JobId} ({Kind}) dropped: {Reason}.")]
    public static partial void Skipped(ILogger logger, Guid jobId, ReminderKind kind, string reason);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Reminder {JobId} ({Kind}) failed on attempt {Attempts}; next try at {RetryAt:o} (UTC).")]
    public static partial void WillRetry(ILogger logger, Exception exception, Guid jobId, ReminderKind kind, int attempts, DateTime retryAt);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Error, Message = "Reminder {JobId} ({Kind}) given up after {Attempts} failed attempts.")]
    public static partial void GaveUp(ILogger logger, Exception exception, Guid jobId, ReminderKind kind, int attempts);

    /// <summary>A recorded failure: a warning while it will be retried, an error once given up.</summary>
    public static void Failed(ILogger logger, Exception exception, Guid jobId, ReminderKind kind, Lounb.Modules.Core.Jobs.WorkFailure failure)
    {
        if (failure.GaveUp)
        {
            GaveUp(logger, exception, jobId, kind, failure.Attempts);
        }
        else
        {
            WillRetry(logger, exception, jobId, kind, failure.Attempts, failure.RetryAt);
        }
    }
}
