using Lounb.Modules.Core.Jobs;
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
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        WorkLoop.RunAsync(PassAsync, TimeSpan.FromSeconds(options.Value.AutoSubmitIntervalSeconds), time,
            e => AssessmentsLog.AutoSubmitFailed(logger, e), stoppingToken);

    private async Task PassAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AttemptFinalizer>().SubmitOverdueAsync(ct);
        await scope.ServiceProvider.GetRequiredService<QuestionImportService>().ForgetStaleUploadsAsync(ct);
    }
}
