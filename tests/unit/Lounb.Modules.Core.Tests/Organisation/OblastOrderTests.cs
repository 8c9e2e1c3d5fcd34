using System.Globalization;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Text;

namespace Lounb.Modules.Core.Tests.Organisation;

public sealed class OblastOrderTests
{
    /// <summary>The official list's order (Constitution art. 133, КАТОТТГ): the oblasts alphabetically, then Crimea, Kyiv, Sevastopol.</summary>
    public static readonly string[] Expected =
    [
        "Вінницька область", "Волинська область", "Дніпропетровська область", "Донецька область", "Житомирська область",
        "Закарпатська область", "Запорізька область", "Івано-Франківська область", "Київська область", "Кіровоградська область",
        "Луганська область", "Львівська область", "Миколаївська область", "Одеська область", "Полтавська область",
        "Рівненська область", "Сумська область", "Тернопільська область", "Харківська область", "Херсонська область",
        "Хмельницька область", "Черкаська область", "Чернівецька область", "Чернігівська область",
        "Автономна Республіка Крим", "місто Київ", "місто Севастополь",
    ];

    [Fact]
    public void Create_ListsEveryRegionInTheOfficialOrder()
    {
        Assert.Equal(Expected, Oblasts.Create().Select(o => o.Name));
    }

    [Fact]
    public void Create_OblastsAreInUkrainianAlphabeticalOrder()
    {
        var oblasts = Oblasts.Create().Where(o => o.Kind == OblastKind.Oblast).Select(o => o.Name).ToList();

        Assert.Equal(24, oblasts.Count);
        Assert.Equal(oblasts.OrderBy(UkrainianSort.Key, StringComparer.Ordinal), oblasts);
    }

    [Fact]
    public void InDisplayOrder_SortsByCodeWhateverTheInputOrder()
    {
        var shuffled = Oblasts.Create().OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Code, StringComparer.Ordinal);

        Assert.Equal(Expected, shuffled.InDisplayOrder(o => o.Code).Select(o => o.Name));
    }

    [Fact]
    public void InDisplayOrder_PutsAnUnknownCodeLast()
    {
        var sorted = new[] { "UA-99", "UA-07", "UA-05" }.InDisplayOrder(code => code);

        Assert.Equal(["UA-05", "UA-07", "UA-99"], sorted);
    }

    [Fact]
    public void DisplayName_IsEnglishOnAnEnglishPage()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("Vinnytsia Oblast", Oblasts.DisplayName("Вінницька область", "Vinnytsia Oblast"));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("uk-UA");
            Assert.Equal("Вінницька область", Oblasts.DisplayName("Вінницька область", "Vinnytsia Oblast"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
