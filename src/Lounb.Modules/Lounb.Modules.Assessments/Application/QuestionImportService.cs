using System.Text;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Assessments.Interchange;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Assessments.Application;

internal sealed record ImportPreview(Guid ImportId, string FileName, InterchangeFormat Format, string TargetCategory, ImportResult Result, IReadOnlyList<ImportProblem> Errors);

/// <summary>
/// GIFT and Moodle XML in and out of the bank. An upload is read and shown as a preview; only a confirmed preview
/// without errors is imported, all questions in one transaction (all or nothing).
/// </summary>
internal sealed class QuestionImportService(LounbDbContext db, QuestionBankService bank, IOptions<AssessmentsOptions> options, TimeProvider time)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public long MaxBytes => options.Value.MaxImportMegabytes * 1024L * 1024L;

    public async Task<Result<Guid>> UploadAsync(BankActor actor, Guid targetCategoryId, string fileName, Stream content, long length, CancellationToken ct)
    {
        if (length > MaxBytes)
        {
            return AssessmentErrors.ImportTooLarge(options.Value.MaxImportMegabytes);
        }

        if (length == 0)
        {
            return AssessmentErrors.ImportFileEmpty;
        }

        var format = FormatOf(fileName);
        if (format is null)
        {
            return AssessmentErrors.ImportFileRequired;
        }

        if (await bank.FindUsableCategoryAsync(actor, targetCategoryId, ct) is null)
        {
            return AssessmentErrors.CategoryNotFound;
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var pending = new PendingImport(actor.UserId, targetCategoryId, Path.GetFileName(fileName), format.Value, buffer.ToArray(), time.GetUtcNow().UtcDateTime);
        db.Add(pending);
        await db.SaveChangesAsync(ct);
        return pending.Id;
    }

    public async Task<ImportPreview?> PreviewAsync(BankActor actor, Guid importId, CancellationToken ct)
    {
        var pending = await db.Set<PendingImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == importId && i.OwnerId == actor.UserId, ct);
        if (pending is null)
        {
            return null;
        }

        var category = await db.Set<QuestionCategory>().AsNoTracking().Where(c => c.Id == pending.TargetCategoryId).Select(c => c.Name).FirstAsync(ct);
        var result = Read(pending);
        return new ImportPreview(pending.Id, pending.FileName, pending.Format, category, result, AllErrors(result));
    }

    /// <summary>The category an upload of the person goes into; <c>null</c> when the upload is not theirs or is gone.</summary>
    public Task<Guid?> TargetOfAsync(BankActor actor, Guid importId, CancellationToken ct) =>
        db.Set<PendingImport>().AsNoTracking().Where(i => i.Id == importId && i.OwnerId == actor.UserId).Select(i => (Guid?)i.TargetCategoryId).FirstOrDefaultAsync(ct);

    /// <summary>Forgets an upload of the person without importing anything.</summary>
    public Task CancelAsync(BankActor actor, Guid importId, CancellationToken ct) =>
        db.Set<PendingImport>().Where(i => i.Id == importId && i.OwnerId == actor.UserId).ExecuteDeleteAsync(ct);

    /// <summary>Uploads left unconfirmed for a day are deleted (they hold whole files).</summary>
    public Task<int> ForgetStaleUploadsAsync(CancellationToken ct)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-1);
        return db.Set<PendingImport>().Where(i => i.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
    }

    /// <returns>The number of questions imported.</returns>
    public async Task<Result<int>> ConfirmAsync(BankActor actor, Guid importId, CancellationToken ct)
    {
        var pending = await db.Set<PendingImport>().FirstOrDefaultAsync(i => i.Id == importId && i.OwnerId == actor.UserId, ct);
        if (pending is null)
        {
            return AssessmentErrors.ImportNotFound;
        }

        var result = Read(pending);
        var errors = AllErrors(result);
        if (errors.Count > 0)
        {
            return AssessmentErrors.ImportHasErrors(errors.Count);
        }

        if (await bank.FindUsableCategoryAsync(actor, pending.TargetCategoryId, ct) is null)
        {
            return AssessmentErrors.CategoryNotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await AddToBankAsync(actor, pending.TargetCategoryId, result, shareNewCategories: false, ct);
        db.Remove(pending);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result.Questions.Count;
    }

    /// <summary>
    /// Adds what a file gave under a category: its category paths as subcategories (an existing one of the same name is
    /// reused) and its questions with their first version. The caller saves; the target may be unsaved too.
    /// </summary>
    /// <returns>Each imported question with the bank question made of it.</returns>
    internal async Task<IReadOnlyList<(ImportedQuestion Imported, Question Question)>> AddToBankAsync(
        BankActor actor, Guid targetCategoryId, ImportResult result, bool shareNewCategories, CancellationToken ct)
    {
        var categories = new Dictionary<CategoryPath, Guid> { [CategoryPath.Root] = targetCategoryId };
        foreach (var category in result.Categories)
        {
            await EnsureCategoryAsync(actor, categories, category.Path, category.Info, category.IdNumber, shareNewCategories, ct);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var added = new List<(ImportedQuestion, Question)>();
        foreach (var imported in result.Questions)
        {
            var categoryId = await EnsureCategoryAsync(actor, categories, imported.Category, "", null, shareNewCategories, ct);
            var question = new Question(categoryId, actor.UserId, now) { IdNumber = imported.IdNumber };
            db.Add(question);
            bank.AddVersion(question, imported.Content, actor.UserId);
            question.Tags = QuestionBankService.NormalizeTags(string.Join(',', imported.Tags));
            added.Add((imported, question));
        }

        return added;
    }

    /// <summary>A category and its subcategories as GIFT or Moodle XML; category paths start with the chosen category's name.</summary>
    public async Task<(string FileName, string ContentType, byte[] Content)?> ExportAsync(BankActor actor, Guid categoryId, InterchangeFormat format, CancellationToken ct)
    {
        var visible = await bank.CategoriesAsync(actor, ct);
        var root = visible.FirstOrDefault(c => c.Id == categoryId);
        if (root is null)
        {
            return null;
        }

        var paths = new Dictionary<Guid, CategoryPath> { [root.Id] = new([root.Name]) };
        var categories = new List<ExportedCategory> { new(paths[root.Id], root.Info, root.IdNumber) };
        foreach (var category in visible.SkipWhile(c => c.Id != root.Id).Skip(1).TakeWhile(c => c.Depth > root.Depth))
        {
            paths[category.Id] = new([.. paths[category.ParentId!.Value].Segments, category.Name]);
            categories.Add(new ExportedCategory(paths[category.Id], category.Info, category.IdNumber));
        }

        var ids = paths.Keys.ToList();
        var questions = await db.Set<Question>().AsNoTracking().Where(q => ids.Contains(q.CategoryId) && !q.IsRemoved).OrderBy(q => q.CreatedAt).ToListAsync(ct);
        var exported = new List<ExportedQuestion>();
        foreach (var question in questions.OrderBy(q => ids.IndexOf(q.CategoryId)))
        {
            var content = await bank.ContentWithFilesAsync(question.CurrentVersionId, ct);
            exported.Add(new ExportedQuestion(content!, paths[question.CategoryId], [.. question.TagList], question.IdNumber));
        }

        var slug = Slug.From(root.Name);
        if (format == InterchangeFormat.Gift)
        {
            return ($"{slug}.gift.txt", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(new GiftWriter().Write(exported)));
        }

        using var stream = new MemoryStream();
        new MoodleXmlWriter().Write(exported, stream, categories);
        return ($"{slug}.xml", "application/xml", stream.ToArray());
    }

    public static InterchangeFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".txt" or ".gift" => InterchangeFormat.Gift,
        ".xml" => InterchangeFormat.MoodleXml,
        _ => null,
    };

    private static ImportResult Read(PendingImport pending)
    {
        if (pending.Format == InterchangeFormat.MoodleXml)
        {
            using var stream = new MemoryStream(pending.Content, writable: false);
            return new MoodleXmlReader().Read(stream);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(pending.Content);
        }
        catch (DecoderFallbackException)
        {
            return new ImportResult([], [], [new ImportProblem(1, null, "Файл не в кодуванні UTF-8. Збережіть його як UTF-8 і завантажте ще раз.")], []);
        }

        return new GiftReader().Read(text.TrimStart('\uFEFF'));
    }

    /// <summary>The reader's errors and, for questions it could read, what the bank's own rules refuse.</summary>
    private static List<ImportProblem> AllErrors(ImportResult result) =>
        [.. result.Errors, .. result.Questions.SelectMany(q => QuestionRules.Check(q.Content).Select(message => new ImportProblem(q.Line, q.Content.Name, message)))];

    private async Task<Guid> EnsureCategoryAsync(BankActor actor, Dictionary<CategoryPath, Guid> known, CategoryPath path, string info, string? idNumber, bool share, CancellationToken ct)
    {
        if (known.TryGetValue(path, out var id))
        {
            return id;
        }

        var parentId = await EnsureCategoryAsync(actor, known, new CategoryPath(path.Segments.Take(path.Segments.Count - 1).ToList()), "", null, share, ct);
        var name = path.Segments[^1].Trim();
        name = AssessmentLimits.Cut(name, AssessmentLimits.CategoryNameLength);
        var existing = await db.Set<QuestionCategory>().FirstOrDefaultAsync(c => c.ParentId == parentId && c.Name == name, ct)
            ?? db.ChangeTracker.Entries<QuestionCategory>().Select(e => e.Entity).FirstOrDefault(c => c.ParentId == parentId && c.Name == name);
        if (existing is null)
        {
            existing = new QuestionCategory(name, parentId, actor.UserId) { Info = AssessmentLimits.Cut(info, AssessmentLimits.CategoryInfoLength), IdNumber = idNumber is null ? null : AssessmentLimits.Cut(idNumber, AssessmentLimits.IdNumberLength), SortKey = UkrainianSort.Key(name), IsShared = share };
            db.Add(existing);
        }

        known[path] = existing.Id;
        return existing.Id;
    }
}
