using Lounb.Modules.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Application;

/// <summary>
/// Every <see cref="WebinarsOptions.AttendanceReportIntervalSeconds"/> reports the attendance of events that have ended
/// (<see cref="AttendanceService.ReportEndedAsync"/>): a check-in made during the event earns its participation
/// certificate and completes the course lesson once the event is over. Every app node runs it; the claim on each
/// record makes <c>WebinarAttended</c> go out once.
/// </summary>
internal sealed partial class AttendanceReportWorker(IServiceScopeFactory scopes, IOptions<WebinarsOptions> options, TimeProvider time, ILogger<AttendanceReportWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        WorkLoop.RunAsync(async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AttendanceService>().ReportEndedAsync(ct);
        }, AttendanceService.ReportBatchSize, TimeSpan.FromSeconds(options.Value.AttendanceReportIntervalSeconds), signal: null, time, exception => PassFailed(logger, exception), stoppingToken);

    [LoggerMessage(EventId = 5211, Level = LogLevel.Error, Message = "Reporting the attendance of ended webinars failed; the next run will try again.")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
