using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Hubs.Application;

/// <summary>
/// With demo data: hubs in the demo libraries of Luhansk (relocated), Cherkasy and Dnipropetrovsk oblasts, ЛОУНБ's mobile
/// hub for displaced people with next month's itinerary, two mentors with two coordinators each, their plans, sessions
/// (with overdue actions) and self-assessments at start and end. Everything goes through the pages' domain rules.
/// </summary>
internal sealed class HubsDemoSeeder(LounbDbContext db, SeedContext seed, IPeopleDirectory directory, KyivToday today)
{
    public const string MobileHubName = "Мобільний хаб ЛОУНБ для внутрішньо переміщених осіб";

    private static readonly (string Library, string Name, HubStatus Status, string Address, string Coordinator, string Mentor)[] Hubs =
    [
        ("Дніпровська міська публічна бібліотека", "Хаб цифрової освіти Дніпровської бібліотеки", HubStatus.Active, "м. Дніпро, просп. Дмитра Яворницького, 18", "koordynator@lounb.demo", "mentor@lounb.demo"),
        ("Сєвєродонецька міська публічна бібліотека", "Хаб Сєвєродонецької бібліотеки (релоковано до Дніпра)", HubStatus.Relocated, "м. Дніпро, вул. Святослава Хороброго, 7 (тимчасово)", "koordynator2@lounb.demo", "mentor@lounb.demo"),
        ("Смілянська міська публічна бібліотека", "Хаб цифрової освіти Смілянської бібліотеки", HubStatus.Active, "м. Сміла, вул. Соборна, 42", "koordynator3@lounb.demo", "mentor2@lounb.demo"),
        ("Біловодська публічна бібліотека", "Хаб Біловодської бібліотеки (релоковано до Києва)", HubStatus.Relocated, "м. Київ, вул. Велика Васильківська, 57 (тимчасово)", "koordynator4@lounb.demo", "mentor2@lounb.demo"),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!seed.IncludeDemoData || await db.Set<Hub>().AnyAsync(h => h.Name == MobileHubName, ct))
        {
            return;
        }

        var lounb = await directory.Libraries.FirstOrDefaultAsync(l => l.ShortName == "ЛОУНБ", ct);
        if (lounb is null)
        {
            return;
        }

        var day = today.Date;
        var mentoringStart = day.AddMonths(-3);
        var mobile = Describe(lounb.Id, lounb.OblastCode, MobileHubName, HubStatus.Mobile, "м. Дніпро, вул. Січеславська Набережна, 29а (база)",
            HubServices.DiiaConsultations | HubServices.DigitalLiteracy | HubServices.MediaLiteracy | HubServices.Yoy);
        db.Add(mobile);
        await AddItineraryAsync(mobile, day, ct);
        var index = 0;
        foreach (var (libraryName, name, status, address, coordinatorEmail, mentorEmail) in Hubs)
        {
            var library = await directory.Libraries.FirstOrDefaultAsync(l => l.Name == libraryName, ct);
            var coordinator = await directory.FindByEmailAsync(coordinatorEmail, ct);
            var mentor = await directory.FindByEmailAsync(mentorEmail, ct);
            if (library is null || coordinator is null || mentor is null)
            {
                continue;
            }

            var hub = Describe(library.Id, library.OblastCode, name, status, address,
                HubServices.DiiaConsultations | HubServices.DigitalLiteracy | (index % 2 == 0 ? HubServices.CodeClub : HubServices.InclusiveClasses));
            db.Add(hub);
            db.Add(new HubCoordinator(hub.Id, coordinator.Id, mentoringStart));
            db.Add(new MentorAssignment(mentor.Id, coordinator.Id, mentoringStart));
            AddMentoring(coordinator.Id, mentor.Id, mentoringStart, day, index);
            index++;
        }

