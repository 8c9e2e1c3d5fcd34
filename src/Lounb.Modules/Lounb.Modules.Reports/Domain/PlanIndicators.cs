namespace Lounb.Modules.Reports.Domain;

/// <summary>The annual plan's indicators (the library's «Загальні показники»). Stored by name: never renumber.</summary>
internal enum PlanIndicator
{
    Users,
    ServedUsers,
    InternetCentreUsers,
    InternetCentreVisits,
    Visits,
    WebsiteVisits,
    SocialMediaVisits,
    InternetAccesses,
    BookIssue,
    FreeInternetResources,
}

/// <summary>What the platform measures itself for an indicator; manual monthly figures add to it (the library's offline work).</summary>
internal enum PlanMeasure
{
    /// <summary>Only the monthly figures entered by a methodologist.</summary>
    None,

    /// <summary>Accounts registered in the period (people of the plan's oblast).</summary>
    RegisteredUsers,

    /// <summary>Distinct people served: learning in a course run (or finished it), or attending a live session.</summary>
    ServedPeople,

    /// <summary>Attendances of live sessions (webinars and online classes).</summary>
    Attendances,
}

/// <summary>An indicator's name as the plan writes it, its unit and what the platform measures of it.</summary>
internal sealed record PlanIndicatorInfo(PlanIndicator Indicator, string Name, string Unit, PlanMeasure Measure)
{
    public bool IsMeasured => Measure != PlanMeasure.None;
}

internal static class PlanIndicators
{
    /// <summary>In the order of the plan's table.</summary>
    public static IReadOnlyList<PlanIndicatorInfo> All { get; } =
    [
        new(PlanIndicator.Users, "Кількість користувачів", "осіб", PlanMeasure.RegisteredUsers),
        new(PlanIndicator.ServedUsers, "Кількість обслужених користувачів", "осіб", PlanMeasure.ServedPeople),
        new(PlanIndicator.InternetCentreUsers, "Кількість користувачів інтернет-центру", "осіб", PlanMeasure.None),
        new(PlanIndicator.InternetCentreVisits, "Відвідування інтернет-центру", "відвідувань", PlanMeasure.None),
        new(PlanIndicator.Visits, "Відвідування (загалом)", "відвідувань", PlanMeasure.Attendances),
        new(PlanIndicator.WebsiteVisits, "Відвідування вебсайту", "відвідувань", PlanMeasure.None),
        new(PlanIndicator.SocialMediaVisits, "Відвідування соціальних медіа", "відвідувань", PlanMeasure.None),
        new(PlanIndicator.InternetAccesses, "Кількість доступів у мережу Інтернет", "доступів", PlanMeasure.None),
        new(PlanIndicator.BookIssue, "Книговидача", "прим.", PlanMeasure.None),
        new(PlanIndicator.FreeInternetResources, "Видача вільних ресурсів Інтернет", "джерел", PlanMeasure.None),
    ];

    public static PlanIndicatorInfo Of(PlanIndicator indicator) => All.First(i => i.Indicator == indicator);

    /// <summary>The library's plan for 2023 (ЛОУНБ, «Загальні показники»), entered for the current year in the demo.</summary>
    public static IReadOnlyDictionary<PlanIndicator, long> Library2023 { get; } = new Dictionary<PlanIndicator, long>
    {
        [PlanIndicator.Users] = 4_500,
        [PlanIndicator.ServedUsers] = 12_500,
        [PlanIndicator.InternetCentreUsers] = 4_500,
        [PlanIndicator.InternetCentreVisits] = 8_000,
        [PlanIndicator.Visits] = 84_000,
        [PlanIndicator.WebsiteVisits] = 15_500,
        [PlanIndicator.SocialMediaVisits] = 26_000,
        [PlanIndicator.InternetAccesses] = 7_500,
        [PlanIndicator.BookIssue] = 35_000,
        [PlanIndicator.FreeInternetResources] = 50_000,
    };
}
