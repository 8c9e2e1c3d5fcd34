using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Areas.Assessments.ViewModels;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Assessments.Areas.Assessments.Controllers;

/// <summary>The question bank: nested categories, questions of every type with their versions, GIFT and Moodle XML export.</summary>
[Area("Assessments")]
[Authorize(Policy = AssessmentsPermissions.Author)]
[Route("admin/assessments")]
internal sealed class AdminBankController(QuestionBankService bank, QuestionImportService interchange, QuestionTextRenderer renderer) : Controller
{
    /// <summary>The form with one image of at most <see cref="AssessmentLimits.ImageBytes"/> and the texts.</summary>
    private const long MaxRequestBytes = AssessmentLimits.ImageBytes + 512 * 1024;

    private BankActor Actor => StaffAccess.Actor(User);

    [HttpGet("bank")]
    public async Task<IActionResult> Index(Guid? category, string? q, CancellationToken ct)
    {
        var actor = Actor;
        var categories = await bank.CategoriesAsync(actor, ct);
        var selected = category is { } id ? categories.FirstOrDefault(c => c.Id == id) : categories.Count > 0 ? categories[0] : null;
        if (category is not null && selected is null)
        {
            return NotFound();
        }

        return View(new BankPage
        {
            Categories = categories,
            Selected = selected,
            Search = q,
            Questions = selected is null ? [] : await bank.QuestionsAsync(actor, selected.Id, q, ct),
            CanEditSelected = selected is not null && (selected.IsOwn || actor.IsNational),
            EditableParents = [.. categories.Where(c => c.IsOwn || actor.IsNational)],
        });
    }

    [HttpPost("categories")]
    public async Task<IActionResult> CreateCategory(string? name, Guid? parentId, bool isShared, string? info, CancellationToken ct)
    {
        var created = await bank.CreateCategoryAsync(Actor, name ?? "", parentId, isShared, info ?? "", ct);
        return created.Succeeded(out var categoryId, out var refused)
            ? this.BackTo(BankUrl(categoryId), created, $"Категорію «{name!.Trim()}» створено.")
            : this.BackTo(BankUrl(parentId), refused, "");
    }

    [HttpPost("categories/{id:guid}")]
    public async Task<IActionResult> UpdateCategory(Guid id, string? name, Guid? parentId, bool isShared, string? info, CancellationToken ct)
    {
        return this.BackTo(BankUrl(id), await bank.UpdateCategoryAsync(Actor, id, name ?? "", parentId, isShared, info ?? "", ct), "Категорію збережено.");
    }

    [HttpPost("categories/{id:guid}/delete")]
    public async Task<IActionResult> DeleteCategory(Guid id, CancellationToken ct)
    {
        var deleted = await bank.DeleteCategoryAsync(Actor, id, ct);
        return this.BackTo(deleted.IsSuccess ? BankUrl(null) : BankUrl(id), deleted, "Категорію видалено.");
    }

    [HttpGet("bank/export")]
    public async Task<IActionResult> Export(Guid category, InterchangeFormat format, CancellationToken ct)
    {
        var file = await interchange.ExportAsync(Actor, category, format, ct);
        return file is { } found ? File(found.Content, found.ContentType, found.FileName) : NotFound();
    }

    [HttpGet("questions/new")]
    public async Task<IActionResult> Create(Guid? category, QuestionType? type, CancellationToken ct)
    {
        if (type is not { } questionType || !Enum.IsDefined(questionType))
        {
            return NotFound();
        }

        var categories = await bank.CategoriesAsync(Actor, ct);
        if (categories.Count == 0)
        {
            return this.BackTo(BankUrl(null), AssessmentErrors.NoCategoryYet, "");
        }

        var categoryId = categories.FirstOrDefault(c => c.Id == category)?.Id ?? categories[0].Id;
        return View("Question", new QuestionEditorPage { Form = QuestionForm.From(QuestionInputMapper.Blank(questionType), null, categoryId, ""), Categories = categories });
    }

    [HttpPost("questions/new")]
    [RequestSizeLimit(MaxRequestBytes)]
    public async Task<IActionResult> Create(QuestionForm form, IFormFile? image, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!Enum.IsDefined(form.Type))
        {
            return NotFound();
        }

