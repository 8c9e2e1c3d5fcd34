using Lounb.Modules.Core.Text;

namespace Lounb.Modules.Core.Tests.Text;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("ІРИНА", "ірина")]
    [InlineData("ЇЖАК Ґанок ЄВГЕН", "їжак ґанок євген")]
    [InlineData("Iryna KOVAL", "iryna koval")]
    public void Normalize_UpperCase_LowerCasedIncludingCyrillic(string text, string expected)
    {
        Assert.Equal(expected, SearchText.Normalize(text));
    }

    [Theory]
    [InlineData("п'ять")]
    [InlineData("п’ять")]
    [InlineData("пʼять")]
    [InlineData("п‘ять")]
    [InlineData("п`ять")]
    [InlineData("пʹять")]
    public void Normalize_AnyApostrophe_BecomesAsciiApostrophe(string text)
    {
        Assert.Equal("п'ять", SearchText.Normalize(text));
    }

    [Fact]
    public void Normalize_RunsOfWhitespace_CollapseToOneSpaceAndEndsTrimmed()
    {
        Assert.Equal("ірина коваль лоунб", SearchText.Normalize("  Ірина \t Коваль\n\r\n\u00A0ЛОУНБ  "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n")]
    public void Normalize_NullOrBlank_Empty(string? text)
    {
        Assert.Equal("", SearchText.Normalize(text));
    }

    [Fact]
    public void Normalize_TextLongerThanStackBuffer_NormalisedWhole()
    {
        var text = string.Concat(Enumerable.Repeat("ПʼЯТЬ  ", 100));

        var normalized = SearchText.Normalize(text);

        Assert.Equal(string.Join(' ', Enumerable.Repeat("п'ять", 100)), normalized);
    }
}
