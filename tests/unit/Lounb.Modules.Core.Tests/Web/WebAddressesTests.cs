using Lounb.Modules.Core.Web;

namespace Lounb.Modules.Core.Tests.Web;

public class WebAddressesTests
{
    [Theory]
    [InlineData("https://meet.example.org/abc", true)]
    [InlineData("http://zoom.us/j/123", true)]
    [InlineData("ftp://files.example.org/a", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("/webinars/1", false)]
    [InlineData("meet.example.org", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsHttp_AcceptsOnlyAbsoluteHttpAddresses(string? url, bool expected) =>
        Assert.Equal(expected, WebAddresses.IsHttp(url));
}
