using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Attestation.Application;

/// <summary>A candidate who has not taken the test while the window closes soon, and when they were last reminded.</summary>
internal sealed record ReminderRow(Guid CandidateId, string FullName, string Email, DateTime? LastRemindedAt);

/// <summary>One line of the interview timetable.</summary>
internal sealed record TimetableRow(Guid CandidateId, string FullName, DateTime StartsAt, string? Place);

/// <summary>
/// The campaign's running work besides the votes: reminders to those who have not taken the test while its window
/// closes, and the interview timetable the secretary keeps.
/// </summary>
internal sealed class CampaignWorkflowService(
    LounbDbContext db, CampaignAccess access, CampaignService campaigns, IEmailSender email, IOptions<AttestationOptions> options, LocalTime localTime, TimeProvider time)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private TimeSpan ReminderWindow => TimeSpan.FromDays(options.Value.ReminderDaysBeforeTestCloses);

    private TimeSpan InterviewLength => TimeSpan.FromMinutes(options.Value.InterviewMinutes);

    /// <summary>The campaign page with who is due a reminder and the interview timetable.</summary>
    public async Task<Result<CampaignPage>> PageAsync(AccessScope scope, Guid userId, Guid campaignId, CancellationToken ct)
    {
        if (!(await campaigns.PageAsync(scope, userId, campaignId, ct)).Succeeded(out var page, out var refused))
        {
            return refused;
        }

        var names = page.Candidates.ToDictionary(c => c.Id, c => c.FullName);
        var due = new List<ReminderRow>();
        if (page.Campaign.TestClosesWithin(Now, ReminderWindow))
        {
            var reminded = await db.Set<CandidateEvent>().AsNoTracking()
                .Where(e => e.Kind == CandidateEventKind.ReminderSent && db.Set<Candidate>().Any(c => c.Id == e.CandidateId && c.CampaignId == campaignId))
                .GroupBy(e => e.CandidateId).Select(g => new { g.Key, At = g.Max(e => e.At) }).ToDictionaryAsync(x => x.Key, x => x.At, ct);
            due = page.Candidates.Where(c => c.Step == CandidateStep.Invited)
                .Select(c => new ReminderRow(c.Id, c.FullName, c.Email, reminded.TryGetValue(c.Id, out var at) ? at : null)).ToList();
        }

        var slots = await db.Set<Candidate>().AsNoTracking().Where(c => c.CampaignId == campaignId && c.InterviewAt != null)
            .Select(c => new { c.Id, At = c.InterviewAt!.Value, c.InterviewPlace }).ToListAsync(ct);
        var timetable = slots.OrderBy(s => s.At).Select(s => new TimetableRow(s.Id, names.GetValueOrDefault(s.Id, "—"), s.At, s.InterviewPlace)).ToList();
        return page with { DueForTest = due, Timetable = timetable, ReminderDays = options.Value.ReminderDaysBeforeTestCloses };
    }

    /// <summary>
    /// Sends each candidate who has not taken the test a reminder through the mail queue, while the window closes within
    /// the configured days. A candidate reminded within <see cref="AttestationOptions.ReminderRepeatHours"/> is skipped,
    /// so a second click sends nothing. Returns how many letters went out.
    /// </summary>
    public async Task<Result<int>> RemindAsync(AccessScope scope, Guid userId, Guid campaignId, string siteAddress, CancellationToken ct)
    {
        if (!(await access.ReachAsync(scope, userId, campaignId, track: false, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var campaign = reach.Campaign;
        var now = Now;
        if (!reach.Manages && !reach.Records)
        {
            return AttestationErrors.NotOrganiser;
        }

        if (campaign.Status == CampaignStatus.Closed)
        {
            return AttestationErrors.CampaignClosed;
        }

        if (!campaign.TestClosesWithin(now, ReminderWindow))
        {
            return AttestationErrors.RemindersNotDue(options.Value.ReminderDaysBeforeTestCloses);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var invited = await db.Set<Candidate>().Include(c => c.Events)
            .Where(c => c.CampaignId == campaignId && c.Step == CandidateStep.Invited).ToListAsync(ct);
        var reminded = invited.Where(c => c.Remind(userId, now, TimeSpan.FromHours(options.Value.ReminderRepeatHours))).ToList();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A second click raced this one past the check and wrote the same reminders first: it sends the letters.
            return 0;
        }

        foreach (var candidate in reminded)
        {
            await email.SendAsync(new EmailMessage(candidate.Email, $"Нагадування: атестаційний тест до {localTime.Format(campaign.TestClosesAt!.Value)}",
                $"""
                Шановна/шановний {candidate.GivenName} {candidate.Patronymic}!

                Ви ще не склали тест атестації «{campaign.Name}». Тестування закривається {localTime.Format(campaign.TestClosesAt!.Value)}.
                Скласти тест можна на сторінці «Моя атестація»:
                {siteAddress.TrimEnd('/')}/my/attestation
                """), ct);
        }

        await transaction.CommitAsync(ct);
        return reminded.Count;
    }

    /// <summary>The secretary (or the chair) sets a candidate's interview slot on one of the campaign's interview days.</summary>
    /// <param name="local">The start in Kyiv time, as typed.</param>
    public async Task<Result> ScheduleAsync(Guid userId, Guid campaignId, Guid candidateId, DateTime? local, string? place, CancellationToken ct)
    {
        if (!(await access.RecorderAsync(userId, campaignId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var candidate = await db.Set<Candidate>().Include(c => c.Events).FirstOrDefaultAsync(c => c.Id == candidateId && c.CampaignId == campaignId, ct);
        if (candidate is null)
        {
            return AttestationErrors.CandidateNotFound;
        }

        if (local is not { } at || !localTime.TryToUtc(at, out var startsAt))
        {
            return AttestationErrors.InterviewTimeRequired;
        }

        var length = InterviewLength;
        var (from, to) = (startsAt - length, startsAt + length);
        var booked = await db.Set<Candidate>().AsNoTracking()
            .Where(c => c.CampaignId == campaignId && c.Id != candidateId && c.InterviewAt > from && c.InterviewAt < to)
            .Select(c => new { c.Surname, c.GivenName, c.Patronymic, At = c.InterviewAt!.Value }).ToListAsync(ct);
        var slot = InterviewSlot.Plan(at, startsAt, place, reach.Campaign.InterviewDays(),
            booked.Select(b => new BookedSlot(b.Patronymic is null ? $"{b.Surname} {b.GivenName}" : $"{b.Surname} {b.GivenName} {b.Patronymic}", b.At)),
            length, localTime.Format);
        if (!slot.Succeeded(out var planned, out var invalid))
        {
            return invalid;
        }

        if (candidate.Schedule(planned, userId, Now).Failed(out var error))
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
