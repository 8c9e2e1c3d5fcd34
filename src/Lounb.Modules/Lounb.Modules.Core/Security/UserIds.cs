using System.Security.Claims;

namespace Lounb.Modules.Core.Security;

/// <summary>The signed-in person's id, as every controller and endpoint reads it.</summary>
public static class UserIds
{
    /// <summary>The id of a signed-in person (the name identifier claim); only for endpoints that require sign-in.</summary>
    public static Guid UserId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
    }
}
