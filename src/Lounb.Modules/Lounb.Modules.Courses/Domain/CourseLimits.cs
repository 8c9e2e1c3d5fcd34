using Lounb.Modules.Core.Text;

namespace Lounb.Modules.Courses.Domain;

/// <summary>
/// Each limit of the Courses module once: the column (<c>HasMaxLength</c>), the form's attribute, the rule and the
/// message all read it from here.
/// </summary>
internal static class CourseLimits
{
    /// <summary>Titles of courses, sections, lessons and runs.</summary>
    public const int TitleLength = 200;

    public const int SlugLength = Slug.MaxLength;

    /// <summary>A copy's address is its original's plus "-kopiia-N": room is left for the counter.</summary>
    public const int CopySlugBaseLength = SlugLength - 10;

    public const int SummaryLength = 1000;

    /// <summary>The comma-separated topics together.</summary>
    public const int TopicsLength = 300;

    /// <summary>A lesson's Markdown text.</summary>
    public const int BodyLength = 200_000;

    public const int UrlLength = 1000;

    public const int MinHours = 0;

    public const int MaxHours = 500;

    public const int MinCapacity = 1;

    public const int MaxCapacity = 10_000;

    public const int MinInviteCodeLength = 4;

    public const int InviteCodeLength = 40;

    /// <summary>A stored file's key, an uploaded file's kept name, and another module's reference.</summary>
    public const int FileKeyLength = 200;

    public const int FileNameLength = 200;

    public const int ExtensionRefLength = 200;
}
