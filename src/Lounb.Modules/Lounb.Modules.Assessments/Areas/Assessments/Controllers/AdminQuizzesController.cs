using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Areas.Assessments.ViewModels;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Areas.Assessments.Controllers;

/// <summary>Quizzes: the list, settings, status, fixed questions and random draws, and per-person exceptions.</summary>
[Area("Assessments")]
[Authorize(Policy = AssessmentsPermissions.Author)]
internal sealed class AdminQuizzesController(QuizAuthoringService quizzes, QuestionBankService bank, LounbDbContext db, LocalTime localTime) : Controller
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
        var settings = Settings(form);
        if (settings is null)
        {
            return View(form);
        }

        var scope = Scope;
        var created = await quizzes.CreateAsync(StaffAccess.UserId(User), StaffAccess.OwnerOblast(scope), settings, ct);
        if (!created.IsSuccess)
        {
            ModelState.AddModelError("", created.Error!.Message);
            return View(form);
        }

        TempData["Status"] = "Тест створено як чернетку. Додайте питання й опублікуйте його.";
        return Redirect($"/admin/quizzes/{created.Value}");
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
        var settings = Settings(form);
        var updated = settings is null ? null : await quizzes.UpdateAsync(Scope, id, settings, ct);
        if (updated is not { IsSuccess: true })
        {
            if (updated?.Error is { } error)
            {
                ModelState.AddModelError("", error.Message);
            }

            return View(await PageAsync(quiz, form, null, ct));
        }

        TempData["Status"] = "Налаштування тесту збережено.";
        return Redirect($"/admin/quizzes/{id}");
    }

    [HttpPost("/admin/quizzes/{id:guid}/status")]
    public async Task<IActionResult> Status(Guid id, QuizStatus status, CancellationToken ct) =>
        Outcome(id, await quizzes.SetStatusAsync(Scope, id, status, ct), status switch
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
        if (!copied.IsSuccess)
        {
            return NotFound();
        }

        TempData["Status"] = "Створено копію тесту (чернетку) з тими самими налаштуваннями й питаннями.";
        return Redirect($"/admin/quizzes/{copied.Value}");
    }

    [HttpPost("/admin/quizzes/{id:guid}/questions")]
    public async Task<IActionResult> AddQuestions(Guid id, List<Guid> questionIds, Guid? category, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(questionIds);
        if (questionIds.Count == 0)
        {
            return Outcome(id, Error.Validation("Позначте питання, які додати."), "", category);
        }

        return Outcome(id, await quizzes.AddQuestionsAsync(Scope, StaffAccess.Actor(User), id, questionIds, ct), "Питання додано до тесту.", category);
    }

    [HttpPost("/admin/quizzes/{id:guid}/draws")]
    public async Task<IActionResult> AddDraw(Guid id, Guid? categoryId, bool includeSubcategories, int count, string? mark, CancellationToken ct)
    {
        if (categoryId is null)
        {
            return Outcome(id, Error.Validation("Оберіть категорію для випадкових питань."), "");
        }

        if (AnswerText.ParseNumber(mark ?? "") is not { } value)
        {
            return Outcome(id, Error.Validation("Бал — число, наприклад 1 або 0,5."), "");
        }

        return Outcome(id, await quizzes.AddDrawAsync(Scope, StaffAccess.Actor(User), id, categoryId.Value, includeSubcategories, count, value, ct),
            $"Додано випадковий вибір: {StaffNames.Questions(count)}.");
    }

    [HttpPost("/admin/quizzes/{id:guid}/slots/{slotId:guid}/mark")]
    public async Task<IActionResult> SetMark(Guid id, Guid slotId, string? mark, CancellationToken ct) =>
        AnswerText.ParseNumber(mark ?? "") is { } value
            ? Outcome(id, await quizzes.SetSlotMarkAsync(Scope, id, slotId, value, ct), "Бал змінено.")
            : Outcome(id, Error.Validation("Бал — число, наприклад 1 або 0,5."), "");

    [HttpPost("/admin/quizzes/{id:guid}/slots/{slotId:guid}/move")]
    public async Task<IActionResult> MoveSlot(Guid id, Guid slotId, int direction, CancellationToken ct) =>
        Outcome(id, await quizzes.MoveSlotAsync(Scope, id, slotId, direction, ct), "");

    [HttpPost("/admin/quizzes/{id:guid}/slots/{slotId:guid}/remove")]
    public async Task<IActionResult> RemoveSlot(Guid id, Guid slotId, CancellationToken ct) =>
        Outcome(id, await quizzes.RemoveSlotAsync(Scope, id, slotId, ct), "Питання вилучено з тесту (у банку воно лишилося).");

    [HttpPost("/admin/quizzes/{id:guid}/overrides")]
    public async Task<IActionResult> SetOverride(Guid id, OverrideForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return Outcome(id, Error.Validation(FirstError()), "");
        }

        var errors = new List<string>();
        var closes = QuizForm.ToUtc(form.ClosesAt, localTime.Zone, "закриття", errors);
        if (errors.Count > 0)
        {
            return Outcome(id, Error.Validation(errors[0]), "");
        }

        return Outcome(id, await quizzes.SetOverrideAsync(Scope, id, form.Email ?? "", form.TimeLimitMinutes, form.AttemptsAllowed, closes, form.Reason ?? "", ct),
            $"Виняток для {form.Email?.Trim()} збережено.");
    }

    [HttpPost("/admin/quizzes/{id:guid}/overrides/{userId:guid}/remove")]
    public async Task<IActionResult> RemoveOverride(Guid id, Guid userId, CancellationToken ct) =>
        Outcome(id, await quizzes.RemoveOverrideAsync(Scope, id, userId, ct), "Виняток вилучено.");

    private QuizSettings? Settings(QuizForm form)
    {
        if (!ModelState.IsValid)
        {
            return null;
        }

        var (settings, errors) = form.ToSettings(localTime.Zone);
        foreach (var error in errors)
        {
            ModelState.AddModelError("", error);
        }

        return settings;
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
            Slots = await quizzes.SlotsAsync(quiz.Id, ct),
            AttemptCount = await db.Set<Attempt>().CountAsync(a => a.QuizId == quiz.Id, ct),
            Categories = categories,
            PickerCategory = picker,
            PickerQuestions = picker is null ? [] : await bank.QuestionsAsync(actor, picker.Id, null, ct),
            PlacedQuestionIds = quiz.Slots.Where(s => s.QuestionId is not null).Select(s => s.QuestionId!.Value).ToHashSet(),
            Overrides = await quizzes.OverridesAsync(quiz.Id, ct),
        };
    }

    private string FirstError() =>
        ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault(m => m.Length > 0) ?? "Перевірте значення у формі.";

    private IActionResult Outcome(Guid quizId, Result result, string success, Guid? category = null)
    {
        if (result.Error == AssessmentErrors.QuizNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            TempData["Error"] = result.Error!.Message;
        }
        else if (success.Length > 0)
        {
            TempData["Status"] = success;
        }

        return Redirect(category is { } picked ? $"/admin/quizzes/{quizId}?category={picked}" : $"/admin/quizzes/{quizId}");
    }
}
