using Lounb.Modules.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Reminders;

/// <summary>
/// Looks for due reminders every <see cref="WebinarsOptions.ReminderIntervalSeconds"/> and sends them. The jobs are
/// rows, so a restart loses none; every app node runs this worker and the claim makes each job go out once.
/// </summary>
internal sealed class ReminderWorker(IServiceScopeFactory scopes, IOptions<WebinarsOptions> options, TimeProvider time, ILogger<ReminderWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        WorkLoop.RunAsync(async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().SendDueAsync(ct);
        }, ReminderDispatcher.BatchSize, TimeSpan.FromSeconds(options.Value.ReminderIntervalSeconds), signal: null, time, e => RemindersLog.PassFailed(logger, e), stoppingToken);
}
