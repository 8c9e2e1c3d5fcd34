using System.Text;
using Lounb.Modules.Core.Web;
using Microsoft.Extensions.Primitives;

namespace Lounb.Modules.Core.Tests.Web;

public sealed class ContentETagTests
{
    private static string Page(string token, string text = "Урок 1") =>
        $"<h1>{text}</h1><form method=\"post\" action=\"/learn/x/complete\"><button>Готово</button><input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"{token}\"></form>";

    private static string ETagOf(string html) => ContentETag.Of(Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Of_SamePageWithAnotherAntiforgeryToken_SameETag() =>
        Assert.Equal(ETagOf(Page("CfDJ8AAA-first")), ETagOf(Page("CfDJ8BBB-second")));

    [Fact]
    public void Of_ChangedText_AnotherETag() =>
        Assert.NotEqual(ETagOf(Page("CfDJ8AAA", "Урок 1")), ETagOf(Page("CfDJ8AAA", "Урок 1 ✓")));

    [Fact]
    public void Of_IsSha256OfThePageWithTheTokensValuesLeftOut_AsBefore()
    {
        // Pages with two forms (two tokens) and a token value at the very end. The expected value is SHA-256 of the
        // text without the values, so ETags that browsers and the offline worker hold stay valid across the change.
        var twoForms = Page("CfDJ8AAA-first") + Page("CfDJ8BBB-second", "Урок 2");
        var withoutValues = Page("") + Page("", "Урок 2");
        Assert.Equal(Expected(withoutValues), ETagOf(twoForms));

        const string Unterminated = "<p>Тест</p><input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"CfDJ8-cut";
        Assert.Equal(Expected("<p>Тест</p><input name=\"__RequestVerificationToken\" type=\"hidden\" value=\""), ETagOf(Unterminated));
        Assert.Equal(Expected("<p>Без форми</p>"), ETagOf("<p>Без форми</p>"));

        static string Expected(string text) =>
            $"\"{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 18)}\"";
    }

    [Fact]
    public void Of_IsAQuotedStrongETag() =>
        Assert.Matches("^\"[A-Za-z0-9+/]{24}\"$", ETagOf(Page("t")));

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"zzz\", \"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"abd\"", false)]
    [InlineData("", false)]
    public void Matches_IfNoneMatchList(string header, bool expected) =>
        Assert.Equal(expected, ContentETag.Matches(new StringValues(header), "\"abc\""));
}
