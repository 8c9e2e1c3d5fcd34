using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Webinars.Calendars;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Telegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Reminders;

/// <summary>
/// Sends the reminders that are due. Safe with several app nodes: each job is taken with one conditional UPDATE
/// (only while unsent and unclaimed, or claimed longer ago than the lease, i.e. by a node that died mid-send), so
/// exactly one node sends it. A failed send is retried later with a growing pause and given up after
/// <see cref="MaxAttempts"/> attempts.
/// </summary>
internal sealed class ReminderDispatcher(LounbDbContext db, IEmailSender email, ITelegramNotifier telegram, ReminderLetters letters,
    CalendarLinkFactory linkFactory, IOptions<WebinarsOptions> options, TimeProvider time, ILogger<ReminderDispatcher> logger)
{
    public const int MaxAttempts = 6;

    public const int BatchSize = 50;

    /// <summary>A claim older than this is taken to belong to a node that died while sending.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan[] RetryPauses =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(3)];

    private static readonly RegistrationStatus[] ActiveStatuses = [RegistrationStatus.Confirmed, RegistrationStatus.Pending, RegistrationStatus.Waitlisted];

    private readonly string _node = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>The pause before attempt <paramref name="attempts"/> + 1.</summary>
    public static TimeSpan RetryPause(int attempts) => RetryPauses[Math.Clamp(attempts - 1, 0, RetryPauses.Length - 1)];

    /// <summary>One pass: takes up to <see cref="BatchSize"/> due jobs and sends those this node claimed. Returns how many went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var leaseCutoff = now - Lease;
        var due = await db.Set<ReminderJob>().AsNoTracking()
            .Where(j => j.SentAt == null && j.DueAt <= now && j.Attempts < MaxAttempts && (j.ClaimedAt == null || j.ClaimedAt < leaseCutoff))
            .OrderBy(j => j.DueAt).ThenBy(j => j.Id)
            .Select(j => j.Id)
            .Take(BatchSize)
            .ToListAsync(ct);
        var sent = 0;
        foreach (var jobId in due)
        {
            var claim = $"{_node}/{Guid.NewGuid():N}";
            var claimedAt = time.GetUtcNow().UtcDateTime;
            var cutoff = claimedAt - Lease;
            var claimed = await db.Set<ReminderJob>()
                .Where(j => j.Id == jobId && j.SentAt == null && (j.ClaimedAt == null || j.ClaimedAt < cutoff))
                .ExecuteUpdateAsync(u => u.SetProperty(j => j.ClaimedAt, claimedAt).SetProperty(j => j.ClaimedBy, claim), ct);
            if (claimed == 1 && await SendClaimedAsync(jobId, claim, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendClaimedAsync(Guid jobId, string claim, CancellationToken ct)
    {
        var job = await db.Set<ReminderJob>().AsNoTracking().FirstAsync(j => j.Id == jobId, ct);
        var webinar = await db.Set<WebinarEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == job.EventId, ct);
        var person = await db.Set<LounbUser>().AsNoTracking().Where(u => u.Id == job.UserId)
            .Select(u => new { u.FullName, u.Email }).FirstOrDefaultAsync(ct);
        var status = await db.Set<Registration>().AsNoTracking().Where(r => r.EventId == job.EventId && r.UserId == job.UserId)
            .Select(r => (RegistrationStatus?)r.Status).FirstOrDefaultAsync(ct);
        var chatId = ReminderSchedule.IsTelegram(job.Kind)
            ? await db.Set<TelegramLink>().AsNoTracking().Where(l => l.UserId == job.UserId).Select(l => l.ChatId).FirstOrDefaultAsync(ct)
            : null;

        var skip = SkipReason(job, webinar, person?.Email, status, chatId);
        if (skip is not null)
        {
            RemindersLog.Skipped(logger, job.Id, job.Kind, skip);
            await db.Set<ReminderJob>().Where(j => j.Id == jobId && j.ClaimedBy == claim).ExecuteDeleteAsync(ct);
            return false;
        }

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
            await RecordFailureAsync(job, claim, exception, ct);
            return false;
        }

        var sentAt = time.GetUtcNow().UtcDateTime;
        await db.Set<ReminderJob>().Where(j => j.Id == jobId && j.ClaimedBy == claim)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.SentAt, sentAt).SetProperty(j => j.LastError, (string?)null), ct);
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

    private async Task RecordFailureAsync(ReminderJob job, string claim, Exception exception, CancellationToken ct)
    {
        var attempts = job.Attempts + 1;
        var error = $"{exception.GetType().Name}: {exception.Message}";
        error = error.Length > 1000 ? error[..1000] : error;
        var retryAt = time.GetUtcNow().UtcDateTime + RetryPause(attempts);
        await db.Set<ReminderJob>().Where(j => j.Id == job.Id && j.ClaimedBy == claim)
            .ExecuteUpdateAsync(u => u
                .SetProperty(j => j.Attempts, attempts)
                .SetProperty(j => j.LastError, error)
                .SetProperty(j => j.DueAt, retryAt)
                .SetProperty(j => j.ClaimedAt, (DateTime?)null)
                .SetProperty(j => j.ClaimedBy, (string?)null), ct);
        if (attempts >= MaxAttempts)
        {
            RemindersLog.GaveUp(logger, exception, job.Id, job.Kind, attempts);
        }
        else
        {
            RemindersLog.WillRetry(logger, exception, job.Id, job.Kind, attempts, retryAt);
        }
    }
}
