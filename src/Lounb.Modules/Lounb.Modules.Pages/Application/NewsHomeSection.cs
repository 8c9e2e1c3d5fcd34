using System.Security.Claims;
using Lounb.Modules.Core.Modules;

namespace Lounb.Modules.Pages.Application;

/// <summary>The latest published announcements on the public home page.</summary>
internal sealed class NewsHomeSection(PageService pages) : IPageSection
{
    public PageSlot Slot => PageSlot.Home;

    public int Order => 50;

    public string PartialViewName => "~/Areas/Pages/Views/Shared/_NewsSection.cshtml";

    public async Task<object?> LoadModelAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var news = await pages.LatestAnnouncementsAsync(5, ct);
        return news.Count == 0 ? null : news;
    }
}
