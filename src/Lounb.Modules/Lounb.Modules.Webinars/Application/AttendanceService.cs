using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Webinars.Contracts;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Application;

/// <summary>A join/leave/room-closed signal to record (from a webhook, a join page, an external link or a check-in).</summary>
internal sealed record AttendanceSignalInput(Guid EventId, Guid? UserId, AttendanceSource Source, string ExternalId, AttendanceSignalKind Kind, string SessionKey, DateTime OccurredAt);

internal enum SignalOutcome
{
    Recorded,

    /// <summary>The same signal (source and id) was recorded before: a replay or a retry; nothing changed.</summary>
    Duplicate,
}

/// <summary>A trainer's correction of one person's attendance.</summary>
internal sealed record AttendanceCorrection(Guid EventId, Guid UserId, bool? Attended, int? Minutes, string? Note);

/// <summary>
/// Records attendance signals once each and recomputes the person's attendance from all of them, so deliveries that
/// come late, twice or out of order give the same result; reports <see cref="WebinarAttended"/> once per person and
/// event, and only once the event has ended (at the first recomputation or correction after the end, or by
/// <see cref="ReportEndedAsync"/>, which a background worker runs), so a participation certificate never precedes it.
/// </summary>
internal sealed class AttendanceService(LounbDbContext db, IIntegrationEventPublisher events, IAuditLog audit, IOptions<WebinarsOptions> options, TimeProvider time, LocalTime localTime)
{
    /// <summary>How many attended, unreported records one <see cref="ReportEndedAsync"/> pass takes.</summary>
    public const int ReportBatchSize = 100;

    private readonly JoinWindow _window = new(options.Value);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<SignalOutcome> RecordAsync(AttendanceSignalInput input, CancellationToken ct)
    {
        if (await db.Set<AttendanceSignal>().AnyAsync(s => s.Source == input.Source && s.ExternalId == input.ExternalId, ct))
        {
            return SignalOutcome.Duplicate;
        }

        db.Add(new AttendanceSignal(input.EventId, input.UserId, input.Source, input.ExternalId, input.Kind, input.SessionKey, input.OccurredAt, Now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same delivery raced itself (a retry while the first was in flight): the unique index kept one.
            db.ChangeTracker.Clear();
            return SignalOutcome.Duplicate;
        }

        if (input.UserId is { } userId)
        {
            await RecomputeAsync(input.EventId, userId, ct);
        }
        else
        {
            var people = await db.Set<AttendanceSignal>().Where(s => s.EventId == input.EventId && s.SessionKey == input.SessionKey && s.UserId != null)
                .Select(s => s.UserId!.Value).Distinct().ToListAsync(ct);
            foreach (var person in people)
            {
                await RecomputeAsync(input.EventId, person, ct);
            }
        }

        return SignalOutcome.Recorded;
    }

    /// <summary>Recomputes minutes and "attended" from every signal of the person (and the room closings) and reports a new attendance.</summary>
    public async Task<AttendanceRecord?> RecomputeAsync(Guid eventId, Guid userId, CancellationToken ct)
    {
        var webinar = await db.Set<WebinarEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (webinar is null)
        {
            return null;
        }

        var marks = await db.Set<AttendanceSignal>().AsNoTracking()
            .Where(s => s.EventId == eventId && (s.UserId == userId || s.UserId == null))
            .Select(s => new AttendanceMark(s.Kind, s.Source, s.SessionKey, s.OccurredAt)).ToListAsync(ct);
        var (start, end) = _window.CountedSpan(webinar);
        var total = AttendanceIntervals.Compute(marks, start, end, Now);
        var record = await FindOrAddRecordAsync(eventId, userId, ct);
        record.Minutes = total.Minutes;
        record.FirstJoinedAt = total.FirstJoinedAt;
        record.SelfReported = total.SelfReported;
        // An external room (Zoom, Meet…) tells the platform nothing: joining through its link in time is the evidence (self-reported).
        var joinedThroughLink = marks.Any(m => m.Source == AttendanceSource.ExternalLink && m.Kind == AttendanceSignalKind.Joined && m.At >= start && m.At <= end);
        record.AttendedByMinutes = joinedThroughLink || total.Minutes >= Math.Ceiling(webinar.DurationMinutes * options.Value.AttendedShareOfDuration);
        record.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        await ReportIfAttendedAsync(webinar, record, ct);
        return record;
    }

    /// <summary>When check-ins and corrections become possible (the room opens for attendees), or null when they are now.</summary>
    public DateTime? MarkingOpensAt(WebinarEvent webinar)
    {
        var opensAt = _window.OpensAt(webinar, isHost: false);
        return Now < opensAt ? opensAt : null;
    }

    /// <summary>A trainer sets attendance by hand (a check-in, a correction); written to the audit log.</summary>
    public async Task<Result> CorrectAsync(AttendanceCorrection correction, Guid moderatorId, CancellationToken ct)
    {
        var webinar = await db.Set<WebinarEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == correction.EventId, ct);
        if (webinar is null)
        {
            return WebinarErrors.EventNotFound;
        }

        // Before the room opens nobody can have been seen: a check-in then is a mistake (or a shortcut to a certificate).
        if (MarkingOpensAt(webinar) is { } opensAt)
        {
            return WebinarErrors.AttendanceNotOpenYet(localTime.Format(opensAt));
        }

        if (correction.Minutes is < 0 or > WebinarLimits.MaxCorrectedMinutes)
        {
            return WebinarErrors.CorrectedMinutes;
        }

        var note = correction.Note?.Trim();
        if (note?.Length > WebinarLimits.CorrectionNoteLength)
        {
            return WebinarErrors.CorrectionNoteLength;
        }

        var record = await FindOrAddRecordAsync(correction.EventId, correction.UserId, ct);
        var before = Describe(record);
        record.CorrectedAttended = correction.Attended;
        record.CorrectedMinutes = correction.Minutes;
        record.CorrectionNote = string.IsNullOrEmpty(note) ? null : note;
        record.CorrectedById = moderatorId;
        record.UpdatedAt = Now;
        audit.Record("webinars.attendance.corrected", $"event:{correction.EventId} user:{correction.UserId}",
            $"було: {before}; стало: {Describe(record)}{(record.CorrectionNote is null ? "" : $"; примітка: {record.CorrectionNote}")}");
        await db.SaveChangesAsync(ct);
        await ReportIfAttendedAsync(webinar, record, ct);
        return Result.Success();
    }

