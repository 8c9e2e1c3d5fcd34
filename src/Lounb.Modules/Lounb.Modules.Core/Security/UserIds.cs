using System.Security.Claims;

namespace Lounb.Modules.Core.Security;

/// <summary>The signed-in person's id and name, as every controller, endpoint and hub reads them.</summary>
public static class UserIds
{
    /// <summary>The name others see (chat, video rooms): the full name, else the user name (the e-mail), else «Учасник».</summary>
    public static string DisplayName(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.FindFirstValue(LounbClaimTypes.FullName);
        return !string.IsNullOrWhiteSpace(name) ? name.Trim()
            : !string.IsNullOrWhiteSpace(user.Identity?.Name) ? user.Identity.Name
            : "Учасник";
    }

    /// <summary>The id of a signed-in person (the name identifier claim); only for endpoints that require sign-in.</summary>
    public static Guid UserId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
    }
}
