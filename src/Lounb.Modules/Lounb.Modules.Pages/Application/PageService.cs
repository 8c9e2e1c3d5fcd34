using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Pages.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Pages.Application;

internal sealed record PageInput(PageKind Kind, string? Title, string? Slug, string? Summary, string? BodyMarkdown);

internal sealed record PageListItem(Guid Id, PageKind Kind, string Slug, string Title, PageStatus Status, DateTime UpdatedAt, DateTime? PublishedAt);

internal sealed record PublishedPage(string Slug, string Title, string Summary, string BodyHtml, PageKind Kind, DateTime? PublishedAt, DateTime UpdatedAt);

/// <summary>Authoring and reading of pages and announcements.</summary>
internal sealed class PageService(LounbDbContext db, MarkdownRenderer markdown, TimeProvider time)
{
    public async Task<IReadOnlyList<PageListItem>> ListAsync(PageKind? kind, CancellationToken ct) =>
        await db.Set<Page>().AsNoTracking()
            .Where(p => kind == null || p.Kind == kind)
            .OrderBy(p => p.Kind).ThenByDescending(p => p.UpdatedAt)
            .Select(p => new PageListItem(p.Id, p.Kind, p.Slug, p.Title, p.Status, p.UpdatedAt, p.PublishedAt))
            .ToListAsync(ct);

    public Task<Page?> FindAsync(Guid id, CancellationToken ct) =>
        db.Set<Page>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<PublishedPage?> FindPublishedAsync(string slug, CancellationToken ct) =>
        db.Set<Page>().AsNoTracking()
            .Where(p => p.Slug == slug && p.Status == PageStatus.Published)
            .Select(p => new PublishedPage(p.Slug, p.Title, p.Summary, p.BodyHtml, p.Kind, p.PublishedAt, p.UpdatedAt))
            .FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<PublishedPage>> LatestAnnouncementsAsync(int count, CancellationToken ct) =>
        await db.Set<Page>().AsNoTracking()
            .Where(p => p.Kind == PageKind.Announcement && p.Status == PageStatus.Published)
            .OrderByDescending(p => p.PublishedAt)
            .Take(count)
            .Select(p => new PublishedPage(p.Slug, p.Title, p.Summary, "", p.Kind, p.PublishedAt, p.UpdatedAt))
            .ToListAsync(ct);

    public async Task<Result<Guid>> CreateAsync(PageInput input, Guid? authorId, bool publish, CancellationToken ct)
    {
        if (!(await ValidateAsync(input, null, ct)).Succeeded(out var valid, out var error))
        {
            return error;
        }

        var (title, slug, summary, body) = valid;
        var now = time.GetUtcNow().UtcDateTime;
        var page = new Page(input.Kind, slug, title, summary, body, markdown.ToSafeHtml(body), now, authorId);
        if (publish)
        {
            page.Publish(now);
        }

        db.Add(page);
        await db.SaveChangesAsync(ct);
        return page.Id;
    }

    public async Task<Result> UpdateAsync(Guid id, PageInput input, CancellationToken ct)
    {
        var page = await db.Set<Page>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (page is null)
        {
            return PageErrors.NotFound;
        }

        if (!(await ValidateAsync(input, id, ct)).Succeeded(out var valid, out var error))
        {
            return error;
        }

        var (title, slug, summary, body) = valid;
        page.Edit(slug, title, summary, body, markdown.ToSafeHtml(body), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> SetPublishedAsync(Guid id, bool published, CancellationToken ct)
    {
        var page = await db.Set<Page>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (page is null)
        {
            return PageErrors.NotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (published)
        {
            page.Publish(now);
        }
        else
        {
            page.Unpublish(now);
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> DeleteAsync(Guid id, CancellationToken ct)
    {
        var deleted = await db.Set<Page>().Where(p => p.Id == id).ExecuteDeleteAsync(ct);
        return deleted == 0 ? PageErrors.NotFound : Result.Success();
    }

    public Task<bool> SlugExistsAsync(string slug, CancellationToken ct) =>
        db.Set<Page>().AnyAsync(p => p.Slug == slug, ct);

    private async Task<Result<(string Title, string Slug, string Summary, string Body)>> ValidateAsync(PageInput input, Guid? existingId, CancellationToken ct)
    {
        var title = input.Title?.Trim() ?? "";
        var summary = input.Summary?.Trim() ?? "";
        var body = input.BodyMarkdown ?? "";
        if (title.Length == 0)
        {
            return PageErrors.TitleRequired;
        }

        if (title.Length > PageLimits.TitleLength)
        {
            return PageErrors.TitleTooLong;
        }

        if (summary.Length > PageLimits.SummaryLength)
        {
            return PageErrors.SummaryTooLong;
        }

        if (body.Length > PageLimits.BodyLength)
        {
            return PageErrors.BodyTooLong;
        }

        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slug.From(title) : input.Slug.Trim();
        if (!Slug.IsValid(slug))
        {
            return PageErrors.SlugInvalid;
        }

        if (await db.Set<Page>().AnyAsync(p => p.Slug == slug && p.Id != existingId, ct))
        {
            return PageErrors.SlugTaken;
        }

        return (title, slug, summary, body);
    }
}
