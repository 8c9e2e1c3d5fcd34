using System.ComponentModel.DataAnnotations;
using Lounb.Modules.Pages.Application;
using Lounb.Modules.Pages.Domain;

namespace Lounb.Modules.Pages.Areas.Pages.ViewModels;

internal sealed class PageFormModel
{
    public Guid? Id { get; set; }

    public PageKind Kind { get; set; }

    [Display(Name = "Заголовок")]
    [Required(ErrorMessage = "Вкажіть заголовок.")]
    [StringLength(PageLimits.TitleLength, ErrorMessageResourceType = typeof(PageFormMessages), ErrorMessageResourceName = nameof(PageFormMessages.TitleTooLong))]
    public string? Title { get; set; }

    [Display(Name = "Адреса (необов'язково)")]
    [StringLength(PageLimits.SlugLength, ErrorMessageResourceType = typeof(PageFormMessages), ErrorMessageResourceName = nameof(PageFormMessages.SlugTooLong))]
    public string? Slug { get; set; }

    [Display(Name = "Короткий опис")]
    [StringLength(PageLimits.SummaryLength, ErrorMessageResourceType = typeof(PageFormMessages), ErrorMessageResourceName = nameof(PageFormMessages.SummaryTooLong))]
    public string? Summary { get; set; }

    [Display(Name = "Текст (Markdown)")]
    [StringLength(PageLimits.BodyLength, ErrorMessageResourceType = typeof(PageFormMessages), ErrorMessageResourceName = nameof(PageFormMessages.BodyTooLong))]
    public string? BodyMarkdown { get; set; }

    public bool IsPublished { get; set; }

    public string? PreviewHtml { get; set; }

    public PageInput ToInput() => new(Kind, Title, Slug, Summary, BodyMarkdown);

    public static PageFormModel From(Page page, string previewHtml) => new()
    {
        Id = page.Id,
        Kind = page.Kind,
        Title = page.Title,
        Slug = page.Slug,
        Summary = page.Summary,
        BodyMarkdown = page.BodyMarkdown,
        IsPublished = page.Status == PageStatus.Published,
        PreviewHtml = previewHtml,
    };
}

/// <summary>The form's length messages: the same words as the service's refusals (PageErrors), so a limit is said once.</summary>
internal static class PageFormMessages
{
    public static string TitleTooLong => PageErrors.TitleTooLong.Message;

    public static string SummaryTooLong => PageErrors.SummaryTooLong.Message;

    public static string BodyTooLong => PageErrors.BodyTooLong.Message;

    public static string SlugTooLong => $"Адреса задовга: не більше {PageErrors.Grouped(PageLimits.SlugLength)} символів.";
}
