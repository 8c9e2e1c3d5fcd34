using System.Globalization;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Core.Time;

namespace Lounb.Modules.Core.Tests.Time;

public sealed class PageDatesTests
{
    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    [Fact]
    public void Day_UkrainianPage_UsesTheGenitiveMonth()
    {
        Assert.Equal("3 червня 2027", InCulture("uk-UA", () => PageDates.Day(new DateOnly(2027, 6, 3))));
    }

    [Fact]
    public void Day_EnglishPage_UsesTheEnglishMonth()
    {
        Assert.Equal("3 June 2027", InCulture("en", () => PageDates.Day(new DateOnly(2027, 6, 3))));
        Assert.Equal("3 June 2027, 11:00", InCulture("en", () => PageDates.DayAndTime(new DateTime(2027, 6, 3, 11, 0, 0))));
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("uk-UA", false)]
    [InlineData("en-US", false)]
    public void IsEnglish_OnlyForTheRequestCultureOfEnglishPages(string culture, bool english)
    {
        Assert.Equal(english, InCulture(culture, () => EnglishPages.IsEnglish));
    }
}
