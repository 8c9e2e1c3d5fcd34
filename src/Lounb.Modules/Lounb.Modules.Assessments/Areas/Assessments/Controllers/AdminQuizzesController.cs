using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Areas.Assessments.ViewModels;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Assessments.Areas.Assessments.Controllers;

/// <summary>Quizzes: the list, settings, status, fixed questions and random draws, and per-person exceptions.</summary>
[Area("Assessments")]
[Authorize(Policy = AssessmentsPermissions.Author)]
internal sealed class AdminQuizzesController(
    QuizAuthoringService quizzes, QuizSlotsService slots, QuizOverridesService overrides, QuestionBankService bank, LocalTime localTime) : Controller
{
    private AccessScope Scope => StaffAccess.AuthorScope(User);

    [HttpGet("/admin/assessments")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await quizzes.ListAsync(Scope, ct));

    [HttpGet("/admin/quizzes/new")]
    public IActionResult Create() => View(new QuizForm());

    [HttpPost("/admin/quizzes/new")]
    public async Task<IActionResult> Create(QuizForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = null;
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        if (!Settings(form).Succeeded(out var settings, out var unreadable))
        {
            return this.FormOr(unreadable, () => View(form));
        }

        var scope = Scope;
        if (!(await quizzes.CreateAsync(StaffAccess.UserId(User), StaffAccess.OwnerOblast(scope), settings, ct)).Succeeded(out var quizId, out var refused))
        {
            return this.FormOr(refused, () => View(form));
        }

        return this.BackTo($"/admin/quizzes/{quizId}", Result.Success(), "Тест створено як чернетку. Додайте питання й опублікуйте його.");
    }

    [HttpGet("/admin/quizzes/{id:guid}")]
    public async Task<IActionResult> Quiz(Guid id, Guid? category, CancellationToken ct)
    {
        var quiz = await quizzes.FindAsync(Scope, id, ct);
        return quiz is null ? NotFound() : View(await PageAsync(quiz, QuizForm.From(quiz, localTime), category, ct));
    }

    [HttpPost("/admin/quizzes/{id:guid}")]
    public async Task<IActionResult> Quiz(Guid id, QuizForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var quiz = await quizzes.FindAsync(Scope, id, ct);
        if (quiz is null)
        {
            return NotFound();
        }

        form.Id = id;
        if (!ModelState.IsValid)
        {
            return View(await PageAsync(quiz, form, null, ct));
        }

        var saved = Settings(form).Succeeded(out var settings, out var unreadable)
            ? await quizzes.UpdateAsync(Scope, id, settings, ct)
            : unreadable;
        return saved.Failed(out var refused)
            ? await this.FormOrAsync(refused, async () => View(await PageAsync(quiz, form, null, ct)))
            : this.BackTo($"/admin/quizzes/{id}", saved, "Налаштування тесту збережено.");
    }

    [HttpPost("/admin/quizzes/{id:guid}/status")]
    public async Task<IActionResult> Status(Guid id, QuizStatus status, CancellationToken ct) =>
        this.BackTo(QuizUrl(id), await quizzes.SetStatusAsync(Scope, id, status, ct), status switch
        {
            QuizStatus.Published => "Тест опубліковано: слухачі можуть його проходити (у межах дат відкриття й закриття).",
            QuizStatus.Archived => "Тест перенесено в архів: нові спроби неможливі, результати збережено.",
            _ => "Тест знято з публікації: це знову чернетка.",
        });

    [HttpPost("/admin/quizzes/{id:guid}/copy")]
    public async Task<IActionResult> Copy(Guid id, CancellationToken ct)
    {
        var scope = Scope;
        var copied = await quizzes.CopyAsync(scope, StaffAccess.UserId(User), StaffAccess.OwnerOblast(scope), id, ct);
        return copied.Succeeded(out var copyId, out var refused)
            ? this.BackTo($"/admin/quizzes/{copyId}", copied, "Створено копію тесту (чернетку) з тими самими налаштуваннями й питаннями.")
            : this.Refuse(refused);
    }

    [HttpPost("/admin/quizzes/{id:guid}/questions")]
    public async Task<IActionResult> AddQuestions(Guid id, List<Guid> questionIds, Guid? category, CancellationToken ct) =>
        this.BackTo(QuizUrl(id, category), await slots.AddQuestionsAsync(Scope, StaffAccess.Actor(User), id, questionIds ?? [], ct), "Питання додано до тесту.");

    [HttpPost("/admin/quizzes/{id:guid}/draws")]
    public async Task<IActionResult> AddDraw(Guid id, Guid? categoryId, bool includeSubcategories, int count, string? mark, CancellationToken ct)
    {
        var added = categoryId is not { } chosen ? AssessmentErrors.DrawCategoryRequired
            : AnswerText.ParseNumber(mark ?? "") is not { } value ? AssessmentErrors.MarkNotANumber
            : await slots.AddDrawAsync(Scope, StaffAccess.Actor(User), id, chosen, includeSubcategories, count, value, ct);
        return this.BackTo(QuizUrl(id), added, $"Додано випадковий вибір: {StaffNames.Questions(count)}.");
    }

    [HttpPost("/admin/quizzes/{id:guid}/slots/{slotId:guid}/mark")]
    public async Task<IActionResult> SetMark(Guid id, Guid slotId, string? mark, CancellationToken ct) =>
        this.BackTo(QuizUrl(id), AnswerText.ParseNumber(mark ?? "") is { } value
            ? await slots.SetSlotMarkAsync(Scope, id, slotId, value, ct)
            : AssessmentErrors.MarkNotANumber, "Бал змінено.");

    [HttpPost("/admin/quizzes/{id:guid}/slots/{slotId:guid}/move")]
    public async Task<IActionResult> MoveSlot(Guid id, Guid slotId, int direction, CancellationToken ct)
    {
        var moved = await slots.MoveSlotAsync(Scope, id, slotId, direction, ct);
        return moved.Failed(out var refused) ? this.BackTo(QuizUrl(id), refused, "") : Redirect(QuizUrl(id));
    }

    [HttpPost("/admin/quizzes/{id:guid}/slots/{slotId:guid}/remove")]
    public async Task<IActionResult> RemoveSlot(Guid id, Guid slotId, CancellationToken ct) =>
        this.BackTo(QuizUrl(id), await slots.RemoveSlotAsync(Scope, id, slotId, ct), "Питання вилучено з тесту (у банку воно лишилося).");

    [HttpPost("/admin/quizzes/{id:guid}/overrides")]
    public async Task<IActionResult> SetOverride(Guid id, OverrideForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<string>();
        var closes = ModelState.IsValid ? QuizForm.ToUtc(form.ClosesAt, localTime.Zone, "закриття", errors) : null;
        var set = !ModelState.IsValid ? AssessmentErrors.FieldRefused(FirstError())
            : errors.Count > 0 ? AssessmentErrors.FieldRefused(errors[0])
            : await overrides.SetOverrideAsync(Scope, id, form.Email ?? "", form.TimeLimitMinutes, form.AttemptsAllowed, closes, form.Reason ?? "", ct);
        return this.BackTo(QuizUrl(id), set, $"Виняток для {form.Email?.Trim()} збережено.");
    }

    [HttpPost("/admin/quizzes/{id:guid}/overrides/{userId:guid}/remove")]
    public async Task<IActionResult> RemoveOverride(Guid id, Guid userId, CancellationToken ct) =>
        this.BackTo(QuizUrl(id), await overrides.RemoveOverrideAsync(Scope, id, userId, ct), "Виняток вилучено.");

    private static string QuizUrl(Guid quizId, Guid? category = null) =>
        category is { } picked ? $"/admin/quizzes/{quizId}?category={picked}" : $"/admin/quizzes/{quizId}";

    /// <summary>The form's settings in UTC; what cannot be read (a date in the spring gap, a pass mark that is no number) otherwise.</summary>
    private Result<QuizSettings> Settings(QuizForm form)
    {
        var (settings, errors) = form.ToSettings(localTime.Zone);
        return settings ?? (Result<QuizSettings>)AssessmentErrors.FieldRefused(string.Join(" ", errors));
    }

    private async Task<QuizPage> PageAsync(Quiz quiz, QuizForm form, Guid? pickerCategory, CancellationToken ct)
    {
        var actor = StaffAccess.Actor(User);
        var categories = await bank.CategoriesAsync(actor, ct);
        var picker = pickerCategory is { } chosen ? categories.FirstOrDefault(c => c.Id == chosen) : null;
        return new QuizPage
        {
            Quiz = quiz,
            Settings = form,
            Slots = await slots.SlotsAsync(quiz.Id, ct),
            AttemptCount = await quizzes.AttemptCountAsync(quiz.Id, ct),
            Categories = categories,
            PickerCategory = picker,
            PickerQuestions = picker is null ? [] : await bank.QuestionsAsync(actor, picker.Id, null, ct),
            PlacedQuestionIds = quiz.Slots.Where(s => s.QuestionId is not null).Select(s => s.QuestionId!.Value).ToHashSet(),
            Overrides = await overrides.OverridesAsync(quiz.Id, ct),
        };
    }

    private string FirstError() =>
        ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault(m => m.Length > 0) ?? "Перевірте значення у формі.";
}
