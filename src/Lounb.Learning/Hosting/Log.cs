namespace Lounb.Learning.Hosting;

/// <summary>The host's log messages, generated at compile time (structured, no boxing when a level is off).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    public static partial void UnhandledException(this ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Database unreachable on {Path}; answered 503")]
    public static partial void DatabaseUnavailable(this ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Database migrated and reference data seeded ({Provider})")]
    public static partial void DatabaseMigrated(this ILogger logger, Data.DatabaseProvider provider);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Reports read model rebuilt from the modules: {Facts} facts")]
    public static partial void ReportsRebuilt(this ILogger logger, int facts);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Mail to {To} written to the outbox: {File}")]
    public static partial void MailWrittenToOutbox(this ILogger logger, string to, string file);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Demo account {Email} ({Role}) created")]
    public static partial void DemoAccountCreated(this ILogger logger, string email, string role);
}
