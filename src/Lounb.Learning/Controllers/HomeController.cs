using Lounb.Learning.Organisation;
using Lounb.Learning.People;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Learning.Controllers;

internal sealed record PageSectionView(string PartialViewName, object Model);

internal sealed record DashboardView(string FullName, string? Email, IReadOnlyList<HeldRoleView> Roles, string? OblastName, string? LibraryName, bool TwoFactorEnabled, IReadOnlyList<PageSectionView> Sections, IReadOnlyList<MenuEntry> StaffLinks);

internal sealed record HeldRoleView(string Role, string? ScopeName);

/// <summary>The public home page and the personal dashboard; both show the sections modules contribute.</summary>
internal sealed class HomeController(IEnumerable<IPageSection> sections, UserDirectory directory, OrganisationService organisation, MenuService menu) : Controller
{
    [AllowAnonymous]
    [PublicPageCache]
    [OfferedInEnglish]
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await LoadSectionsAsync(PageSlot.Home, ct));

    [HttpGet("/dashboard")]
    public async Task<IActionResult> Dashboard(CancellationToken ct)
    {
        var id = User.UserId();
        var me = await directory.FindSelfAsync(id, ct);
        if (me is null)
        {
            return NotFound();
        }

        var oblasts = (await organisation.OblastOptionsAsync(ct)).ToDictionary(o => o.Value, o => o.Text);
        var roles = me.Row.Roles.Select(r => new HeldRoleView(
            Modules.Core.Security.Roles.DisplayName(r.Role),
            r.ScopeOblastCode is null ? null : oblasts.GetValueOrDefault(r.ScopeOblastCode, r.ScopeOblastCode))).ToList();
        return View(new DashboardView(me.Row.FullName, me.Row.Email, roles, me.Row.OblastName, me.Row.LibraryName, me.TwoFactorEnabled,
            await LoadSectionsAsync(PageSlot.Dashboard, ct), menu.Visible(User, MenuSection.Staff)));
    }

    private async Task<IReadOnlyList<PageSectionView>> LoadSectionsAsync(PageSlot slot, CancellationToken ct)
    {
        var views = new List<PageSectionView>();
        foreach (var section in sections.Where(s => s.Slot == slot).OrderBy(s => s.Order))
        {
            if (await section.LoadModelAsync(User, ct) is { } model)
            {
                views.Add(new PageSectionView(section.PartialViewName, model));
            }
        }

        return views;
    }
}
