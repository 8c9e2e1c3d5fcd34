using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Pages.Application;
using Lounb.Modules.Pages.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Modules.Pages.Tests;

public sealed class PageServiceTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    private readonly PagesDatabase _database = new();
    private readonly LounbDbContext _db;
    private readonly FakeTimeProvider _time = new(Start);
    private readonly PageService _pages;
    private readonly CancellationToken _ct = CancellationToken.None;

    public PageServiceTests()
    {
        _db = _database.NewContext();
        _pages = new PageService(_db, new MarkdownRenderer(), _time);
    }

    public void Dispose()
    {
        _db.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task CreateAsync_NoSlug_DerivesSlugFromTitle()
    {
        var created = await _pages.CreateAsync(Input(title: "Про платформу", slug: null), null, publish: false, _ct);

        Assert.True(created.IsSuccess);
        Assert.Equal("pro-platformu", (await StoredAsync(created.Value)).Slug);
    }

    [Fact]
    public async Task CreateAsync_BlankSlug_DerivesSlugFromTitle()
    {
        var created = await _pages.CreateAsync(Input(title: "Йой: бадьора українська", slug: "   "), null, publish: false, _ct);

        Assert.Equal("yoi-badora-ukrainska", (await StoredAsync(created.Value)).Slug);
    }

    [Fact]
    public async Task CreateAsync_SlugGiven_KeptTrimmed()
    {
        var created = await _pages.CreateAsync(Input(title: "Контакти", slug: "  contacts  "), null, publish: false, _ct);

        Assert.Equal("contacts", (await StoredAsync(created.Value)).Slug);
    }

    [Theory]
    [InlineData("Pro-platformu")]
    [InlineData("про-платформу")]
    [InlineData("pro platformu")]
    [InlineData("pro--platformu")]
    [InlineData("pro_platformu")]
    [InlineData("-pro")]
    public async Task CreateAsync_InvalidSlug_FailsWithUkrainianMessageAndSavesNothing(string slug)
    {
        var created = await _pages.CreateAsync(Input(slug: slug), null, publish: false, _ct);

        Assert.Equal(PageErrors.SlugInvalid, created.Error);
        Assert.Equal("Pages:SlugInvalid", created.Error!.Code);
        Assert.Equal(
            "Адреса сторінки може містити лише латинські малі літери, цифри й дефіси (наприклад, pro-platformu).",
            created.Error.Message);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task CreateAsync_SlugLongerThanMax_SlugInvalid()
    {
        var created = await _pages.CreateAsync(Input(slug: new string('a', Slug.MaxLength + 1)), null, publish: false, _ct);

        Assert.Equal(PageErrors.SlugInvalid, created.Error);
    }

    [Fact]
    public async Task CreateAsync_TitleGivesNoSlugAndNoSlugGiven_SlugInvalid()
    {
        var created = await _pages.CreateAsync(Input(title: "«—»", slug: null), null, publish: false, _ct);

        Assert.Equal(PageErrors.SlugInvalid, created.Error);
    }

    [Fact]
    public async Task CreateAsync_SlugTaken_ConflictWithUkrainianMessage()
    {
        await _pages.CreateAsync(Input(title: "Про платформу", slug: "about"), null, publish: true, _ct);

        var second = await _pages.CreateAsync(Input(title: "Інша сторінка", slug: "about"), null, publish: false, _ct);

        Assert.Equal(PageErrors.SlugTaken, second.Error);
        Assert.Equal("Pages:SlugTaken", second.Error!.Code);
        Assert.Equal("Сторінка з такою адресою вже є. Оберіть іншу адресу.", second.Error.Message);
        Assert.Equal(1, await CountAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task CreateAsync_NoTitle_TitleRequired(string? title)
    {
        var created = await _pages.CreateAsync(Input(title: title, slug: "about"), null, publish: false, _ct);

        Assert.Equal(PageErrors.TitleRequired, created.Error);
        Assert.Equal("Вкажіть заголовок.", created.Error!.Message);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task CreateAsync_TitleOverMaxLength_TitleTooLong()
    {
        var created = await _pages.CreateAsync(Input(title: new string('т', PageLimits.TitleLength + 1)), null, publish: false, _ct);

        Assert.Equal(PageErrors.TitleTooLong, created.Error);
        Assert.Equal("Заголовок задовгий: не більше 200 символів.", created.Error!.Message);
    }

    [Fact]
    public async Task CreateAsync_TitleAtMaxLengthAfterTrimming_Succeeds()
    {
        var title = new string('т', PageLimits.TitleLength);

        var created = await _pages.CreateAsync(Input(title: $"  {title}  ", slug: "long-title"), null, publish: false, _ct);

        Assert.Equal(title, (await StoredAsync(created.Value)).Title);
    }

    [Fact]
    public async Task CreateAsync_BodyOverMaxLength_BodyTooLong()
    {
        var created = await _pages.CreateAsync(Input(body: new string('x', PageLimits.BodyLength + 1)), null, publish: false, _ct);

        Assert.Equal(PageErrors.BodyTooLong, created.Error);
        Assert.Equal("Текст задовгий: не більше 100 000 символів.", created.Error!.Message);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task CreateAsync_BodyAtMaxLength_Succeeds()
    {
        var created = await _pages.CreateAsync(Input(body: new string('x', PageLimits.BodyLength)), null, publish: false, _ct);

        Assert.True(created.IsSuccess);
    }

    [Fact]
    public async Task CreateAsync_SummaryOverMaxLength_SummaryTooLong()
    {
        var created = await _pages.CreateAsync(Input(summary: new string('s', PageLimits.SummaryLength + 1)), null, publish: false, _ct);

        Assert.Equal(PageErrors.SummaryTooLong, created.Error);
    }

    [Fact]
    public async Task CreateAsync_Draft_HasNoPublicationDate()
    {
        var created = await _pages.CreateAsync(Input(), null, publish: false, _ct);

        var page = await StoredAsync(created.Value);
        Assert.Equal(PageStatus.Draft, page.Status);
        Assert.Null(page.PublishedAt);
        Assert.Equal(Start.UtcDateTime, page.CreatedAt);
    }

    [Fact]
    public async Task CreateAsync_Publish_SetsPublishedAtToNowInUtc()
    {
        var created = await _pages.CreateAsync(Input(), null, publish: true, _ct);

        var page = await StoredAsync(created.Value);
        Assert.Equal(PageStatus.Published, page.Status);
        Assert.Equal(Start.UtcDateTime, page.PublishedAt);
        Assert.Equal(DateTimeKind.Utc, page.PublishedAt!.Value.Kind);
    }

    [Fact]
    public async Task SetPublishedAsync_DraftPublishedLater_PublishedAtIsPublicationTime()
    {
        var created = await _pages.CreateAsync(Input(), null, publish: false, _ct);
        _time.Advance(TimeSpan.FromHours(3));

        await _pages.SetPublishedAsync(created.Value, true, _ct);

        Assert.Equal(Start.AddHours(3).UtcDateTime, (await StoredAsync(created.Value)).PublishedAt);
    }

    [Fact]
    public async Task SetPublishedAsync_UnpublishThenPublishAgain_KeepsFirstPublicationDate()
    {
        var created = await _pages.CreateAsync(Input(), null, publish: true, _ct);
        _time.Advance(TimeSpan.FromHours(1));
        await _pages.SetPublishedAsync(created.Value, false, _ct);
        var unpublished = await StoredAsync(created.Value);
        _time.Advance(TimeSpan.FromDays(2));

        var republished = await _pages.SetPublishedAsync(created.Value, true, _ct);

        var page = await StoredAsync(created.Value);
        Assert.True(republished.IsSuccess);
        Assert.Equal(PageStatus.Draft, unpublished.Status);
        Assert.Equal(Start.UtcDateTime, unpublished.PublishedAt);
        Assert.Equal(PageStatus.Published, page.Status);
        Assert.Equal(Start.UtcDateTime, page.PublishedAt);
        Assert.Equal(Start.AddHours(1).AddDays(2).UtcDateTime, page.UpdatedAt);
    }

    [Fact]
    public async Task SetPublishedAsync_UnknownPage_NotFound()
    {
        var result = await _pages.SetPublishedAsync(Guid.CreateVersion7(), true, _ct);

        Assert.Equal(PageErrors.NotFound, result.Error);
    }

    [Fact]
    public async Task FindPublishedAsync_Draft_ReturnsNull()
    {
        await _pages.CreateAsync(Input(slug: "draft"), null, publish: false, _ct);

        Assert.Null(await _pages.FindPublishedAsync("draft", _ct));
    }

    [Fact]
    public async Task FindPublishedAsync_Published_ReturnsPageWithHtml()
    {
        await _pages.CreateAsync(Input(title: "Допомога", slug: "help", body: "## Як почати"), null, publish: true, _ct);

        var page = await _pages.FindPublishedAsync("help", _ct);

        Assert.NotNull(page);
        Assert.Equal("Допомога", page.Title);
        Assert.Contains(">Як почати</h2>", page.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(Start.UtcDateTime, page.PublishedAt);
    }

    [Fact]
    public async Task FindPublishedAsync_Unpublished_ReturnsNull()
    {
        var created = await _pages.CreateAsync(Input(slug: "faq"), null, publish: true, _ct);
        await _pages.SetPublishedAsync(created.Value, false, _ct);

        Assert.Null(await _pages.FindPublishedAsync("faq", _ct));
    }

    [Fact]
    public async Task FindPublishedAsync_UnknownSlug_ReturnsNull()
    {
        await _pages.CreateAsync(Input(slug: "help"), null, publish: true, _ct);

        Assert.Null(await _pages.FindPublishedAsync("hel", _ct));
    }

    [Fact]
    public async Task LatestAnnouncementsAsync_Mixed_PublishedAnnouncementsNewestPublicationFirst()
    {
        var first = await _pages.CreateAsync(Input(PageKind.Announcement, slug: "first-written"), null, publish: false, _ct);
        _time.Advance(TimeSpan.FromDays(1));
        await _pages.CreateAsync(Input(PageKind.Announcement, slug: "published-day-1"), null, publish: true, _ct);
        _time.Advance(TimeSpan.FromDays(1));
        await _pages.SetPublishedAsync(first.Value, true, _ct);
        _time.Advance(TimeSpan.FromDays(1));
        await _pages.CreateAsync(Input(PageKind.Announcement, slug: "published-day-3"), null, publish: true, _ct);
        _time.Advance(TimeSpan.FromDays(1));
        await _pages.CreateAsync(Input(PageKind.Page, slug: "standing-page"), null, publish: true, _ct);
        await _pages.CreateAsync(Input(PageKind.Announcement, slug: "still-draft"), null, publish: false, _ct);

        var latest = await _pages.LatestAnnouncementsAsync(10, _ct);

        Assert.Equal(["published-day-3", "first-written", "published-day-1"], latest.Select(p => p.Slug));
        Assert.All(latest, p => Assert.Equal(PageKind.Announcement, p.Kind));
    }

    [Fact]
    public async Task LatestAnnouncementsAsync_MoreThanCount_ReturnsNewestOnly()
    {
        foreach (var slug in new[] { "a-1", "a-2", "a-3" })
        {
            await _pages.CreateAsync(Input(PageKind.Announcement, slug: slug), null, publish: true, _ct);
            _time.Advance(TimeSpan.FromMinutes(5));
        }

        var latest = await _pages.LatestAnnouncementsAsync(2, _ct);

        Assert.Equal(["a-3", "a-2"], latest.Select(p => p.Slug));
    }

    [Fact]
    public async Task CreateAsync_ScriptInMarkdown_StrippedFromHtmlKeptInMarkdown()
    {
        const string body = "Привіт!\n\n<script>alert('xss')</script>\n\n<img src=\"https://example.org/a.png\" onerror=\"alert(2)\">";

        var created = await _pages.CreateAsync(Input(slug: "xss", body: body), null, publish: true, _ct);

        var page = await StoredAsync(created.Value);
        var shown = await _pages.FindPublishedAsync("xss", _ct);
        Assert.Equal(body, page.BodyMarkdown);
        Assert.DoesNotContain("<script", page.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", page.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Привіт!", page.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(page.BodyHtml, shown!.BodyHtml);
    }

    [Fact]
    public async Task UpdateAsync_ScriptAddedLater_StrippedFromHtml()
    {
        var created = await _pages.CreateAsync(Input(slug: "news"), null, publish: true, _ct);

        await _pages.UpdateAsync(created.Value, Input(slug: "news", body: "Текст <script>alert(1)</script>"), _ct);

        Assert.DoesNotContain("<script", (await StoredAsync(created.Value)).BodyHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UpdateAsync_OwnSlugKept_SucceedsAndStampsUpdatedAt()
    {
        var created = await _pages.CreateAsync(Input(title: "Стара назва", slug: "about"), null, publish: true, _ct);
        _time.Advance(TimeSpan.FromMinutes(30));

        var updated = await _pages.UpdateAsync(created.Value, Input(title: "Нова назва", slug: "about"), _ct);

        var page = await StoredAsync(created.Value);
        Assert.True(updated.IsSuccess);
        Assert.Equal("Нова назва", page.Title);
        Assert.Equal(Start.AddMinutes(30).UtcDateTime, page.UpdatedAt);
        Assert.Equal(Start.UtcDateTime, page.PublishedAt);
    }

    [Fact]
    public async Task UpdateAsync_SlugOfAnotherPage_ConflictAndNothingChanged()
    {
        await _pages.CreateAsync(Input(title: "Про платформу", slug: "about"), null, publish: true, _ct);
        var help = await _pages.CreateAsync(Input(title: "Допомога", slug: "help"), null, publish: true, _ct);

        var updated = await _pages.UpdateAsync(help.Value, Input(title: "Допомога", slug: "about"), _ct);

        Assert.Equal(PageErrors.SlugTaken, updated.Error);
        Assert.Equal("help", (await StoredAsync(help.Value)).Slug);
    }

    [Fact]
    public async Task UpdateAsync_UnknownPage_NotFound()
    {
        var updated = await _pages.UpdateAsync(Guid.CreateVersion7(), Input(), _ct);

        Assert.Equal(PageErrors.NotFound, updated.Error);
    }

    [Fact]
    public async Task DeleteAsync_ExistingPage_RemovesItOnce()
    {
        var created = await _pages.CreateAsync(Input(), null, publish: true, _ct);

        var first = await _pages.DeleteAsync(created.Value, _ct);
        var second = await _pages.DeleteAsync(created.Value, _ct);

        Assert.True(first.IsSuccess);
        Assert.Equal(PageErrors.NotFound, second.Error);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task ListAsync_KindGiven_ListsOnlyThatKind()
    {
        await _pages.CreateAsync(Input(PageKind.Page, slug: "about"), null, publish: true, _ct);
        await _pages.CreateAsync(Input(PageKind.Announcement, slug: "news-1"), null, publish: false, _ct);

        var announcements = await _pages.ListAsync(PageKind.Announcement, _ct);
        var all = await _pages.ListAsync(null, _ct);

        Assert.Equal(["news-1"], announcements.Select(p => p.Slug));
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public async Task CreateAsync_AuthorGiven_Stored()
    {
        var author = Guid.CreateVersion7();

        var created = await _pages.CreateAsync(Input(), author, publish: false, _ct);

        Assert.Equal(author, (await StoredAsync(created.Value)).AuthorId);
    }

    private static PageInput Input(
        PageKind kind = PageKind.Page,
        string? title = "Сторінка",
        string? slug = "page",
        string? summary = "Коротко",
        string? body = "Текст") =>
        new(kind, title, slug, summary, body);

    /// <summary>Reads through a fresh context, so that what was saved is checked, not what the service's context tracks.</summary>
    private async Task<Page> StoredAsync(Guid id)
    {
        await using var db = _database.NewContext();
        return await db.Set<Page>().SingleAsync(p => p.Id == id, _ct);
    }

    private async Task<int> CountAsync()
    {
        await using var db = _database.NewContext();
        return await db.Set<Page>().CountAsync(_ct);
    }
}
