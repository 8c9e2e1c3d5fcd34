using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// Submits attempts whose time ran out, also when the browser is gone (safe with several app nodes), and forgets
/// uploaded import files nobody confirmed within a day.
/// </summary>
internal sealed class AutoSubmitWorker(IServiceScopeFactory scopes, IOptions<AssessmentsOptions> options, TimeProvider time,
    ILogger<AutoSubmitWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.AutoSubmitIntervalSeconds), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AttemptFinalizer>().SubmitOverdueAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<QuestionImportService>().ForgetStaleUploadsAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                AssessmentsLog.AutoSubmitFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
