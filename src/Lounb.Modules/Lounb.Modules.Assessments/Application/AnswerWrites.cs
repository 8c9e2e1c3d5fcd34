using Lounb.Modules.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// An answer that passed every check that needs no row lock (the person's attempt, the slot, the answer's shape), ready
/// to be written. <paramref name="PageLimit"/> is the slot's page in a sequential quiz (the answer is refused once the
/// learner moved past it), <see cref="int.MaxValue"/> otherwise.
/// </summary>
internal sealed record CheckedAnswer(Guid AttemptId, Guid UserId, int Slot, string Response, long Version, int PageLimit);

/// <summary>
/// The statements that write answers. Each writes an answer only when the attempt belongs to the person, is in
/// progress, its deadline plus the grace (<paramref name="cutoff"/>) has not passed, the learner has not moved past the
/// slot's page, and the answer's version is newer than the stored one; the attempt's row is share-locked meanwhile, so
/// a submission waits for the write or the write sees the submission. What is returned is committed.
/// </summary>
internal static class AnswerWrites
{
    /// <summary>One answer in one statement; 1 when it was written.</summary>
    public static Task<int> StoreOneAsync(LounbDbContext db, ISqlDialect dialect, CheckedAnswer answer, DateTime now, DateTime cutoff, CancellationToken ct)
    {
        var sql = $"""
            WITH owner AS (
                SELECT id FROM assessments_attempt
                WHERE id = {"{0}"} AND user_id = {"{1}"} AND state = 'InProgress' AND (deadline_at IS NULL OR deadline_at >= {"{2}"})
                  AND current_page <= {"{7}"}{dialect.ShareRowLock})
            UPDATE assessments_attempt_slot SET response = {"{3}"}, response_version = {"{4}"}, saved_at = {"{5}"}
            FROM owner WHERE assessments_attempt_slot.attempt_id = owner.id AND assessments_attempt_slot.number = {"{6}"}
              AND assessments_attempt_slot.response_version < {"{4}"}
            """;
        return db.Database.ExecuteSqlRawAsync(sql, [answer.AttemptId, answer.UserId, cutoff, answer.Response, answer.Version, now, answer.Slot, answer.PageLimit], ct);
    }

    /// <summary>
    /// Many answers in one statement and one commit (PostgreSQL, <see cref="ISqlDialect.WritesFromArrays"/>): the same
    /// conditions as <see cref="StoreOneAsync"/>, row by row, so an answer that is refused or older leaves its
    /// neighbours written. No two answers may be for the same (attempt, slot) — which one a row takes would be
    /// PostgreSQL's choice. Returns the positions in <paramref name="answers"/> that were written.
    /// </summary>
    public static async Task<HashSet<int>> StoreManyAsync(LounbDbContext db, IReadOnlyList<CheckedAnswer> answers, DateTime now, DateTime cutoff, CancellationToken ct)
    {
        const string sql = """
            WITH input AS (
                SELECT * FROM unnest({0}::uuid[], {1}::uuid[], {2}::integer[], {3}::text[], {4}::bigint[], {5}::integer[])
                    WITH ORDINALITY AS i(attempt_id, user_id, number, response, version, page_limit, position)),
            owner AS (
                SELECT id, user_id, current_page FROM assessments_attempt
                WHERE id = ANY({0}::uuid[]) AND state = 'InProgress' AND (deadline_at IS NULL OR deadline_at >= {6})
                FOR SHARE)
            UPDATE assessments_attempt_slot AS s SET response = i.response, response_version = i.version, saved_at = {7}
            FROM input AS i JOIN owner AS o ON o.id = i.attempt_id AND o.user_id = i.user_id AND o.current_page <= i.page_limit
            WHERE s.attempt_id = i.attempt_id AND s.number = i.number AND s.response_version < i.version
            RETURNING CAST(i.position AS integer) - 1 AS "Value"
            """;
        var written = await db.Database.SqlQueryRaw<int>(sql,
            answers.Select(a => a.AttemptId).ToArray(), answers.Select(a => a.UserId).ToArray(), answers.Select(a => a.Slot).ToArray(),
            answers.Select(a => a.Response).ToArray(), answers.Select(a => a.Version).ToArray(), answers.Select(a => a.PageLimit).ToArray(),
            cutoff, now).ToListAsync(ct);
        return [.. written];
    }
}
