using System.ComponentModel.DataAnnotations;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Application;
using Lounb.Modules.Courses.Domain;

namespace Lounb.Modules.Courses.Areas.Courses.ViewModels;

internal sealed record Choice(string Value, string Text);

internal sealed class CourseForm
{
    public Guid? Id { get; set; }

    [Display(Name = "Назва")]
    [Required(ErrorMessage = "Вкажіть назву.")]
    [StringLength(CourseAuthoringService.MaxTitleLength, ErrorMessage = "Назва задовга: не більше 200 символів.")]
    public string? Title { get; set; }

    [Display(Name = "Адреса (необов'язково)")]
    [StringLength(80, ErrorMessage = "Адреса задовга.")]
    public string? Slug { get; set; }

    [Display(Name = "Короткий опис")]
    [StringLength(CourseAuthoringService.MaxSummaryLength, ErrorMessage = "Опис задовгий: не більше 1000 символів.")]
    public string? Summary { get; set; }

    [Display(Name = "Для кого")]
    public Audience Audience { get; set; }

    [Display(Name = "Формат")]
    public CourseFormat Format { get; set; }

    [Display(Name = "Години підвищення кваліфікації")]
    [Range(0, 500, ErrorMessage = "Кількість годин — від 0 до 500.")]
    public int Hours { get; set; }

    [Display(Name = "Теми (через кому)")]
    [StringLength(300, ErrorMessage = "Забагато тем.")]
    public string? Topics { get; set; }

    [Display(Name = "Відділ")]
    public Guid? DepartmentId { get; set; }

    [Display(Name = "Спершу завершити курси")]
    public List<Guid> PrerequisiteIds { get; set; } = [];

    public IReadOnlyList<Choice> Departments { get; set; } = [];

    public IReadOnlyList<Choice> OtherCourses { get; set; } = [];

    public CourseInput ToInput() => new(Title, Slug, Summary, Audience, Format, Hours, Topics, DepartmentId, PrerequisiteIds);
}

internal sealed class LessonForm
{
    public Guid Id { get; set; }

    public Guid CourseId { get; set; }

    public string Kind { get; set; } = "";

    public string KindName { get; set; } = "";

    public string? ReferenceLabel { get; set; }

    [Display(Name = "Назва уроку")]
    [Required(ErrorMessage = "Вкажіть назву.")]
    [StringLength(CourseAuthoringService.MaxTitleLength, ErrorMessage = "Назва задовга: не більше 200 символів.")]
    public string? Title { get; set; }

    [Display(Name = "Обов'язковий для завершення курсу")]
    public bool IsRequired { get; set; } = true;

    [Display(Name = "Текст (Markdown)")]
    [StringLength(CourseAuthoringService.MaxBodyLength, ErrorMessage = "Текст задовгий.")]
    public string? BodyMarkdown { get; set; }

    [Display(Name = "Адреса (https://…)")]
    [StringLength(1000, ErrorMessage = "Адреса задовга.")]
    public string? Url { get; set; }

    public string? ExtensionRef { get; set; }

    /// <summary>The list the reference is picked from, when the kind's module offers one.</summary>
    public ReferencePicker? Picker { get; set; }

    public string? CurrentFileName { get; set; }

    public string? PreviewHtml { get; set; }

    public LessonInput ToInput() => new(Title, IsRequired, BodyMarkdown, Url, ExtensionRef);
}

internal sealed class RunForm
{
    public Guid? Id { get; set; }

    public Guid CourseId { get; set; }

    public string CourseTitle { get; set; } = "";

    [Display(Name = "Назва набору")]
    [Required(ErrorMessage = "Вкажіть назву набору.")]
    [StringLength(200, ErrorMessage = "Назва задовга.")]
    public string? Title { get; set; }

    [Display(Name = "Початок")]
    [Required(ErrorMessage = "Вкажіть дату початку.")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Кінець")]
    [Required(ErrorMessage = "Вкажіть дату завершення.")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "Місць (порожньо — без обмежень)")]
    public int? Capacity { get; set; }

    [Display(Name = "Як записуються")]
    public EnrolmentMode Mode { get; set; }

    [Display(Name = "Код запрошення")]
    [StringLength(40, ErrorMessage = "Код задовгий.")]
    public string? InviteCode { get; set; }

    [Display(Name = "Тренери")]
    public List<Guid> TrainerIds { get; set; } = [];

    public IReadOnlyList<Choice> Trainers { get; set; } = [];

    public RunInput ToInput() => new(Title, StartsOn!.Value, EndsOn!.Value, Capacity, Mode, InviteCode, TrainerIds);
}
