using System.Collections.Frozen;

namespace Lounb.Modules.Core.Organisation;

/// <summary>
/// The 27 first-level regions of Ukraine (24 oblasts, the Autonomous Republic of Crimea, Kyiv and Sevastopol), in the one
/// order every list shows them: the oblasts in Ukrainian alphabetical order (Вінницька, Волинська, Дніпропетровська, …,
/// Чернігівська), then the regions of a special status as the Constitution (art. 133) and КАТОТТГ name them apart from the
/// oblasts — the Autonomous Republic of Crimea, then the cities of Kyiv and Sevastopol.
/// </summary>
public static class Oblasts
{
    public const string Luhansk = "UA-09";

    public static IReadOnlyList<Oblast> Create() =>
    [
        new("UA-05", "Вінницька область", "Vinnytsia Oblast", OblastKind.Oblast),
        new("UA-07", "Волинська область", "Volyn Oblast", OblastKind.Oblast),
        new("UA-12", "Дніпропетровська область", "Dnipropetrovsk Oblast", OblastKind.Oblast),
        new("UA-14", "Донецька область", "Donetsk Oblast", OblastKind.Oblast),
        new("UA-18", "Житомирська область", "Zhytomyr Oblast", OblastKind.Oblast),
        new("UA-21", "Закарпатська область", "Zakarpattia Oblast", OblastKind.Oblast),
        new("UA-23", "Запорізька область", "Zaporizhzhia Oblast", OblastKind.Oblast),
        new("UA-26", "Івано-Франківська область", "Ivano-Frankivsk Oblast", OblastKind.Oblast),
        new("UA-32", "Київська область", "Kyiv Oblast", OblastKind.Oblast),
        new("UA-35", "Кіровоградська область", "Kirovohrad Oblast", OblastKind.Oblast),
        new("UA-09", "Луганська область", "Luhansk Oblast", OblastKind.Oblast),
        new("UA-46", "Львівська область", "Lviv Oblast", OblastKind.Oblast),
        new("UA-48", "Миколаївська область", "Mykolaiv Oblast", OblastKind.Oblast),
        new("UA-51", "Одеська область", "Odesa Oblast", OblastKind.Oblast),
        new("UA-53", "Полтавська область", "Poltava Oblast", OblastKind.Oblast),
        new("UA-56", "Рівненська область", "Rivne Oblast", OblastKind.Oblast),
        new("UA-59", "Сумська область", "Sumy Oblast", OblastKind.Oblast),
        new("UA-61", "Тернопільська область", "Ternopil Oblast", OblastKind.Oblast),
        new("UA-63", "Харківська область", "Kharkiv Oblast", OblastKind.Oblast),
        new("UA-65", "Херсонська область", "Kherson Oblast", OblastKind.Oblast),
        new("UA-68", "Хмельницька область", "Khmelnytskyi Oblast", OblastKind.Oblast),
        new("UA-71", "Черкаська область", "Cherkasy Oblast", OblastKind.Oblast),
        new("UA-74", "Чернівецька область", "Chernivtsi Oblast", OblastKind.Oblast),
        new("UA-77", "Чернігівська область", "Chernihiv Oblast", OblastKind.Oblast),
        new("UA-43", "Автономна Республіка Крим", "Autonomous Republic of Crimea", OblastKind.AutonomousRepublic),
        new("UA-30", "місто Київ", "Kyiv City", OblastKind.CityWithSpecialStatus),
        new("UA-40", "місто Севастополь", "Sevastopol City", OblastKind.CityWithSpecialStatus),
    ];

    private static readonly FrozenDictionary<string, int> Positions =
        Create().Select((oblast, index) => (oblast.Code, index)).ToFrozenDictionary(p => p.Code, p => p.index, StringComparer.Ordinal);

    /// <summary>The place of the region in <see cref="Create"/>'s order; an unknown code comes last.</summary>
    public static int Position(string code) => Positions.TryGetValue(code, out var position) ? position : int.MaxValue;

    /// <summary>The items in the regions' one display order (see the type's summary).</summary>
    public static IEnumerable<T> InDisplayOrder<T>(this IEnumerable<T> items, Func<T, string> code) =>
        items.OrderBy(item => Position(code(item)));

    /// <summary>The region's name in the language of the page: English on an English page, Ukrainian otherwise.</summary>
    public static string DisplayName(string name, string nameEn) =>
        Text.EnglishPages.IsEnglish ? nameEn : name;
}
