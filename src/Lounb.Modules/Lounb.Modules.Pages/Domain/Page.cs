namespace Lounb.Modules.Pages.Domain;

internal enum PageKind
{
    /// <summary>A standing page such as "Про платформу" or "Контакти".</summary>
    Page,

    /// <summary>A dated announcement shown in the news list on the home page.</summary>
    Announcement,
}

internal enum PageStatus
{
    Draft,
    Published,
}

/// <summary>A page or announcement written in Markdown; the sanitised HTML is kept beside it so reading costs nothing.</summary>
internal sealed class Page
{
    public Page(PageKind kind, string slug, string title, string summary, string bodyMarkdown, string bodyHtml, DateTime now, Guid? authorId)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        Slug = slug;
        Title = title;
        Summary = summary;
        BodyMarkdown = bodyMarkdown;
        BodyHtml = bodyHtml;
        CreatedAt = now;
        UpdatedAt = now;
        AuthorId = authorId;
        Status = PageStatus.Draft;
    }

    /// <summary>For EF Core materialisation.</summary>
    private Page()
    {
        Slug = Title = Summary = BodyMarkdown = BodyHtml = "";
    }

    public Guid Id { get; private set; }

    public PageKind Kind { get; private set; }

    public string Slug { get; private set; }

    public string Title { get; private set; }

    public string Summary { get; private set; }

    public string BodyMarkdown { get; private set; }

    public string BodyHtml { get; private set; }

    public PageStatus Status { get; private set; }

    /// <summary>First publication; announcements are listed by it.</summary>
    public DateTime? PublishedAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public Guid? AuthorId { get; private set; }

    public void Edit(string slug, string title, string summary, string bodyMarkdown, string bodyHtml, DateTime now)
    {
        Slug = slug;
        Title = title;
        Summary = summary;
        BodyMarkdown = bodyMarkdown;
        BodyHtml = bodyHtml;
        UpdatedAt = now;
    }

    public void Publish(DateTime now)
    {
        Status = PageStatus.Published;
        PublishedAt ??= now;
        UpdatedAt = now;
    }

    public void Unpublish(DateTime now)
    {
        Status = PageStatus.Draft;
        UpdatedAt = now;
    }
}
