using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lounb.Modules.Core.Jobs;

/// <summary>
/// Wakes a queue's worker at once when this node added work (a letter, an event), instead of at its next poll.
/// Work added on another node, or still inside an uncommitted transaction, is found by the poll.
/// </summary>
public class WorkSignal
{
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>Returns when notified (also if notified since the last wait) or after <paramref name="interval"/>.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider time, CancellationToken ct)
    {
        var current = Volatile.Read(ref _wake);
        using var delay = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var pause = Task.Delay(interval, time, delay.Token);
        await Task.WhenAny(current.Task, pause);
        await delay.CancelAsync();
        ct.ThrowIfCancellationRequested();
        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        }
    }
}

/// <summary>The loop of a queue's background worker: a pass, again at once while passes come back full, then a pause (cut short by the signal, if any).</summary>
/// <remarks>
/// The pause is counted from the end of a pass, not on a fixed beat: when the clock jumps ahead (a suspended machine, a
/// test clock moved by days) the worker makes one pass, not one for every period it missed.
/// </remarks>
public static class WorkLoop
{
    /// <summary>The loop of a worker that acts once a period (a heartbeat, a sweep, a sampler): a pass, a pause, a pass.</summary>
    /// <param name="onError">Logs a failed pass; the loop goes on.</param>
    public static Task RunAsync(Func<CancellationToken, Task> pass, TimeSpan interval, TimeProvider time, Action<Exception> onError,
        CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(pass);
        return RunAsync(async ct =>
        {
            await pass(ct);
            return 0;
        }, batchSize: 1, interval, signal: null, time, onError, stoppingToken);
    }

    /// <param name="pass">One pass; returns how many rows it handled.</param>
    /// <param name="onError">Logs a failed pass (the database was unreachable, say); the loop goes on.</param>
    public static async Task RunAsync(Func<CancellationToken, Task<int>> pass, int batchSize, TimeSpan interval, WorkSignal? signal, TimeProvider time,
        Action<Exception> onError, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(pass);
        ArgumentNullException.ThrowIfNull(onError);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int handled;
                do
                {
                    // A full batch suggests more are waiting (after a restart, say): go on at once.
                    handled = await pass(stoppingToken);
                }
                while (handled >= batchSize && !stoppingToken.IsCancellationRequested);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                onError(exception);
            }

            try
            {
                if (signal is null)
                {
                    await Task.Delay(interval, time, stoppingToken);
                }
                else
                {
                    await signal.WaitAsync(interval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}

/// <summary>The loop of a queue whose passes are made by a scoped service (a dispatcher with its own database context per pass).</summary>
public static class ScopedWorkLoop
{
    /// <summary>Runs <see cref="WorkLoop.RunAsync"/>, each pass in a fresh scope with a fresh <typeparamref name="TPass"/>; failed passes are logged as <paramref name="queue"/>'s.</summary>
    public static Task RunAsync<TPass>(IServiceScopeFactory scopes, Func<TPass, CancellationToken, Task<int>> pass, int batchSize, TimeSpan interval,
        WorkSignal signal, TimeProvider time, ILogger logger, string queue, CancellationToken stoppingToken)
        where TPass : notnull
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(pass);
        return WorkLoop.RunAsync(async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await pass(scope.ServiceProvider.GetRequiredService<TPass>(), ct);
        }, batchSize, interval, signal, time, e => WorkLog.PassFailed(logger, e, queue), stoppingToken);
    }
}

/// <summary>The log lines every queue writes the same way.</summary>
public static partial class WorkLog
{
    [LoggerMessage(EventId = 1301, Level = LogLevel.Error, Message = "A pass over the {Queue} queue failed; the next one will try again.")]
    public static partial void PassFailed(ILogger logger, Exception exception, string queue);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "{Queue} {Id} failed on attempt {Attempts}; next try at {RetryAt:o} (UTC).")]
    public static partial void WillRetry(ILogger logger, Exception exception, string queue, Guid id, int attempts, DateTime retryAt);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Error, Message = "{Queue} {Id} given up after {Attempts} failed attempts; an administrator can retry it on /admin/queues.")]
    public static partial void GaveUp(ILogger logger, Exception exception, string queue, Guid id, int attempts);

    /// <summary>Logs a recorded failure: a warning while it will be retried, an error once given up.</summary>
    public static void Failed(ILogger logger, Exception exception, string queue, Guid id, WorkFailure failure)
    {
        if (failure.GaveUp)
        {
            GaveUp(logger, exception, queue, id, failure.Attempts);
        }
        else
        {
            WillRetry(logger, exception, queue, id, failure.Attempts, failure.RetryAt);
        }
    }
}

/// <summary>
/// Wakes this node's mail and outbox workers when a transaction that wrote a letter or an event commits (also the one
/// SaveChanges makes itself): until then the row is invisible to them, so a wake-up on save would come too early.
/// </summary>
public sealed class WakeWorkersOnCommit(Email.MailQueueSignal mail, Events.OutboxSignal outbox) : Microsoft.EntityFrameworkCore.Diagnostics.DbTransactionInterceptor
{
    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData)
    {
        Wake(eventData);
        base.TransactionCommitted(transaction, eventData);
    }

    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Wake(eventData);
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }

    private void Wake(Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData)
    {
        if (eventData.Context is not { } context)
        {
            return;
        }

        if (context.ChangeTracker.Entries<Email.QueuedMail>().Any())
        {
            mail.Notify();
        }

        if (context.ChangeTracker.Entries<Events.OutboxEvent>().Any())
        {
            outbox.Notify();
        }
    }
}