        form.Id = null;
        return await SaveAsync(form, image, QuestionInputMapper.Blank(form.Type), null, ct);
    }

    [HttpGet("questions/{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var question = await bank.ForEditAsync(Actor, id, ct);
        if (question is null)
        {
            return NotFound();
        }

        return View("Question", await EditorAsync(QuestionForm.From(question.Content, id, question.CategoryId, question.Tags), question, ct));
    }

    [HttpPost("questions/{id:guid}")]
    [RequestSizeLimit(MaxRequestBytes)]
    public async Task<IActionResult> Edit(Guid id, QuestionForm form, IFormFile? image, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var question = await bank.ForEditAsync(Actor, id, ct);
        if (question is null)
        {
            return NotFound();
        }

        // The type is fixed when the question is created.
        form.Id = id;
        form.Type = question.Content.Type;
        return await SaveAsync(form, image, question.Content, question, ct);
    }

    [HttpPost("questions/{id:guid}/remove")]
    public async Task<IActionResult> Remove(Guid id, CancellationToken ct)
    {
        var question = await bank.ForEditAsync(Actor, id, ct);
        var removed = await bank.RemoveQuestionAsync(Actor, id, ct);
        return this.BackTo(BankUrl(question?.CategoryId), removed, "Питання вилучено з банку. Спроби, у яких воно було, його зберігають.");
    }

    private async Task<IActionResult> SaveAsync(QuestionForm form, IFormFile? image, QuestionContent stored, QuestionForEdit? existing, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View("Question", await EditorAsync(form, existing, ct));
        }

        var content = QuestionInputMapper.ToContent(form, stored);
        if (content.IsSuccess && image is { Length: > 0 })
        {
            content = await AttachAsync(content.Value, image, ct);
        }

        var saved = content.Succeeded(out var question, out var refused)
            ? await bank.SaveQuestionAsync(Actor, form.Id, form.CategoryId, question, form.Tags ?? "", ct)
            : refused;
        if (!saved.Succeeded(out var questionId, out refused))
        {
            return await this.FormOrAsync(refused, async () => View("Question", await EditorAsync(form, existing, ct)));
        }

        return this.BackTo($"/admin/assessments/questions/{questionId}", saved, existing is null
            ? "Питання створено."
            : $"Питання збережено як версію {existing.VersionCount + 1}. Завершені спроби зберігають версію, яку отримали.");
    }

    /// <summary>The image is checked by its size before it is read, then by its bytes (<see cref="QuestionImages"/>).</summary>
    private static async Task<Result<QuestionContent>> AttachAsync(QuestionContent content, IFormFile image, CancellationToken ct)
    {
        if (image.Length > AssessmentLimits.ImageBytes)
        {
            return AssessmentErrors.ImageTooLarge;
        }

        using var buffer = new MemoryStream();
        await image.CopyToAsync(buffer, ct);
        return QuestionImages.Attach(content, image.FileName, buffer.ToArray());
    }

    private async Task<QuestionEditorPage> EditorAsync(QuestionForm form, QuestionForEdit? existing, CancellationToken ct)
    {
        var categories = await bank.CategoriesAsync(Actor, ct);
        if (existing?.VersionId is not { } versionId)
        {
            return new QuestionEditorPage { Form = form, Categories = categories };
        }

        var content = existing.Content;
        return new QuestionEditorPage
        {
            Form = form,
            Categories = categories,
            Versions = await bank.VersionsAsync(existing.Id!.Value, ct),
            VersionCount = existing.VersionCount,
            ImageCount = content.Files.Count,
            PreviewHtml = renderer.Render(content.Text, content.Format, versionId),
            RightAnswerHtml = RightAnswers.Describe(content, renderer, versionId),
            PreviewOptions = content.Type switch
            {
                QuestionType.SingleChoice or QuestionType.MultipleChoice => [.. content.Choices.Select(c => (renderer.RenderInline(c.Text, content.Format, versionId), c.Fraction))],
                QuestionType.Ordering => [.. content.OrderItems.Select(i => (renderer.RenderInline(i.Text, content.Format, versionId), 0m))],
                _ => [],
            },
        };
    }

    private static string BankUrl(Guid? category) => category is { } id ? $"/admin/assessments/bank?category={id}" : "/admin/assessments/bank";
}