        await db.SaveChangesAsync(ct);
    }

    private static Hub Describe(Guid libraryId, string oblast, string name, HubStatus status, string address, HubServices services)
    {
        var hub = new Hub(libraryId, oblast, name, status);
        var hours = status == HubStatus.Mobile
            ? new[] { "за маршрутом", "за маршрутом", "за маршрутом", "за маршрутом", "за маршрутом", "", "" }
            : new[] { "10:00–18:00", "10:00–18:00", "10:00–18:00", "10:00–18:00", "10:00–17:00", "10:00–15:00", "" };
        IReadOnlyList<HubEquipmentItem> equipment = status == HubStatus.Mobile
            ? [new("Ноутбук", 1, null), new("Планшет", 1, null), new("Смартфон", 1, "для показу застосунку «Дія»"), new("Проєктор", 1, null)]
            : [new("Ноутбук", 4, "два — для заняття Code Club"), new("Планшет", 2, null), new("Проєктор", 1, null)];
        hub.Describe(new HubDescription(libraryId, oblast, name, status, address, "+380 50 123 45 67", "hub@lounb.demo", hours, services, equipment));
        return hub;
    }

    private async Task AddItineraryAsync(Hub mobile, DateOnly day, CancellationToken ct)
    {
        const string dnipro = "UA-12";
        var firstOfNextMonth = new DateOnly(day.Year, day.Month, 1).AddMonths(1);
        (int Day, string Place, string Address, string Community, string Oblast, string Offer)[] stops =
        [
            (3, "Центр підтримки ВПО «ЯМаріуполь»", "м. Дніпро, вул. Князя Ярослава Мудрого, 65", "Дніпровська міська громада", dnipro, "Консультації з «Дії»: єОселя, допомога ВПО, е-документи"),
            (10, "Модульне містечко для переселенців", "м. Дніпро, вул. Марії Лисиченко, 2", "Дніпровська міська громада", dnipro, "Цифрова грамотність для старших: смартфон, месенджери, захист від шахраїв"),
            (17, "Павлоградська міська бібліотека", "м. Павлоград, вул. Соборна, 100", "Павлоградська міська громада", dnipro, "Медіаграмотність і «Йой: бадьора українська» для дітей ВПО"),
            (24, "Центр надання адміністративних послуг", "м. Київ, вул. Дніпровська набережна, 19б", "Київ", "UA-30", "Консультації з «Дії» та електронних послуг ПФУ"),
        ];
        var oblasts = await directory.Oblasts.Select(o => o.Code).ToListAsync(ct);
        var added = new List<HubStop>();
        foreach (var stop in stops)
        {
            var plan = new StopPlan(stop.Place, stop.Address, stop.Community, oblasts.Contains(stop.Oblast) ? stop.Oblast : mobile.OblastCode,
                firstOfNextMonth.AddDays(stop.Day - 1), new TimeOnly(10, 0), new TimeOnly(15, 0), stop.Offer);
            if (Itinerary.CanAdd(mobile.Status, added, plan, day).IsSuccess)
            {
                added.Add(new HubStop(mobile.Id, plan));
            }
        }

        db.AddRange(added);
    }

    private void AddMentoring(Guid coordinatorId, Guid mentorId, DateOnly started, DateOnly day, int index)
    {
        string[] goals = ["Провести 4 заняття Code Club для дітей ВПО", "Консультувати щотижня з послуг «Дії»", "Скласти програму курсу медіаграмотності для старших"];
        for (var g = 0; g < goals.Length; g++)
        {
            if (MentoringGoal.Set(coordinatorId, goals[g], started.AddMonths(g + 2)).Succeeded(out var goal, out _))
            {
                goal.MoveTo(g switch { 0 => GoalStatus.Achieved, 1 => GoalStatus.InProgress, _ => GoalStatus.Planned });
                db.Add(goal);
            }
        }

        var first = new SessionRecord(started.AddDays(3), SessionFormat.Online, 60, "Знайомство, цілі менторства, самооцінювання DigComp", null, started.AddDays(31),
            [new ActionPlan("Пройти самооцінювання DigComp на початку", ActionOwner.Coordinator, started.AddDays(10))]);
        var second = new SessionRecord(day.AddDays(-14), index % 2 == 0 ? SessionFormat.InPerson : SessionFormat.Online, 90,
            "Заняття Code Club: Scratch для початківців; звіт за місяць", "Координатор веде дві групи; бракує другого ноутбука.", day.AddDays(7 + index),
            [
                new ActionPlan("Надіслати план заняття з медіаграмотності", ActionOwner.Coordinator, day.AddDays(-5)),
                new ActionPlan("Поділитися добіркою вправ «Йой: бадьора українська»", ActionOwner.Mentor, day.AddDays(-2)),
                new ActionPlan("Оголосити набір до групи цифрової грамотності для старших", ActionOwner.Coordinator, day.AddDays(10)),
            ]);
        foreach (var record in new[] { first, second })
        {
            if (MentoringSession.Record(coordinatorId, mentorId, record, day).Succeeded(out var recorded, out _))
            {
                db.Add(recorded.Session);
                db.AddRange(recorded.Actions);
                if (record == first)
                {
                    recorded.Actions[0].MarkDone(started.AddDays(8));
                }
            }
        }

        foreach (var (stage, bonus) in new[] { (AssessmentStage.Start, 0), (AssessmentStage.End, 2) })
        {
            var levels = DigComp.Areas.SelectMany(a => a.Competences.Select((c, i) => (c.Code, Level: 2 + (i % 2) + (a.Number <= 3 ? bonus : bonus / 2))))
                .ToDictionary(x => x.Code, x => x.Level, StringComparer.Ordinal);
            if (SelfAssessment.Take(coordinatorId, stage, levels, stage == AssessmentStage.Start ? started.AddDays(5) : day).Succeeded(out var assessment, out _))
            {
                db.Add(assessment);
            }
        }
    }
}
