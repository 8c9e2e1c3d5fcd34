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
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ReminderIntervalSeconds), time);
        do
        {
            try
            {
                int sent;
                do
                {
                    // A full batch suggests more are waiting (after a restart, say): go on at once.
                    await using var scope = scopes.CreateAsyncScope();
                    sent = await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().SendDueAsync(stoppingToken);
                }
                while (sent >= ReminderDispatcher.BatchSize && !stoppingToken.IsCancellationRequested);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                RemindersLog.PassFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