    private static string Describe(AttendanceRecord record) =>
        $"{(record.Attended ? "відвідав(ла)" : "не зараховано")}, {record.EffectiveMinutes} хв{(record.CorrectedAttended is null && record.CorrectedMinutes is null ? "" : " (виправлено)")}";

    private async Task<AttendanceRecord> FindOrAddRecordAsync(Guid eventId, Guid userId, CancellationToken ct)
    {
        var record = await db.Set<AttendanceRecord>().FirstOrDefaultAsync(r => r.EventId == eventId && r.UserId == userId, ct);
        if (record is not null)
        {
            return record;
        }

        record = new AttendanceRecord(eventId, userId, Now);
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
            return record;
        }
        catch (DbUpdateException)
        {
            // Two signals of the same person at once: the other request created the row.
            db.Entry(record).State = EntityState.Detached;
            return await db.Set<AttendanceRecord>().FirstAsync(r => r.EventId == eventId && r.UserId == userId, ct);
        }
    }

    /// <summary>
    /// Reports the attendance of events that have ended and whose records say "attended" but were not reported yet
    /// (marked during the event). Safe on several nodes: each report is claimed with a conditional update. Returns how
    /// many this pass reported.
    /// </summary>
    public async Task<int> ReportEndedAsync(CancellationToken ct)
    {
        var now = Now;
        var candidates = await (
                from record in db.Set<AttendanceRecord>().AsNoTracking()
                join webinar in db.Set<WebinarEvent>().AsNoTracking() on record.EventId equals webinar.Id
                where record.ReportedAt == null && webinar.StartsAt <= now
                      && (record.CorrectedAttended == true || (record.CorrectedAttended == null && record.AttendedByMinutes))
                orderby webinar.StartsAt, record.Id
                select new { Record = record, Webinar = webinar })
            .Take(ReportBatchSize * 4)
            .ToListAsync(ct);
        var reported = 0;
        foreach (var candidate in candidates.Where(c => c.Webinar.EndsAt <= now).Take(ReportBatchSize))
        {
            if (await ReportIfAttendedAsync(candidate.Webinar, candidate.Record, ct))
            {
                reported++;
            }
        }

        return reported;
    }

    private async Task<bool> ReportIfAttendedAsync(WebinarEvent webinar, AttendanceRecord record, CancellationToken ct)
    {
        if (!record.Attended || record.ReportedAt is not null || Now < webinar.EndsAt)
        {
            return false;
        }

        // One conditional update claims the report, so two nodes recomputing at once publish it once; the event is
        // saved in the same transaction (the outbox), so a claimed report always has its event.
        var now = Now;
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var claimed = await db.Set<AttendanceRecord>().Where(r => r.Id == record.Id && r.ReportedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.ReportedAt, now), ct);
        if (claimed == 0)
        {
            return false;
        }

        record.ReportedAt = now;
        if (db.Entry(record).State != EntityState.Detached)
        {
            db.Entry(record).Property(r => r.ReportedAt).IsModified = false;
        }

        await events.PublishAsync(new WebinarAttended(webinar.Id, record.UserId, webinar.SeriesId, webinar.Title, webinar.OblastCode,
            record.EffectiveMinutes, webinar.DurationMinutes, webinar.CourseRunId is not null, now, record.SelfReported), ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return true;
    }
}
