using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.People;
using Lounb.Modules.Webinars.Calendars;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Telegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Reminders;

/// <summary>
/// Sends the reminders that are due. Safe with several app nodes: jobs are taken through the platform's one lease
/// mechanism (<see cref="LeasedWorkClaims"/>), so exactly one node sends each; a failed send is retried later with a
/// growing pause and given up after <see cref="RetrySchedule.MaxAttempts"/> attempts. An e-mail reminder is handed
/// to the mail queue in the same transaction that marks the job sent.
/// </summary>
internal sealed class ReminderDispatcher(LounbDbContext db, IPeopleDirectory people, IEmailSender email, ITelegramNotifier telegram, ReminderLetters letters,
    CalendarLinkFactory linkFactory, LeasedWorkClaims claims, IOptions<WebinarsOptions> options, TimeProvider time, ILogger<ReminderDispatcher> logger)
{
    public const int BatchSize = 50;

    public static RetrySchedule Schedule => RetrySchedule.Default;

    /// <summary>The reminders not yet sent (planned, due, retrying or given up).</summary>
    public static IQueryable<ReminderJob> Unsent(LounbDbContext db) => db.Set<ReminderJob>().Where(j => j.SentAt == null);

    private static readonly RegistrationStatus[] ActiveStatuses = [RegistrationStatus.Confirmed, RegistrationStatus.Pending, RegistrationStatus.Waitlisted];

    /// <summary>One pass: takes up to <see cref="BatchSize"/> due jobs and sends those this node claimed. Returns how many went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var sent = 0;
        foreach (var claim in await claims.ClaimDueAsync(Unsent(db), Schedule, BatchSize, ct))
        {
            if (await SendClaimedAsync(claim, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendClaimedAsync(WorkClaim claim, CancellationToken ct)
    {
        var jobId = claim.Id;
        var job = await db.Set<ReminderJob>().AsNoTracking().FirstAsync(j => j.Id == jobId, ct);
        var webinar = await db.Set<WebinarEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == job.EventId, ct);
        var person = await people.People.Where(p => p.Id == job.UserId).Select(p => new { p.FullName, p.Email }).FirstOrDefaultAsync(ct);
        var status = await db.Set<Registration>().AsNoTracking().Where(r => r.EventId == job.EventId && r.UserId == job.UserId)
            .Select(r => (RegistrationStatus?)r.Status).FirstOrDefaultAsync(ct);
        var chatId = ReminderSchedule.IsTelegram(job.Kind)
            ? await db.Set<TelegramLink>().AsNoTracking().Where(l => l.UserId == job.UserId).Select(l => l.ChatId).FirstOrDefaultAsync(ct)
            : null;

        var skip = SkipReason(job, webinar, person?.Email, status, chatId);
        if (skip is not null)
        {
            RemindersLog.Skipped(logger, job.Id, job.Kind, skip);
            await LeasedWorkClaims.Held(db.Set<ReminderJob>(), claim).ExecuteDeleteAsync(ct);
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var links = linkFactory.WithoutRequest();
            if (ReminderSchedule.IsTelegram(job.Kind))
            {
                await telegram.SendAsync(chatId!.Value, letters.Telegram(job.Kind, webinar!, links), ct);
            }
            else
            {
                var recipient = new ReminderRecipient(string.IsNullOrWhiteSpace(person!.FullName) ? person.Email! : person.FullName, person.Email!, status);
                await email.SendAsync(letters.Email(job.Kind, webinar!, recipient, links), ct);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var failure = await claims.ReleaseFailedAsync(db.Set<ReminderJob>(), claim, job.Attempts, exception, Schedule, ct);
            RemindersLog.Failed(logger, exception, job.Id, job.Kind, failure);
            return false;
        }

        var sentAt = time.GetUtcNow().UtcDateTime;
        await LeasedWorkClaims.Held(db.Set<ReminderJob>(), claim)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.SentAt, sentAt).SetProperty(j => j.LastError, (string?)null), ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Why the job is not sent (and deleted), or null to send it.</summary>
    private string? SkipReason(ReminderJob job, WebinarEvent? webinar, string? address, RegistrationStatus? status, long? chatId)
    {
        if (webinar is null)
        {
            return "the event is gone";
        }

        if (string.IsNullOrWhiteSpace(address) && !ReminderSchedule.IsTelegram(job.Kind))
        {
            return "the person has no e-mail address";
        }

        if (!ReminderSchedule.IsBeforeStart(job.Kind))
        {
            return null;
        }

        if (webinar.IsCancelled)
        {
            return "the event was cancelled";
        }

        if (status is null || !ActiveStatuses.Contains(status.Value))
        {
            return "the registration is no longer active";
        }

        if (ReminderSchedule.IsStale(job.Kind, webinar.StartsAt, time.GetUtcNow().UtcDateTime))
        {
            return "it is too late for this reminder";
        }

        if (ReminderSchedule.IsTelegram(job.Kind) && string.IsNullOrWhiteSpace(options.Value.Telegram.BotToken))
        {
            return "no Telegram bot is configured";
        }

        return ReminderSchedule.IsTelegram(job.Kind) && chatId is null ? "the person's Telegram chat is not linked" : null;
    }
}
