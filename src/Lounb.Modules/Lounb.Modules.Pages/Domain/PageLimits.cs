using Lounb.Modules.Core.Text;

namespace Lounb.Modules.Pages.Domain;

/// <summary>The lengths a page allows: the columns (PageConfiguration), the checks (PageService) and the messages (PageErrors) read them here.</summary>
internal static class PageLimits
{
    public const int TitleLength = 200;

    public const int SummaryLength = 500;

    public const int BodyLength = 100_000;

    /// <summary>The address is a Core slug; its length is the slug's.</summary>
    public const int SlugLength = Slug.MaxLength;
}
