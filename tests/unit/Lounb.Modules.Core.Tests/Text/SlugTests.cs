using Lounb.Modules.Core.Text;

namespace Lounb.Modules.Core.Tests.Text;

public sealed class SlugTests
{
    [Fact]
    public void From_UkrainianTitle_TransliteratesAndJoinsWithHyphens()
    {
        Assert.Equal("pro-platformu", Slug.From("Про платформу"));
    }

    [Fact]
    public void From_WordStartingWithYot_UsesWordInitialForm()
    {
        // KMU 2010: й at the start of a word is "y", elsewhere "i"; ь is dropped.
        Assert.Equal("yoi-badora-ukrainska", Slug.From("Йой: бадьора українська"));
    }

    /// <summary>Examples from the table of Cabinet of Ministers resolution No. 55 of 27 January 2010, lower-cased.</summary>
    [Theory]
    [InlineData("Алушта", "alushta")]
    [InlineData("Борщагівка", "borshchahivka")]
    [InlineData("Вишгород", "vyshhorod")]
    [InlineData("Гадяч", "hadiach")]
    [InlineData("Ґорґани", "gorgany")]
    [InlineData("Згорани", "zghorany")]
    [InlineData("Розгон", "rozghon")]
    [InlineData("Єнакієве", "yenakiieve")]
    [InlineData("Гаєвич", "haievych")]
    [InlineData("Короп'є", "koropie")]
    [InlineData("Житомир", "zhytomyr")]
    [InlineData("Закарпаття", "zakarpattia")]
    [InlineData("Медвин", "medvyn")]
    [InlineData("Іршава", "irshava")]
    [InlineData("Їжакевич", "yizhakevych")]
    [InlineData("Кадиївка", "kadyivka")]
    [InlineData("Йосипівка", "yosypivka")]
    [InlineData("Стрий", "stryi")]
    [InlineData("Олексій", "oleksii")]
    [InlineData("Київ", "kyiv")]
    [InlineData("Миколаїв", "mykolaiv")]
    [InlineData("Ніжин", "nizhyn")]
    [InlineData("Одеса", "odesa")]
    [InlineData("Ужгород", "uzhhorod")]
    [InlineData("Харків", "kharkiv")]
    [InlineData("Біла Церква", "bila-tserkva")]
    [InlineData("Чернівці", "chernivtsi")]
    [InlineData("Шостка", "shostka")]
    [InlineData("Гоща", "hoshcha")]
    [InlineData("Русь", "rus")]
    [InlineData("Юрій", "yurii")]
    [InlineData("Крюківка", "kriukivka")]
    [InlineData("Яготин", "yahotyn")]
    [InlineData("Ічня", "ichnia")]
    [InlineData("Знам'янка", "znamianka")]
    public void From_Kmu2010Examples_MatchTheOfficialTable(string ukrainian, string expected)
    {
        Assert.Equal(expected, Slug.From(ukrainian));
    }

    [Fact]
    public void From_WordInitialLettersAfterSpaceOrHyphen_UseWordInitialForm()
    {
        Assert.Equal("nova-yaruha-yenakiieve-yizhak", Slug.From("Нова Яруга-Єнакієве Їжак"));
    }

    [Fact]
    public void From_QuotedWord_StillUsesWordInitialForm()
    {
        Assert.Equal("yurii-yoi", Slug.From("'Юрій' ‘Йой’"));
    }

    [Theory]
    [InlineData("п'ять")]
    [InlineData("п’ять")]
    [InlineData("пʼять")]
    [InlineData("п‘ять")]
    [InlineData("п`ять")]
    public void From_AnyApostrophe_IsDroppedWithoutHyphen(string text)
    {
        Assert.Equal("piat", Slug.From(text));
    }

    [Fact]
    public void From_PunctuationAndSpaces_CollapseToSingleHyphensAndAreTrimmed()
    {
        Assert.Equal("novyny-2026", Slug.From("  «Новини» -- 2026!!! "));
    }

    [Fact]
    public void From_LatinAndDigits_KeptAndLowerCased()
    {
        Assert.Equal("code-club-2026", Slug.From("Code Club 2026"));
    }

    [Fact]
    public void From_OnlyPunctuation_IsEmptyAndNotValid()
    {
        var slug = Slug.From("«—»?!");

        Assert.Equal("", slug);
        Assert.False(Slug.IsValid(slug));
    }

    [Fact]
    public void From_LongSingleWord_CutAtMaxLength()
    {
        var slug = Slug.From(new string('a', 200));

        Assert.Equal(new string('a', Slug.MaxLength), slug);
    }

    [Fact]
    public void From_CutFallsOnHyphen_DropsTrailingHyphen()
    {
        var slug = Slug.From(new string('a', Slug.MaxLength - 1) + " bbbbbbbbbb");

        Assert.Equal(new string('a', Slug.MaxLength - 1), slug);
        Assert.True(Slug.IsValid(slug));
    }

    [Fact]
    public void From_TransliterationLongerThanText_CutAfterTransliterating()
    {
        var slug = Slug.From(new string('щ', 30));

        Assert.Equal(string.Concat(Enumerable.Repeat("shch", 20)), slug);
    }

    [Fact]
    public void From_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Slug.From(null!));
    }

    [Theory]
    [InlineData("pro-platformu")]
    [InlineData("a")]
    [InlineData("2026")]
    [InlineData("news-2026-01")]
    public void IsValid_LowerLatinDigitsAndSingleHyphens_True(string slug)
    {
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Pro-platformu")]
    [InlineData("pro--platformu")]
    [InlineData("-pro")]
    [InlineData("pro-")]
    [InlineData("pro platformu")]
    [InlineData("pro_platformu")]
    [InlineData("про-платформу")]
    [InlineData("pro/platformu")]
    [InlineData("pro-platformu\n")]
    public void IsValid_AnythingElse_False(string? slug)
    {
        Assert.False(Slug.IsValid(slug));
    }

    [Fact]
    public void IsValid_MaxLength_TrueAndOneMore_False()
    {
        Assert.True(Slug.IsValid(new string('a', Slug.MaxLength)));
        Assert.False(Slug.IsValid(new string('a', Slug.MaxLength + 1)));
    }
}
