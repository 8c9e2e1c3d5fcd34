using System.Security.Claims;
using Lounb.Learning.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Learning.UnitTests.Identity;

public sealed class SignInCookieCheckTests
{
    private static readonly DateTimeOffset SignedIn = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Stands for Identity's validator (which builds SignInManager and UserManager): counts the re-reads.</summary>
    private sealed class CountingValidator : ISecurityStampValidator
    {
        public int Calls { get; private set; }

        public Task ValidateAsync(CookieValidatePrincipalContext context)
        {
            Calls++;
            context.RejectPrincipal();
            return Task.CompletedTask;
        }
    }

    private static (CookieValidatePrincipalContext Context, CountingValidator Validator) CookieAt(TimeSpan age, bool withIssueTime = true)
    {
        var time = new FakeTimeProvider(SignedIn + age);
        var validator = new CountingValidator();
        var services = new ServiceCollection()
            .Configure<SecurityStampValidatorOptions>(o =>
            {
                o.ValidationInterval = TimeSpan.FromMinutes(1);
                o.TimeProvider = time;
            })
            .AddSingleton<ISecurityStampValidator>(validator)
            .BuildServiceProvider();
        var properties = new AuthenticationProperties { IssuedUtc = withIssueTime ? SignedIn : null };
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString())], IdentityConstants.ApplicationScheme));
        var scheme = new AuthenticationScheme(IdentityConstants.ApplicationScheme, null, typeof(CookieAuthenticationHandler));
        var context = new CookieValidatePrincipalContext(new DefaultHttpContext { RequestServices = services }, scheme, new CookieAuthenticationOptions(),
            new AuthenticationTicket(principal, properties, IdentityConstants.ApplicationScheme));
        return (context, validator);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    [InlineData(60)]
    public async Task ACookieWithinTheInterval_IsKept_WithoutBuildingTheValidator(int seconds)
    {
        var (context, validator) = CookieAt(TimeSpan.FromSeconds(seconds));

        await SignInCookieCheck.ValidatePrincipalAsync(context);

        Assert.Equal(0, validator.Calls);
        Assert.NotNull(context.Principal);
    }

    [Fact]
    public async Task ACookieOlderThanTheInterval_IsReReadByIdentitysValidator_WhichMayRejectIt()
    {
        var (context, validator) = CookieAt(TimeSpan.FromSeconds(61));

        await SignInCookieCheck.ValidatePrincipalAsync(context);

        Assert.Equal(1, validator.Calls);
        Assert.Null(context.Principal);
    }

    [Fact]
    public async Task ACookieWithoutAnIssueTime_IsReRead()
    {
        var (context, validator) = CookieAt(TimeSpan.Zero, withIssueTime: false);

        await SignInCookieCheck.ValidatePrincipalAsync(context);

        Assert.Equal(1, validator.Calls);
    }
}
