using Lounb.Learning.Web;

namespace Lounb.Learning.UnitTests.Web;

public sealed class ReturnUrlsTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/courses/digital-literacy")]
    [InlineData("/attempts/5?page=2#q3")]
    [InlineData("/pages/%D0%BF%D1%80%D0%BE")]
    public void LocalOrDefault_AsciiLocalPath_Kept(string url)
    {
        Assert.Equal(url, ReturnUrls.LocalOrDefault(url));
    }

    [Theory]
    [InlineData("/。/x")]
    [InlineData("/é")]
    [InlineData("/курси")]
    [InlineData("/a b")]
    [InlineData("/a\r\nSet-Cookie: x=1")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/a\\..\\\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("dashboard")]
    [InlineData("")]
    [InlineData(null)]
    public void LocalOrDefault_NonAsciiForeignOrMalformed_FallsBackToTheDashboard(string? url)
    {
        Assert.Equal("/dashboard", ReturnUrls.LocalOrDefault(url));
    }
}
