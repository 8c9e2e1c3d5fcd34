using System.ComponentModel.DataAnnotations;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Application;
using Lounb.Modules.Courses.Domain;

namespace Lounb.Modules.Courses.Areas.Courses.ViewModels;

internal sealed class CourseForm
{
    public Guid? Id { get; set; }

    [Display(Name = "Назва")]
    [Required(ErrorMessage = "Вкажіть назву.")]
    [StringLength(CourseLimits.TitleLength, ErrorMessage = "Назва задовга: не більше {1} символів.")]
    public string? Title { get; set; }

    [Display(Name = "Адреса (необов'язково)")]
    [StringLength(CourseLimits.SlugLength, ErrorMessage = "Адреса задовга: не більше {1} символів.")]
    public string? Slug { get; set; }

    [Display(Name = "Короткий опис")]
    [StringLength(CourseLimits.SummaryLength, ErrorMessage = "Опис задовгий: не більше {1} символів.")]
    public string? Summary { get; set; }

    [Display(Name = "Для кого")]
    public Audience Audience { get; set; }

    [Display(Name = "Формат")]
    public CourseFormat Format { get; set; }

    [Display(Name = "Години підвищення кваліфікації")]
    [Range(CourseLimits.MinHours, CourseLimits.MaxHours, ErrorMessage = "Кількість годин — від {1} до {2}.")]
    public int Hours { get; set; }

    [Display(Name = "Теми (через кому)")]
    [StringLength(CourseLimits.TopicsLength, ErrorMessage = "Забагато тем: не більше {1} символів разом.")]
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
    [StringLength(CourseLimits.TitleLength, ErrorMessage = "Назва задовга: не більше {1} символів.")]
    public string? Title { get; set; }

    [Display(Name = "Обов'язковий для завершення курсу")]
    public bool IsRequired { get; set; } = true;

    [Display(Name = "Текст (Markdown)")]
    [StringLength(CourseLimits.BodyLength, ErrorMessage = "Текст задовгий: не більше {1} символів.")]
    public string? BodyMarkdown { get; set; }

    [Display(Name = "Адреса (https://…)")]
    [StringLength(CourseLimits.UrlLength, ErrorMessage = "Адреса задовга: не більше {1} символів.")]
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
    [StringLength(CourseLimits.TitleLength, ErrorMessage = "Назва задовга: не більше {1} символів.")]
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
    [StringLength(CourseLimits.InviteCodeLength, ErrorMessage = "Код задовгий: не більше {1} символів.")]
    public string? InviteCode { get; set; }

    [Display(Name = "Тренери")]
    public List<Guid> TrainerIds { get; set; } = [];

    public IReadOnlyList<Choice> Trainers { get; set; } = [];

    public RunInput ToInput() => new(Title, StartsOn!.Value, EndsOn!.Value, Capacity, Mode, InviteCode, TrainerIds);
}
