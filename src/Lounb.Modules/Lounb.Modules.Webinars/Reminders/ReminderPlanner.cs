using Lounb.Modules.Core.Data;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Reminders;

/// <summary>
/// Keeps the reminder jobs of registrations in step with the events (scoped; registration and scheduling call it
/// after they saved their own changes). Jobs are rows (webinars_reminder), one per event, person and kind (a unique
/// index), so planning twice, or on two app nodes at once, plans once.
/// </summary>
internal sealed class ReminderPlanner(LounbDbContext db, TimeProvider time, IOptions<WebinarsOptions> options)
{
    private static readonly RegistrationStatus[] ActiveStatuses = [RegistrationStatus.Confirmed, RegistrationStatus.Pending, RegistrationStatus.Waitlisted];

    private bool TelegramConfigured =>
        !string.IsNullOrWhiteSpace(options.Value.Telegram.BotToken) && !string.IsNullOrWhiteSpace(options.Value.Telegram.BotUsername);

    /// <summary>
    /// After a person registered (confirmed, pending or waitlisted): e-mail reminders 24 h and 1 h before, and Telegram
    /// ones when the person linked a chat and a bot is configured. Reminders whose time passed are not made. With no
    /// active registration (or a cancelled event) it removes the person's unsent reminders instead.
    /// </summary>
    public async Task PlanForRegistrationAsync(Guid eventId, Guid userId, CancellationToken ct = default)
    {
        var webinar = await db.Set<WebinarEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        var active = await db.Set<Registration>().AnyAsync(r => r.EventId == eventId && r.UserId == userId && ActiveStatuses.Contains(r.Status), ct);
        if (webinar is null || webinar.IsCancelled || !active)
        {
            await CancelForRegistrationAsync(eventId, userId, ct);
            return;
        }

        await ReconcileAsync(webinar, [userId], ct);
    }

    /// <summary>After a person cancelled (or was declined): their unsent reminders of the event are deleted.</summary>
    public async Task CancelForRegistrationAsync(Guid eventId, Guid userId, CancellationToken ct = default) =>
        await db.Set<ReminderJob>()
            .Where(j => j.EventId == eventId && j.UserId == userId && j.SentAt == null && j.Kind != ReminderKind.EmailCancelled)
            .ExecuteDeleteAsync(ct);

    /// <summary>
    /// After an event was rescheduled or cancelled (call it after saving). Rescheduled: every active registrant's
    /// reminders move to the new time (ones already sent are sent again before the new time; ones whose new time
    /// passed are dropped). Cancelled: unsent reminders are deleted and every active registrant gets one cancellation
    /// letter at once (a job due now, so it survives a restart and goes out once).
    /// </summary>
    public async Task ReplanEventAsync(Guid eventId, CancellationToken ct = default)
    {
        var webinar = await db.Set<WebinarEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (webinar is null)
        {
            return;
        }

        var registrants = await db.Set<Registration>().AsNoTracking()
            .Where(r => r.EventId == eventId && ActiveStatuses.Contains(r.Status))
            .Select(r => r.UserId).ToListAsync(ct);
        if (webinar.IsCancelled)
        {
            await PlanCancellationLettersAsync(webinar, registrants, ct);
            return;
        }

        // Reminders of people no longer registered go; the others follow the event.
        await db.Set<ReminderJob>()
            .Where(j => j.EventId == eventId && j.SentAt == null && j.Kind != ReminderKind.EmailCancelled && !registrants.Contains(j.UserId))
            .ExecuteDeleteAsync(ct);
        await ReconcileAsync(webinar, registrants, ct);
    }

    /// <summary>After a person linked Telegram: their upcoming registrations get Telegram reminders too.</summary>
    public async Task PlanForPersonAsync(Guid userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var upcoming = await db.Set<Registration>().AsNoTracking()
            .Where(r => r.UserId == userId && ActiveStatuses.Contains(r.Status))
            .Join(db.Set<WebinarEvent>().Where(e => e.StartsAt > now && e.Status == EventStatus.Scheduled), r => r.EventId, e => e.Id, (r, e) => e)
            .ToListAsync(ct);
        foreach (var webinar in upcoming)
        {
            await ReconcileAsync(webinar, [userId], ct);
        }
    }

