namespace Lounb.Modules.Hubs.Domain;

internal sealed record DigCompCompetence(string Code, string Name);

internal sealed record DigCompArea(int Number, string Name, IReadOnlyList<DigCompCompetence> Competences);

/// <summary>
/// DigComp 2.2, the framework behind Ukraine's national digital-skills test: five areas, 21 competences, eight
/// proficiency levels grouped as базовий (1–2), середній (3–4), високий (5–6) and спеціалізований (7–8).
/// </summary>
internal static class DigComp
{
    public const int LowestLevel = 1;
    public const int HighestLevel = 8;

    public static IReadOnlyList<DigCompArea> Areas { get; } =
    [
        new(1, "Інформаційна грамотність і грамотність у сфері даних",
        [
            new("1.1", "Перегляд, пошук і фільтрування даних, інформації та цифрового контенту"),
            new("1.2", "Оцінювання даних, інформації та цифрового контенту"),
            new("1.3", "Управління даними, інформацією та цифровим контентом"),
        ]),
        new(2, "Комунікація та співпраця",
        [
            new("2.1", "Взаємодія за допомогою цифрових технологій"),
            new("2.2", "Обмін інформацією за допомогою цифрових технологій"),
            new("2.3", "Громадянська активність за допомогою цифрових технологій"),
            new("2.4", "Співпраця за допомогою цифрових технологій"),
            new("2.5", "Мережевий етикет"),
            new("2.6", "Управління цифровою ідентичністю"),
        ]),
        new(3, "Створення цифрового контенту",
        [
            new("3.1", "Розроблення цифрового контенту"),
            new("3.2", "Інтеграція та перероблення цифрового контенту"),
            new("3.3", "Авторське право та ліцензії"),
            new("3.4", "Програмування"),
        ]),
        new(4, "Безпека",
        [
            new("4.1", "Захист пристроїв"),
            new("4.2", "Захист персональних даних і приватності"),
            new("4.3", "Захист здоров'я та добробуту"),
            new("4.4", "Захист довкілля"),
        ]),
        new(5, "Розв'язання проблем",
        [
            new("5.1", "Розв'язання технічних проблем"),
            new("5.2", "Визначення потреб і технологічних рішень"),
            new("5.3", "Творче використання цифрових технологій"),
            new("5.4", "Визначення прогалин у цифрових компетентностях"),
        ]),
    ];

    public static IReadOnlyList<DigCompCompetence> Competences { get; } = Areas.SelectMany(a => a.Competences).ToList();

    public static string LevelGroup(int level) => level switch
    {
        <= 2 => "базовий",
        <= 4 => "середній",
        <= 6 => "високий",
        _ => "спеціалізований",
    };
}
