using System.Diagnostics.Metrics;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Telemetry;

/// <summary>
/// <c>lounb_queue_depth</c>, <c>lounb_queue_oldest_age_seconds</c> and <c>lounb_queue_given_up</c>, labelled by
/// <c>queue</c>, from every module's <see cref="IWorkQueueProbe"/>. The probes read the database, which an observable
/// gauge must not do while it is collected: the readings are refreshed before each Prometheus scrape and, when OTLP
/// export is on, every <see cref="TelemetryOptions.QueueSampleSeconds"/> (<see cref="WorkQueueSampler"/>).
/// </summary>
internal sealed partial class WorkQueueGauges
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<WorkQueueGauges> _logger;
    private IReadOnlyList<(string Queue, WorkQueueReading Reading)> _readings = [];

    public WorkQueueGauges(IMeterFactory meters, IServiceScopeFactory scopes, ILogger<WorkQueueGauges> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _scopes = scopes;
        _logger = logger;
        var meter = meters.Create(LounbTelemetry.MeterName);
        meter.CreateObservableGauge("lounb.queue.depth", () => Measure(r => r.Depth), "{item}",
            "Work due and not yet done (letters, events, reminders, exports), by queue.");
        meter.CreateObservableGauge("lounb.queue.oldest_age", () => Measure(r => r.OldestAge.TotalSeconds), "s",
            "How long the oldest due item of a queue has waited.");
        meter.CreateObservableGauge("lounb.queue.given_up", () => Measure(r => r.GivenUp), "{item}",
            "Work given up after its last attempt, waiting on /admin/queues, by queue.");
    }

    /// <summary>Reads every queue once. A queue that cannot be read (the database is down) is left out until it can.</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ReadTimeout);
        var readings = new List<(string, WorkQueueReading)>();
        await using var scope = _scopes.CreateAsyncScope();
        foreach (var probe in scope.ServiceProvider.GetServices<IWorkQueueProbe>())
        {
            try
            {
                readings.Add((probe.Queue, await probe.ReadAsync(timeout.Token)));
            }
            catch (Exception exception) when (!ct.IsCancellationRequested)
            {
                QueueUnreadable(_logger, exception, probe.Queue);
            }
        }

        Volatile.Write(ref _readings, readings);
    }

    private IEnumerable<Measurement<T>> Measure<T>(Func<WorkQueueReading, T> pick)
        where T : struct =>
        Volatile.Read(ref _readings).Select(r => new Measurement<T>(pick(r.Reading), new KeyValuePair<string, object?>("queue", r.Queue)));

    [LoggerMessage(EventId = 1400, Level = LogLevel.Warning, Message = "Queue {Queue} could not be read for its metrics")]
    private static partial void QueueUnreadable(ILogger logger, Exception exception, string queue);
}

/// <summary>Refreshes <see cref="WorkQueueGauges"/> on a timer while OTLP export is on (a push exporter has no scrape to refresh them).</summary>
internal sealed partial class WorkQueueSampler(WorkQueueGauges gauges, IOptions<TelemetryOptions> options, TimeProvider time, ILogger<WorkQueueSampler> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        WorkLoop.RunAsync(gauges.RefreshAsync, TimeSpan.FromSeconds(options.Value.QueueSampleSeconds), time, e => SampleFailed(logger, e), stoppingToken);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Warning, Message = "The queue metrics could not be sampled; the next period tries again")]
    private static partial void SampleFailed(ILogger logger, Exception exception);
}
