using System.Security.Claims;
using Lounb.Learning.Areas.Admin.ViewModels;
using Lounb.Learning.Organisation;
using Lounb.Learning.Platform;
using Lounb.Modules.Core.Security;

namespace Lounb.Learning.People;

/// <summary>What the staff area's people pages show: the search with its filter lists, and one person with what the viewer may do.</summary>
internal sealed class UserAdminPages(UserDirectory directory, OrganisationService organisation)
{
    /// <summary>Fills <paramref name="search"/> with the page of people it finds and the oblasts and libraries the viewer may filter by.</summary>
    public async Task<UserSearchView> SearchAsync(ClaimsPrincipal viewer, UserSearchView search, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var scope = AccessScope.Of(viewer, PlatformPermissions.UsersView);
        search.Results = await directory.SearchAsync(viewer, new UserFilter(search.Q, search.Oblast, search.Library, search.Role, page), ct);
        search.Oblasts = (await organisation.OblastOptionsAsync(ct)).Where(o => scope.Allows(o.Value)).ToList();
        search.Libraries = await organisation.LibraryOptionsAsync(scope, search.Oblast, ct);
        return search;
    }

    /// <summary>The person's page; null when the person is not within the viewer's scope (they do not exist for them).</summary>
    public async Task<UserDetailsView?> DetailsAsync(ClaimsPrincipal viewer, Guid id, CancellationToken ct)
    {
        var details = await directory.FindAsync(viewer, id, ct);
        if (details is null)
        {
            return null;
        }

        var actor = StaffRoleService.ActorOf(viewer);
        var manageScope = actor.ManageScope;
        return new UserDetailsView
        {
            Details = details,
            CanManage = !manageScope.IsNone && RoleAssignmentRules.CanManage(actor, details.Row.OblastCode, details.Row.Roles).IsSuccess,
            CanGrantNational = manageScope.IsNational,
            Oblasts = (await organisation.OblastOptionsAsync(ct)).Where(o => manageScope.Allows(o.Value)).ToList(),
        };
    }
}
