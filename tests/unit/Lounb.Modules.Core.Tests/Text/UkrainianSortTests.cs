using Lounb.Modules.Core.Text;

namespace Lounb.Modules.Core.Tests.Text;

public sealed class UkrainianSortTests
{
    [Fact]
    public void Key_OrdinalOrder_FollowsTheUkrainianAlphabet()
    {
        string[] expected = ["Абетка", "Бібліотека", "Ґанок", "Дія", "Євген", "Знання", "Інформація", "Їжак", "Йой", "Медіа", "Щастя", "Ярина"];
        var shuffled = expected.Reverse().ToArray();

        var sorted = shuffled.OrderBy(UkrainianSort.Key, StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, sorted);
    }

    [Fact]
    public void Key_CaseAndApostrophes_DoNotMatter()
    {
        Assert.Equal(UkrainianSort.Key("М'ята"), UkrainianSort.Key("мʼята"));
        Assert.Equal(UkrainianSort.Key("КОД"), UkrainianSort.Key("код"));
        Assert.Equal("", UkrainianSort.Key(null));
    }

    [Fact]
    public void Key_LatinAndDigits_SortBeforeCyrillic()
    {
        Assert.True(string.CompareOrdinal(UkrainianSort.Key("Code Club"), UkrainianSort.Key("Абетка")) < 0);
        Assert.True(string.CompareOrdinal(UkrainianSort.Key("2027"), UkrainianSort.Key("BrainPark")) < 0);
    }
}
