using System.Collections.Concurrent;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

/// <summary>A signed-in person's place in one of a course's runs.</summary>
internal sealed record MyRunStatus(Guid RunId, EnrollmentStatus Status);

/// <summary>
/// The signed-in people's enrolments as the course page shows them, read from the database for every page — never
/// cached, so an enrolment, a withdrawal or a trainer's decision shows on the very next page on any node — but folded:
/// the course pages asked for at the same moment share one query. A request puts its (person, course) in the queue and
/// waits for a turn; the first to get a turn reads the queued people's enrolments in one indexed query, and those it
/// answered find their answer ready when their turn comes (they never touch the database). Every read starts after the
/// request arrived, so nobody sees an enrolment older than their request; each request gets only its own person's rows.
/// On an exam day this turns thousands of one-row queries a second (a database round trip each, the page's largest
/// cost) into a few hundred; alone, a request reads at once, as before. The query is compiled once per host (a
/// singleton, not a static field: the model depends on the modules the host enables).
/// </summary>
internal sealed class MyCourseStatuses : IDisposable
{
    /// <summary>Queries in flight at once; more requests wait and are answered by the next query.</summary>
    private const int QueriesInFlight = 2;

    /// <summary>People read by one query at most.</summary>
    private const int MaxPeoplePerQuery = 200;

    private readonly ConcurrentQueue<Waiting> _queue = new();
    private readonly SemaphoreSlim _turns = new(QueriesInFlight, QueriesInFlight);

    private readonly Func<LounbDbContext, Guid[], IAsyncEnumerable<Row>> _query = EF.CompileAsyncQuery(
        (LounbDbContext db, Guid[] people) => db.Set<Enrollment>().AsNoTracking()
            .Where(e => people.Contains(e.UserId))
            .Select(e => new Row(e.UserId, e.CourseId, e.RunId, e.Status)));

    /// <summary>The person's enrolments in the course, read after this call began; <paramref name="db"/> is the caller's own context.</summary>
    public async Task<IReadOnlyList<MyRunStatus>> ReadAsync(LounbDbContext db, Guid userId, Guid courseId, CancellationToken ct)
    {
        var mine = new Waiting(userId, courseId);
        _queue.Enqueue(mine);
        await _turns.WaitAsync(ct);
        try
        {
            // The queue is first in, first out: taking batches until this request's own is taken always ends.
            while (!mine.IsTaken)
            {
                await ReadQueuedAsync(db);
            }
        }
        finally
        {
            _turns.Release();
        }

        // Whoever took it answers it, with rows or with the query's failure.
        return await mine.Answer.Task;
    }

    /// <summary>
    /// One query for the people queued now. It is not cancelled with the request that runs it: the others of the batch
    /// wait for its answer (it is one indexed read).
    /// </summary>
    private async Task ReadQueuedAsync(LounbDbContext db)
    {
        var batch = new List<Waiting>();
        while (batch.Count < MaxPeoplePerQuery && _queue.TryDequeue(out var waiting))
        {
            waiting.IsTaken = true;
            batch.Add(waiting);
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            var rows = new List<Row>();
            await foreach (var row in _query(db, batch.Select(w => w.UserId).Distinct().ToArray()))
            {
                rows.Add(row);
            }

            foreach (var waiting in batch)
            {
                waiting.Answer.TrySetResult(rows.Where(r => r.UserId == waiting.UserId && r.CourseId == waiting.CourseId)
                    .Select(r => new MyRunStatus(r.RunId, r.Status)).ToList());
            }
        }
        catch (Exception failure)
        {
            // Each request of the batch fails as its own query would have (the database is down, for instance); none is
            // left waiting.
            foreach (var waiting in batch)
            {
                waiting.Answer.TrySetException(failure);
            }
        }
    }

    public void Dispose() => _turns.Dispose();

    private sealed record Row(Guid UserId, Guid CourseId, Guid RunId, EnrollmentStatus Status);

    private sealed class Waiting(Guid userId, Guid courseId)
    {
        public Guid UserId { get; } = userId;

        public Guid CourseId { get; } = courseId;

        public TaskCompletionSource<IReadOnlyList<MyRunStatus>> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Set by the request whose query took it (under a turn); read by its owner under a later turn.</summary>
        public bool IsTaken { get => Volatile.Read(ref _taken); set => Volatile.Write(ref _taken, value); }

        private bool _taken;
    }
}
