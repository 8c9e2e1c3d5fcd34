using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Application;

/// <summary>
/// With demo data: the library's live programs from its work plan — the monthly «Бібліотечна школа non stop», the weekly
/// «Йой» conversation club, a Code Club class for its run's cohort, a training for hub coordinators by approval and a
/// hybrid hub event — scheduled through the same <see cref="SchedulingService"/> a methodologist uses.
/// </summary>
internal sealed class WebinarsSeeder(
    LounbDbContext db, IPeopleDirectory people, SeedContext seed, SchedulingService scheduling, RegistrationService registrations, ICourseRoster roster, LocalTime localTime,
    IOptions<WebinarsOptions> options, TimeProvider time, ILogger<WebinarsSeeder> logger)
{
    public const string SchoolTitle = "Бібліотечна школа non stop «Бібліотечна спільнота Луганщини»";
    private const string Methodologist = "METODYST@LOUNB.DEMO";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!seed.IncludeDemoData || await db.Set<WebinarEvent>().AnyAsync(ct))
        {
            return;
        }

        var author = await people.People.Where(p => p.NormalizedEmail == Methodologist).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        if (author is null)
        {
            return;
        }

        var planner = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, author.Value.ToString()), new Claim(LounbClaimTypes.Grant, new Grant(WebinarsPermissions.Manage, AccessScope.NationalMarker).ToString())],
            "seed"));
        var today = localTime.DateOf(time.GetUtcNow().UtcDateTime);
        var room = options.Value.Video.Provider == VideoProviderKind.None ? RoomKind.ExternalLink : RoomKind.Platform;
        var external = room == RoomKind.ExternalLink ? "https://meet.google.com/lnb-demo-room" : null;
        var codeClub = (await roster.OpenRunsAsync(ct)).FirstOrDefault(r => r.CourseTitle.Contains("Code Club", StringComparison.Ordinal));
        var plans = new List<(EventInput Input, SeriesRuleInput? Rule)>
        {
            (new EventInput
            {
                Title = SchoolTitle, Kind = EventKind.Webinar, Date = today.AddDays(1), Time = new TimeOnly(11, 0), DurationMinutes = 90,
                OblastCode = Oblasts.Luhansk, RegistrationMode = RegistrationMode.Open, RoomKind = room, ExternalUrl = external,
                Speakers = "metodyst@lounb.demo\nОлена Коваль, ВНМР ЛОУНБ", Moderators = "trener@lounb.demo",
                Description = "Щомісячний цикл навчання, нарад і спільних напрацювань для бібліотекарів Луганщини: методичні вебінари, обмін досвідом, відповіді на запитання колег.",
                Materials = "Презентації й записи попередніх зустрічей з'являються тут після кожного заняття.",
            }, new SeriesRuleInput(SeriesFrequency.Monthly, 1, [], 1, DayOfWeek.Wednesday, null, 12)),
            (new EventInput
            {
                Title = "«Йой: бадьора українська» — розмовний клуб", Kind = EventKind.ClubMeeting, Date = today.AddDays(1), Time = new TimeOnly(18, 0),
                DurationMinutes = 60, OblastCode = Oblasts.Luhansk, RegistrationMode = RegistrationMode.Open, Capacity = 20, RoomKind = room, ExternalUrl = external,
                Speakers = "trener@lounb.demo",
                Description = "Розмовний клуб для переселенців і всіх охочих: говоримо українською про життя, книжки й місто, без оцінок і страху помилитися.",
            }, new SeriesRuleInput(SeriesFrequency.Weekly, 1, [DayOfWeek.Tuesday], 1, DayOfWeek.Tuesday, null, 8)),
            (new EventInput
            {
                Title = "Цифрові послуги для населення: тренінг для координаторів хабів", Kind = EventKind.Webinar, Date = today.AddDays(10), Time = new TimeOnly(10, 0),
                DurationMinutes = 120, RegistrationMode = RegistrationMode.Approval, Capacity = 30, RoomKind = room, ExternalUrl = external,
                Speakers = "metodyst@lounb.demo", Moderators = "mentor@lounb.demo",
                Description = "Навчальна програма для координаторів хабів цифрової освіти на базі бібліотек 12 областей: Дія, е-послуги, безпечний інтернет.",
            }, null),
            (new EventInput
            {
                Title = "Пересувний хаб цифрової освіти: Дія для початківців", Kind = EventKind.HybridEvent, Date = today.AddDays(5), Time = new TimeOnly(14, 0),
                DurationMinutes = 90, OblastCode = Oblasts.Luhansk, Location = "Пересувний хаб ЛОУНБ: Дніпро, вул. Січеславська Набережна, 29 (читальна зала)",
                RegistrationMode = RegistrationMode.Open, Capacity = 25, RoomKind = room, ExternalUrl = external, Speakers = "koordynator@lounb.demo",
                Description = "Гібридне заняття: у залі з ноутбуком, планшетом і проєктором та онлайн. Як встановити Дію, отримати довідку, записатися до лікаря.",
            }, null),
        };
        if (codeClub is not null)
        {
            plans.Add((new EventInput
            {
                Title = "Code Club: онлайн-заняття «Перша гра у Scratch»", Kind = EventKind.CourseClass, Date = today.AddDays(3), Time = new TimeOnly(16, 0),
                DurationMinutes = 60, OblastCode = codeClub.OwnerOblastCode ?? Oblasts.Luhansk, CourseRunId = codeClub.RunId, RegistrationMode = RegistrationMode.Cohort,
                RoomKind = room, ExternalUrl = external, Speakers = "trener@lounb.demo",
                Description = "Заняття для дітей 8–16 років набору Code Club: створюємо першу гру, ставимо запитання наставникам у чаті.",
            }, null));
        }

        foreach (var (input, rule) in plans)
        {
            var result = await scheduling.CreateAsync(input, rule, planner, ct);
            if (result.Failed(out var error))
            {
                WebinarsLog.SeedSkipped(logger, input.Title ?? "", error.Message);
                continue;
            }

            if (input.Title == SchoolTitle)
            {
                await RegisterAsync("BIBLIOTEKAR@LOUNB.DEMO", result.Value.EventId, series: true, ct);
            }
        }
    }

    private async Task RegisterAsync(string normalizedEmail, Guid eventId, bool series, CancellationToken ct)
    {
        var person = await people.People.Where(p => p.NormalizedEmail == normalizedEmail).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        if (person is { } userId)
        {
            _ = series ? await registrations.RegisterForSeriesAsync(eventId, userId, ct) : await registrations.RegisterAsync(eventId, userId, ct);
        }
    }
}
