using Lounb.Modules.Core.Web;

namespace Lounb.Modules.Core.Tests.Web;

public sealed class PolicyHeaderTests
{
    private const string Csp = "default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; frame-src https://www.youtube-nocookie.com";

    [Fact]
    public void ContentSecurityPolicy_NoAdditions_WrittenBackAsItWas() =>
        Assert.Equal(Csp, PolicyHeader.ContentSecurityPolicy(Csp).With(new SecurityPolicyAdditions().Sources).ToString());

    [Fact]
    public void ContentSecurityPolicy_Additions_AppendedToTheirDirectivesOnce()
    {
        var additions = new SecurityPolicyAdditions()
            .AllowSource("connect-src", "wss://video.example.org")
            .AllowSource("connect-src", "wss://video.example.org")
            .AllowSource("frame-src", "https://meet.example.org");

        var header = PolicyHeader.ContentSecurityPolicy(Csp).With(additions.Sources).ToString();

        Assert.Equal("default-src 'self'; script-src 'self'; connect-src 'self' wss://video.example.org; object-src 'none'; " +
            "frame-src https://www.youtube-nocookie.com https://meet.example.org", header);
    }

    [Fact]
    public void ContentSecurityPolicy_NewDirective_StartsFromDefaultSrc()
    {
        var additions = new SecurityPolicyAdditions().AllowSource("media-src", "https://cdn.example.org");

        Assert.EndsWith("; media-src 'self' https://cdn.example.org", PolicyHeader.ContentSecurityPolicy(Csp).With(additions.Sources).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ContentSecurityPolicy_AdditionToNone_ReplacesNone()
    {
        var additions = new SecurityPolicyAdditions().AllowSource("object-src", "https://example.org");

        Assert.Contains("object-src https://example.org;", PolicyHeader.ContentSecurityPolicy(Csp).With(additions.Sources).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PermissionsPolicy_FeatureAllowedForSelfAndAnOrigin()
    {
        var additions = new SecurityPolicyAdditions().AllowFeature("camera", "self").AllowFeature("microphone", "https://meet.example.org");

        Assert.Equal("camera=(self), microphone=(\"https://meet.example.org\"), geolocation=()",
            PolicyHeader.PermissionsPolicy("camera=(), microphone=(), geolocation=()").With(additions.Features).ToString());
    }

    [Theory]
    [InlineData("connect-src", "https://a.example.org; script-src *")]
    [InlineData("connect-src", "'unsafe-inline'")]
    [InlineData("connect-src", "https://a.example.org https://b.example.org")]
    [InlineData("connect-src", "")]
    [InlineData("Connect-Src", "https://a.example.org")]
    [InlineData("connect-src; script-src", "https://a.example.org")]
    public void AllowSource_ThatCouldBreakOutOfTheDirective_Throws(string directive, string source) =>
        Assert.Throws<ArgumentException>(() => new SecurityPolicyAdditions().AllowSource(directive, source));

    [Fact]
    public void AllowFeature_OriginWithAQuote_Throws() =>
        Assert.Throws<ArgumentException>(() => new SecurityPolicyAdditions().AllowFeature("camera", "https://a.example.org\" *"));
}
