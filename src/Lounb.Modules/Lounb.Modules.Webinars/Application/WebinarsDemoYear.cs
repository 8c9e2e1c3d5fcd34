using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Application;

/// <summary>
/// The demo year of live sessions (development only): the past twelve meetings of the monthly school «Бібліотечна
/// спільнота Луганщини» (the first Wednesday, 11:00 Kyiv time) for the demo librarians, and a citizens' webinar every
/// other month (media literacy, Дія, online safety) for the demo citizens (<c>demo.osoba.*@lounb.demo</c>, seeded by
/// the host), with their registrations and the attendance reported after each session. Written as history (dated rows,
/// no events), deterministic (a fixed seed); Reports counts it through <see cref="Contracts.IWebinarFacts"/>.
/// </summary>
internal sealed class WebinarsDemoYear(LounbDbContext db, SeedContext seed, IPeopleDirectory directory, LocalTime localTime, IOptions<WebinarsOptions> options, TimeProvider time)
{
    /// <summary>The past meetings are titled «school: topic», which also tells a seeded year from the future series.</summary>
    public const string PastSchoolPrefix = WebinarsSeeder.SchoolTitle + ": ";
    private const int Seed = 2028;

    private static readonly string[] SchoolTopics =
    [
        "бібліотека як простір стійкості громади", "інформаційна гігієна бібліотекаря", "послуги Дії в бібліотеці: як допомогти користувачеві",
        "робота з внутрішньо переміщеними особами", "Code Club у бібліотеці: як почати", "річний звіт бібліотеки: що й як рахувати",
        "українська мова в бібліотечному обслуговуванні", "доступність бібліотеки для людей з інвалідністю", "проєктна діяльність і гранти",
        "цифрові ресурси для дітей і підлітків", "бібліотечні соцмережі: як писати про події", "підсумки року й план на наступний",
    ];

    private static readonly string[] CitizenWebinars =
    [
        "Медіаграмотність: як розпізнати фейк і маніпуляцію", "Дія для старшого віку: довідки, пенсія, єМалятко", "Безпека онлайн: шахрайство з банківськими картками",
        "Цифрові навички для пошуку роботи", "«Йой: бадьора українська» — відкритий урок", "Медіаграмотність для батьків: діти в TikTok і YouTube",
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!seed.IncludeDemoData || await db.Set<WebinarEvent>().AnyAsync(e => e.Title.StartsWith(PastSchoolPrefix), ct))
        {
            return;
        }

        var people = await directory.People.Where(p => p.Email != null && p.Email.StartsWith("demo.osoba.")).OrderBy(p => p.Email)
            .Select(p => new { p.Id, p.Kind }).ToListAsync(ct);
        if (people.Count == 0)
        {
            return;
        }

        var librarians = people.Where(p => p.Kind == PersonKind.Librarian).Select(p => p.Id).ToList();
        var citizens = people.Where(p => p.Kind == PersonKind.Citizen).Select(p => p.Id).ToList();
        var random = new Random(Seed);
        var now = time.GetUtcNow().UtcDateTime;
        var thisMonth = localTime.DateOf(now);
        for (var monthsAgo = 12; monthsAgo >= 1; monthsAgo--)
        {
            var month = new DateOnly(thisMonth.Year, thisMonth.Month, 1).AddMonths(-monthsAgo);
            var school = Nth(month, DayOfWeek.Wednesday, 1);
            AddSession(PastSchoolPrefix + SchoolTopics[month.Month - 1], EventKind.Webinar, school, new TimeOnly(11, 0), 90, Oblasts.Luhansk, librarians, 60, random, now);
            if (monthsAgo % 2 == 0)
            {
                var title = CitizenWebinars[monthsAgo / 2 % CitizenWebinars.Length];
                AddSession(title, EventKind.Webinar, Nth(month, DayOfWeek.Thursday, 3), new TimeOnly(15, 0), 60, null, citizens, 45, random, now);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>One past session: some of <paramref name="audience"/> registered a few days before, most of them attended.</summary>
    private void AddSession(string title, EventKind kind, DateOnly day, TimeOnly at, int minutes, string? oblast, IReadOnlyList<Guid> audience, int sharePercent, Random random, DateTime now)
    {
        if (!localTime.TryToUtc(day.ToDateTime(at), out var startsAt) || startsAt.AddMinutes(minutes) >= now)
        {
            return;
        }

        var webinar = new WebinarEvent(title, kind, startsAt, minutes, oblast, options.Value.UidDomain, startsAt.AddDays(-21))
        {
            Description = "Запис і матеріали заняття — у розділі «Минулі заняття».", RegistrationMode = RegistrationMode.Open,
            RoomKind = RoomKind.ExternalLink, ExternalUrl = "https://meet.google.com/lnb-demo-room",
        };
        db.Add(webinar);
        foreach (var person in audience.Where(_ => random.Next(100) < sharePercent))
        {
            var registeredAt = startsAt.AddDays(-1 - random.Next(10)).AddMinutes(-random.Next(600));
            db.Add(new Registration(webinar.Id, person, RegistrationStatus.Confirmed, registeredAt));
            webinar.TakeSeat();
            if (random.Next(100) < 75)
            {
                var stayed = minutes - random.Next(minutes / 3);
                db.Add(new AttendanceRecord(webinar.Id, person, webinar.EndsAt)
                {
                    Minutes = stayed, FirstJoinedAt = startsAt.AddMinutes(random.Next(5)), SelfReported = true, AttendedByMinutes = true,
                    ReportedAt = webinar.EndsAt.AddMinutes(1 + random.Next(5)),
                });
            }
        }
    }

    /// <summary>The <paramref name="n"/>-th <paramref name="day"/> of the month starting at <paramref name="first"/>.</summary>
    private static DateOnly Nth(DateOnly first, DayOfWeek day, int n) => first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7 + (7 * (n - 1)));
}