    /// <summary>After a person disconnected Telegram: their unsent Telegram reminders are deleted.</summary>
    public async Task CancelTelegramForPersonAsync(Guid userId, CancellationToken ct = default) =>
        await db.Set<ReminderJob>()
            .Where(j => j.UserId == userId && j.SentAt == null && (j.Kind == ReminderKind.TelegramDayBefore || j.Kind == ReminderKind.TelegramHourBefore))
            .ExecuteDeleteAsync(ct);

    private async Task PlanCancellationLettersAsync(WebinarEvent webinar, List<Guid> registrants, CancellationToken ct)
    {
        await db.Set<ReminderJob>()
            .Where(j => j.EventId == webinar.Id && j.SentAt == null && j.Kind != ReminderKind.EmailCancelled)
            .ExecuteDeleteAsync(ct);
        var informed = await db.Set<ReminderJob>().AsNoTracking()
            .Where(j => j.EventId == webinar.Id && j.Kind == ReminderKind.EmailCancelled)
            .Select(j => j.UserId).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var added = registrants.Except(informed).Select(userId => new ReminderJob(webinar.Id, userId, ReminderKind.EmailCancelled, now)).ToList();
        await SaveAddedAsync(added, ct);
    }

    /// <summary>Makes the jobs of <paramref name="userIds"/> for the event what <see cref="ReminderSchedule"/> says now.</summary>
    private async Task ReconcileAsync(WebinarEvent webinar, List<Guid> userIds, CancellationToken ct)
    {
        if (userIds.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var linked = TelegramConfigured
            ? (await db.Set<TelegramLink>().AsNoTracking().Where(l => userIds.Contains(l.UserId) && l.ChatId != null).Select(l => l.UserId).ToListAsync(ct)).ToHashSet()
            : [];
        var jobs = (await db.Set<ReminderJob>()
                .Where(j => j.EventId == webinar.Id && userIds.Contains(j.UserId) && j.Kind != ReminderKind.EmailCancelled)
                .ToListAsync(ct))
            .ToLookup(j => j.UserId);
        var added = new List<ReminderJob>();
        foreach (var userId in userIds)
        {
            var planned = ReminderSchedule.Planned(webinar.StartsAt, now, linked.Contains(userId)).ToDictionary(p => p.Kind, p => p.DueAt);
            var existing = jobs[userId].ToList();
            foreach (var job in existing)
            {
                if (!planned.TryGetValue(job.Kind, out var dueAt))
                {
                    if (job.SentAt is null)
                    {
                        db.Remove(job);
                    }
                }
                else if (job.DueAt != dueAt)
                {
                    Rearm(job, dueAt);
                }
            }

            added.AddRange(planned.Where(p => existing.All(j => j.Kind != p.Key)).Select(p => new ReminderJob(webinar.Id, userId, p.Key, p.Value)));
        }

        await db.SaveChangesAsync(ct);
        await SaveAddedAsync(added, ct);
    }

    /// <summary>
    /// A reminder moved to a new time is due then, also when its old time's letter already went out (a claim of an
    /// unsent one stays: the node holding it is sending it right now).
    /// </summary>
    private static void Rearm(ReminderJob job, DateTime dueAt)
    {
        job.DueAt = dueAt;
        job.Attempts = 0;
        job.LastError = null;
        if (job.SentAt is not null)
        {
            job.SentAt = null;
            job.ClaimedAt = null;
            job.ClaimedBy = null;
        }
    }

    /// <summary>Inserts one at a time: a row another node inserted first (the unique index) is simply already there.</summary>
    private async Task SaveAddedAsync(List<ReminderJob> added, CancellationToken ct)
    {
        foreach (var job in added)
        {
            db.Add(job);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.Entry(job).State = EntityState.Detached;
            }
        }
    }
}
