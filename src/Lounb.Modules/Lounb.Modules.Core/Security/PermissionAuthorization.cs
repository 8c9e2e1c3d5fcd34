using Microsoft.AspNetCore.Authorization;

namespace Lounb.Modules.Core.Security;

/// <summary>Met when the user holds the permission in any scope; the scope itself is checked where the data is.</summary>
public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    public string Permission { get; } = permission;
}

public sealed class PermissionAuthorizationHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (!AccessScope.Of(context.User, requirement.Permission).IsNone)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
