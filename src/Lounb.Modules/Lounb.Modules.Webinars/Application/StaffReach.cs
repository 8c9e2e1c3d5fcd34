using System.Security.Claims;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Webinars.Application;

/// <summary>The oblasts whose events a person plans or moderates (both permissions together): the staff list, the lesson picker.</summary>
internal sealed record StaffReach(bool IsNational, IReadOnlyList<string> OblastCodes)
{
    public static StaffReach Of(ClaimsPrincipal user)
    {
        var manage = AccessScope.Of(user, WebinarsPermissions.Manage);
        var moderate = AccessScope.Of(user, WebinarsPermissions.Moderate);
        return new StaffReach(manage.IsNational || moderate.IsNational, manage.OblastCodes.Concat(moderate.OblastCodes).Distinct().ToList());
    }

    /// <summary>True when events of <paramref name="oblastCode"/> are within reach (a national event only for national staff).</summary>
    public bool Covers(string? oblastCode) => IsNational || (oblastCode is not null && OblastCodes.Contains(oblastCode));
}
