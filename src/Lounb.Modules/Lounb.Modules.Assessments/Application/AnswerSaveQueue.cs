using System.Threading.Channels;
using Lounb.Modules.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// Group commit of answer saves on this node (PostgreSQL): checked answers wait in a bounded queue, and one writer
/// writes all that are waiting in one statement and one commit (<see cref="AnswerWrites.StoreManyAsync"/>), so many
/// saves share one WAL flush, one round trip and one statement instead of each paying its own. A save's request is
/// answered only after the commit that holds it (durable when acknowledged). The writer never waits to fill a batch:
/// a lone save is written at once, and saves that arrive while a commit is under way go together in the next one.
/// Two saves of the same slot never share a statement: the later waits for the next commit, so the version rule
/// decides between them as it does between two requests. When a batch fails as a whole (a lost connection, a
/// deadlock), each of its answers is written on its own, so one cannot fail another. Nothing is shared between nodes.
/// On SQLite (<see cref="ISqlDialect.WritesFromArrays"/> false), with <see cref="AssessmentsOptions.GroupCommitSaves"/>
/// off, or while the node stops, <see cref="TryStore"/> refuses and the caller writes the answer itself. On shutdown
/// the queue takes nothing new and the writer commits what is waiting before it ends.
/// </summary>
internal sealed class AnswerSaveQueue : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ISqlDialect _dialect;
    private readonly AssessmentsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<AnswerSaveQueue> _logger;
    private readonly Channel<WaitingAnswer> _waiting;
    private volatile bool _stopping;

    public AnswerSaveQueue(IServiceScopeFactory scopes, ISqlDialect dialect, IOptions<AssessmentsOptions> options, TimeProvider time, ILogger<AnswerSaveQueue> logger)
    {
        _scopes = scopes;
        _dialect = dialect;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _waiting = Channel.CreateBounded<WaitingAnswer>(new BoundedChannelOptions(_options.SaveQueueLength)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Whether this node groups saves (PostgreSQL and <see cref="AssessmentsOptions.GroupCommitSaves"/>).</summary>
    public bool IsOn => _dialect.WritesFromArrays && _options.GroupCommitSaves;

    /// <summary>
    /// Queues <paramref name="answer"/> for the next commit: <paramref name="written"/> completes after that commit
    /// with whether the answer was written (false: refused by the attempt's state or an older version; the caller asks
    /// why). False when the queue does not take it (off, or the node is stopping): the caller writes it itself.
    /// A full queue makes the caller wait for room (or for <paramref name="ct"/>).
    /// </summary>
    public bool TryStore(CheckedAnswer answer, CancellationToken ct, out Task<bool> written)
    {
        written = Task.FromResult(false);
        if (!IsOn || _stopping)
        {
            return false;
        }

        var waiting = new WaitingAnswer(answer, ct);
        if (!_waiting.Writer.TryWrite(waiting))
        {
            written = WaitForRoomAsync(waiting, ct);
            return true;
        }

        written = waiting.Written.Task.WaitAsync(ct);
        return true;
    }

    /// <summary>A full queue: waits for room; when the node started stopping meanwhile, the answer is written on its own.</summary>
    private async Task<bool> WaitForRoomAsync(WaitingAnswer waiting, CancellationToken ct)
    {
        try
        {
            await _waiting.Writer.WriteAsync(waiting, ct);
        }
        catch (ChannelClosedException)
        {
            return await StoreAloneAsync(waiting.Answer, _time.GetUtcNow().UtcDateTime, ct);
        }

        return await waiting.Written.Task.WaitAsync(ct);
    }

    /// <summary>Takes nothing new and lets the writer commit what is waiting.</summary>
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        _waiting.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsOn)
        {
            _waiting.Writer.TryComplete();
            return;
        }

        var carried = new Queue<WaitingAnswer>();
        var batch = new List<WaitingAnswer>(_options.SaveBatchSize);
        var slots = new HashSet<(Guid, int)>();
        // Stopping completes the queue: the loop drains what is waiting, then ends (it does not watch stoppingToken,
        // so an answer already queued is committed, not dropped).
        while (carried.Count > 0 || await _waiting.Reader.WaitToReadAsync(CancellationToken.None))
        {
            Collect(carried, batch, slots);
            if (batch.Count > 0)
            {
                await CommitAsync(batch);
            }
        }
    }

    /// <summary>
    /// The next batch: first the answers carried over from the last one (they arrived earlier), then what waits in the
    /// queue, at most <see cref="AssessmentsOptions.SaveBatchSize"/>, one per (attempt, slot) — a second save of a slot
    /// is carried to the next batch, behind the first. Saves whose request is gone are dropped unwritten.
    /// </summary>
    private void Collect(Queue<WaitingAnswer> carried, List<WaitingAnswer> batch, HashSet<(Guid, int)> slots)
    {
        batch.Clear();
        slots.Clear();
        var later = new List<WaitingAnswer>();
        while (batch.Count < _options.SaveBatchSize && (carried.TryDequeue(out var next) || _waiting.Reader.TryRead(out next)))
        {
            if (next.Cancellation.IsCancellationRequested)
            {
                next.Written.TrySetCanceled(next.Cancellation);
            }
            else if (slots.Add((next.Answer.AttemptId, next.Answer.Slot)))
            {
                batch.Add(next);
            }
            else
            {
                later.Add(next);
            }
        }

        // What was carried and not taken stays first, then the saves put back from this batch.
        foreach (var answer in later)
        {
            carried.Enqueue(answer);
        }
    }

    private async Task CommitAsync(List<WaitingAnswer> batch)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LounbDbContext>();
            var written = await AnswerWrites.StoreManyAsync(db, [.. batch.Select(w => w.Answer)], now, _options.SaveCutoff(now), CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Written.TrySetResult(written.Contains(i));
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            AssessmentsLog.SaveBatchFailed(_logger, batch.Count, failure);
            await StoreEachAsync(batch, now);
        }
    }

    /// <summary>After a batch failed as a whole: each answer on its own, so one answer's failure stays its own.</summary>
    private async Task StoreEachAsync(List<WaitingAnswer> batch, DateTime now)
    {
        foreach (var waiting in batch)
        {
            try
            {
                waiting.Written.TrySetResult(await StoreAloneAsync(waiting.Answer, now, CancellationToken.None));
            }
            catch (Exception failure)
            {
                waiting.Written.TrySetException(failure);
            }
        }
    }

    /// <summary>One answer in its own commit, in a scope of its own (the writer and a stopping node have no request's).</summary>
    private async Task<bool> StoreAloneAsync(CheckedAnswer answer, DateTime now, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LounbDbContext>();
        return await AnswerWrites.StoreOneAsync(db, _dialect, answer, now, _options.SaveCutoff(now), ct) == 1;
    }

    private sealed class WaitingAnswer(CheckedAnswer answer, CancellationToken cancellation)
    {
        public CheckedAnswer Answer { get; } = answer;

        public CancellationToken Cancellation { get; } = cancellation;

        public TaskCompletionSource<bool> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
