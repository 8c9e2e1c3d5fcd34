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
    [StringLength(PageService.MaxTitleLength, ErrorMessage = "Заголовок задовгий: не більше 200 символів.")]
    public string? Title { get; set; }

    [Display(Name = "Адреса (необов'язково)")]
    [StringLength(80, ErrorMessage = "Адреса задовга: не більше 80 символів.")]
    public string? Slug { get; set; }

    [Display(Name = "Короткий опис")]
    [StringLength(PageService.MaxSummaryLength, ErrorMessage = "Короткий опис задовгий: не більше 500 символів.")]
    public string? Summary { get; set; }

    [Display(Name = "Текст (Markdown)")]
    [StringLength(PageService.MaxBodyLength, ErrorMessage = "Текст задовгий: не більше 100 000 символів.")]
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
