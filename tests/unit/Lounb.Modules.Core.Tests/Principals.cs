using System.Security.Claims;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Core.Tests;

internal static class Principals
{
    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    /// <summary>A signed-in person with the given "Permission@Scope" grant claims.</summary>
    public static ClaimsPrincipal SignedInWith(params string[] grants) =>
        new(new ClaimsIdentity(grants.Select(g => new Claim(LounbClaimTypes.Grant, g)), authenticationType: "Test"));
}
