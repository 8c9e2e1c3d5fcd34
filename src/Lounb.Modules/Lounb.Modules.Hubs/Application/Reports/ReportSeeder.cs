using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.People;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Hubs.Application.Reports;

/// <summary>
/// Demo reports: for every hub whose current coordinator has a current mentor (the hub registry's seed makes them),
/// three months back — the oldest approved, the next returned with a comment, the last waiting for review — and one
/// national digest. Idempotent: a month already reported, or a digest already posted, is left alone; with no hubs yet
/// it does nothing.
/// </summary>
internal sealed class ReportSeeder(LounbDbContext db, IPeopleDirectory people, ReportAccess access, IIntegrationEventPublisher events)
{
    private const string DigestTitle = "Дайджест: нове в Дії та «єОселі» цього місяця";

    public async Task SeedAsync(CancellationToken ct)
    {
        var today = access.Today;
        var pairs = await (
            from c in db.Set<HubCoordinator>()
            join a in db.Set<MentorAssignment>() on c.PersonId equals a.CoordinatorId
            where c.Since <= today && (c.Until == null || c.Until >= today) && a.Since <= today && (a.Until == null || a.Until >= today)
            select new { c.HubId, c.PersonId, a.MentorId }).ToListAsync(ct);
        var now = access.Now;
        var thisMonth = ReportMonth.Of(today);
        foreach (var pair in pairs.DistinctBy(p => p.HubId))
        {
            var hub = await db.Set<Hub>().FirstAsync(h => h.Id == pair.HubId, ct);
            for (var back = 3; back >= 1; back--)
            {
                var month = ReportMonth.FromIndex(thisMonth.Index - back);
                if (await db.Set<ReportOfMonth>().AnyAsync(r => r.HubId == hub.Id && r.Year == month.Year && r.Month == month.Month, ct))
                {
                    continue;
                }

                var report = Demo(hub, pair.PersonId, pair.MentorId, month, back, now);
                db.Add(report);
                if (report.Approved is not null)
                {
                    // As a mentor's approval would: the reports' read model counts the demo hubs' activity.
                    await events.PublishAsync(ReportReviewService.Approved(report, now), ct);
                }
            }
        }

        if (pairs.Count > 0 && !await db.Set<Digest>().AnyAsync(d => d.Title == DigestTitle, ct)
            && await people.InRole(Core.Security.Roles.Methodologist).Where(m => m.ScopeOblastCode == null).Select(m => m.PersonId).FirstOrDefaultAsync(ct) is var author
            && author != Guid.Empty
            && Digest.Create(DigestTitle, DigestBody, null, author, now).Succeeded(out var digest, out _))
        {
            db.Add(digest);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>back 3: approved; 2: returned with a comment; 1: waiting for the mentor.</summary>
    private static ReportOfMonth Demo(Hub hub, Guid coordinatorId, Guid mentorId, ReportMonth month, int back, DateTime now)
    {
        var report = new ReportOfMonth(hub, coordinatorId, month, now);
        var day = (int d) => new DateOnly(month.Year, month.Month, d);
        var figures = new ReportFigures(
            [
                new(ReportEventKind.DigitalLiteracy, day(5), "Дія: е-документи у смартфоні для людей старшого віку", new ParticipantCounts(4, 11, 0, 1, 2)),
                new(ReportEventKind.CodeClub, day(12), "Code Club: перші ігри на Scratch", new ParticipantCounts(3, 0, 14, 0, 1)),
                new(ReportEventKind.MediaLiteracy, day(19), "Медіаграмотність: як розпізнати фейк про виплати ВПО", new ParticipantCounts(9, 6, 2, 1, 3)),
                new(ReportEventKind.ConsultationDay, day(26), "Консультаційний день «Цифрові послуги для населення»", new ParticipantCounts(7, 5, 1, 2, 2)),
            ],
            new ConsultationCounts(18 + back, 9, 6, 3, 7, 2),
            "Заняття «Йой: бадьора українська» перенесли на наступний місяць через відключення світла.");
        report.Save(figures, month.Last, now);
        report.Submit(coordinatorId, now);
        if (back == 3)
        {
            report.Approve(mentorId, now);
        }
        else if (back == 2)
        {
            report.Return(mentorId, "Уточніть, будь ласка, кількість учасників Code Club: у журналі відвідування 12 дітей, а не 14.", now);
        }

        return report;
    }

    private const string DigestBody = """
        ## Що нового в державних цифрових послугах

        - **Дія:** оновлений е-паспорт тепер можна показувати в банках і на пошті — допоможіть відвідувачам оновити застосунок.
        - **єОселя:** відкрито подання заяв для ВПО на пільгову іпотеку; перевірте з відвідувачами документи заздалегідь.
        - **Пенсійний фонд:** вебпортал має новий вхід через Дія.Підпис.

        ### Для занять цього місяця

        Методичка до заняття з медіаграмотності «Як розпізнати фейк про виплати» — у розділі курсу «Цифрові послуги для населення».
        """;
}
