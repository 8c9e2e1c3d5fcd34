using System.Security.Claims;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Courses.Application;

/// <summary>"Моє навчання" on the personal dashboard.</summary>
internal sealed class MyLearningSection(LearningService learning) : IPageSection
{
    public PageSlot Slot => PageSlot.Dashboard;

    public int Order => 10;

    public string PartialViewName => "~/Areas/Courses/Views/Shared/_MyLearningSection.cshtml";

    public async Task<object?> LoadModelAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.UserId();
        return await learning.MyCoursesAsync(id, ct);
    }
}

/// <summary>A few open courses on the public home page.</summary>
internal sealed class CatalogHomeSection(CatalogService catalog) : IPageSection
{
    public PageSlot Slot => PageSlot.Home;

    public int Order => 10;

    public string PartialViewName => "~/Areas/Courses/Views/Shared/_CatalogHomeSection.cshtml";

    public async Task<object?> LoadModelAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var page = await catalog.SearchAsync(new CatalogFilter(null, null, null, null, OpenOnly: true, Page: 1), ct);
        return page.Items.Count == 0 ? null : page.Items.Take(6).ToList();
    }
}
