using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>Who is working in the bank: their id, and whether their author grant is national (they see and edit everything).</summary>
internal sealed record BankActor(Guid UserId, bool IsNational);

internal sealed record CategoryNode(Guid Id, Guid? ParentId, string Name, string Info, bool IsShared, bool IsOwn, int Depth, int QuestionCount, string? IdNumber = null);

internal sealed record QuestionRow(Guid Id, string Name, QuestionType Type, string Tags, int VersionCount, bool CanEdit);

internal sealed record QuestionForEdit(Guid? Id, Guid CategoryId, QuestionContent Content, string Tags, Guid? VersionId, int VersionCount);

internal sealed record VersionRow(Guid Id, int Number, DateTime CreatedAt, int AttemptCount);

/// <summary>The question bank: nested categories (own or shared), questions and their versions.</summary>
internal sealed class QuestionBankService(LounbDbContext db, QuestionContentCache contents, TimeProvider time)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Categories the person may see (own, shared, or all for a national author), as a tree in Ukrainian alphabetical order.</summary>
    public async Task<IReadOnlyList<CategoryNode>> CategoriesAsync(BankActor actor, CancellationToken ct)
    {
        var categories = await VisibleCategories(actor).AsNoTracking().ToListAsync(ct);
        var counts = await db.Set<Question>().AsNoTracking().Where(q => !q.IsRemoved).GroupBy(q => q.CategoryId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var visibleIds = categories.Select(c => c.Id).ToHashSet();
        var children = categories.ToLookup(c => c.ParentId is { } parent && visibleIds.Contains(parent) ? c.ParentId : null);
        var result = new List<CategoryNode>();
        void Walk(Guid? parentId, int depth)
        {
            foreach (var category in children[parentId].OrderBy(c => c.SortKey, StringComparer.Ordinal))
            {
                result.Add(new CategoryNode(category.Id, category.ParentId, category.Name, category.Info, category.IsShared,
                    category.OwnerId == actor.UserId, depth, counts.GetValueOrDefault(category.Id), category.IdNumber));
                Walk(category.Id, depth + 1);
            }
        }

        Walk(null, 0);
        return result;
    }

    public async Task<Result<Guid>> CreateCategoryAsync(BankActor actor, string name, Guid? parentId, bool isShared, string info, CancellationToken ct)
    {
        if (CheckCategory(name, info) is { } invalid)
        {
            return invalid;
        }

        if (parentId is { } parent && await FindEditableCategoryAsync(actor, parent, ct) is null)
        {
            return AssessmentErrors.CategoryNotFound;
        }

        var category = new QuestionCategory(name.Trim(), parentId, actor.UserId) { IsShared = isShared, Info = info.Trim(), SortKey = UkrainianSort.Key(name) };
        db.Add(category);
        await db.SaveChangesAsync(ct);
        return category.Id;
    }

    public async Task<Result> UpdateCategoryAsync(BankActor actor, Guid id, string name, Guid? parentId, bool isShared, string info, CancellationToken ct)
    {
        if (CheckCategory(name, info) is { } invalid)
        {
            return invalid;
        }

        var category = await FindEditableCategoryAsync(actor, id, ct);
        if (category is null)
        {
            return AssessmentErrors.CategoryNotFound;
        }

        if (parentId is { } parent)
        {
            if (await FindEditableCategoryAsync(actor, parent, ct) is null)
            {
                return AssessmentErrors.CategoryNotFound;
            }

            if (await IsWithinAsync(parent, id, ct))
            {
                return AssessmentErrors.CategoryCycle;
            }
        }

        category.Name = name.Trim();
        category.SortKey = UkrainianSort.Key(name);
        category.ParentId = parentId;
        category.IsShared = isShared;
        category.Info = info.Trim();
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> DeleteCategoryAsync(BankActor actor, Guid id, CancellationToken ct)
    {
        var category = await FindEditableCategoryAsync(actor, id, ct);
        if (category is null)
        {
            return AssessmentErrors.CategoryNotFound;
        }

        var inUse = await db.Set<QuestionCategory>().AnyAsync(c => c.ParentId == id, ct)
            || await db.Set<Question>().AnyAsync(q => q.CategoryId == id, ct)
            || await db.Set<QuizSlot>().AnyAsync(s => s.CategoryId == id, ct);
        if (inUse)
        {
            return AssessmentErrors.CategoryNotEmpty;
        }

        db.Remove(category);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<IReadOnlyList<QuestionRow>> QuestionsAsync(BankActor actor, Guid categoryId, string? search, CancellationToken ct)
    {
        var category = await VisibleCategories(actor).AsNoTracking().FirstOrDefaultAsync(c => c.Id == categoryId, ct);
        if (category is null)
        {
            return [];
        }

        // A category holds hundreds of questions at most: filtered here, Cyrillic-aware (SQLite's lower() knows only ASCII).
        var questions = await db.Set<Question>().AsNoTracking().Where(q => q.CategoryId == categoryId && !q.IsRemoved).OrderBy(q => q.CreatedAt).ThenBy(q => q.Id).ToListAsync(ct);
        var term = SearchText.Normalize(search);
        var canEdit = CanEdit(actor, category);
        return questions.Where(q => term.Length == 0 || SearchText.Normalize(q.Name).Contains(term, StringComparison.Ordinal) || q.Tags.Contains(term, StringComparison.Ordinal))
            .Select(q => new QuestionRow(q.Id, q.Name, q.Type, q.Tags, q.VersionCount, canEdit || q.OwnerId == actor.UserId)).ToList();
    }

    public async Task<QuestionForEdit?> ForEditAsync(BankActor actor, Guid questionId, CancellationToken ct)
    {
        var question = await db.Set<Question>().AsNoTracking().FirstOrDefaultAsync(q => q.Id == questionId && !q.IsRemoved, ct);
        if (question is null || await VisibleCategories(actor).AllAsync(c => c.Id != question.CategoryId, ct))
        {
            return null;
        }

        var content = await ContentWithFilesAsync(question.CurrentVersionId, ct);
        return content is null ? null : new QuestionForEdit(question.Id, question.CategoryId, content, question.Tags, question.CurrentVersionId, question.VersionCount);
    }

    /// <summary>
    /// Creates a question or writes a new version of it. Attempts keep the version they were given; the quiz's regrade
    /// moves them to the newest one when the methodologist asks.
    /// </summary>
    public async Task<Result<Guid>> SaveQuestionAsync(BankActor actor, Guid? questionId, Guid categoryId, QuestionContent content, string tags, CancellationToken ct)
    {
        var problems = QuestionRules.Check(content);
        if (problems.Count > 0)
        {
            return AssessmentErrors.QuestionInvalid(problems);
        }

        if (await FindUsableCategoryAsync(actor, categoryId, ct) is null)
        {
            return AssessmentErrors.CategoryNotFound;
        }

        Question? question;
        if (questionId is { } id)
        {
            question = await db.Set<Question>().FirstOrDefaultAsync(q => q.Id == id && !q.IsRemoved, ct);
            if (question is null || !await CanEditQuestionAsync(actor, question, ct))
            {
                return AssessmentErrors.QuestionNotFound;
            }

            question.CategoryId = categoryId;
        }
        else
        {
            question = new Question(categoryId, actor.UserId, Now);
            db.Add(question);
        }

        AddVersion(question, content, actor.UserId);
        question.Tags = NormalizeTags(tags);
        await db.SaveChangesAsync(ct);
        return question.Id;
    }

    public async Task<Result> RemoveQuestionAsync(BankActor actor, Guid questionId, CancellationToken ct)
    {
        var question = await db.Set<Question>().FirstOrDefaultAsync(q => q.Id == questionId && !q.IsRemoved, ct);
        if (question is null || !await CanEditQuestionAsync(actor, question, ct))
        {
            return AssessmentErrors.QuestionNotFound;
        }

        question.IsRemoved = true;
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<IReadOnlyList<VersionRow>> VersionsAsync(Guid questionId, CancellationToken ct)
    {
        var versions = await db.Set<QuestionVersion>().AsNoTracking().Where(v => v.QuestionId == questionId).OrderByDescending(v => v.Number)
            .Select(v => new { v.Id, v.Number, v.CreatedAt }).ToListAsync(ct);
        var ids = versions.Select(v => v.Id).ToList();
        var used = await db.Set<AttemptSlot>().AsNoTracking().Where(s => ids.Contains(s.QuestionVersionId))
            .GroupBy(s => s.QuestionVersionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return versions.Select(v => new VersionRow(v.Id, v.Number, v.CreatedAt, used.GetValueOrDefault(v.Id))).ToList();
    }

    /// <summary>The full content of a version, images included (for the editor and exports).</summary>
    public async Task<QuestionContent?> ContentWithFilesAsync(Guid versionId, CancellationToken ct)
    {
        var content = await contents.GetAsync(db, versionId, ct);
        if (content is null)
        {
            return null;
        }

        var files = await db.Set<QuestionFile>().AsNoTracking().Where(f => f.VersionId == versionId).ToListAsync(ct);
        return content with { Files = [.. files.Select(f => new EmbeddedFile(f.Name, f.ContentType, f.Content))] };
    }

    /// <summary>Adds a version (and its images) to a tracked question; the caller saves.</summary>
    internal void AddVersion(Question question, QuestionContent content, Guid authorId)
    {
        question.VersionCount++;
        var version = new QuestionVersion(question.Id, question.VersionCount, content.Type, QuestionJson.Write(content), authorId, Now);
        db.Add(version);
        foreach (var file in content.Files.DistinctBy(f => f.Name, StringComparer.Ordinal))
        {
            db.Add(new QuestionFile(version.Id, file.Name, file.ContentType, file.Content));
        }

        question.CurrentVersionId = version.Id;
        question.Name = content.Name.Trim();
        question.Type = content.Type;
    }

    /// <summary>Categories visible to the person: their own, shared ones, or all for a national author.</summary>
    internal IQueryable<QuestionCategory> VisibleCategories(BankActor actor) =>
        actor.IsNational ? db.Set<QuestionCategory>() : db.Set<QuestionCategory>().Where(c => c.OwnerId == actor.UserId || c.IsShared);

    /// <summary>A category the person may put questions into and draw from: visible to them.</summary>
    internal Task<QuestionCategory?> FindUsableCategoryAsync(BankActor actor, Guid id, CancellationToken ct) =>
        VisibleCategories(actor).FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>
    /// Tags as stored: lower case, without repeats, each of at most <see cref="AssessmentLimits.TagLength"/> characters,
    /// the first ones that fit into <see cref="AssessmentLimits.TagsLength"/> (a longer list is cut, never refused).
    /// </summary>
    public static string NormalizeTags(string tags)
    {
        var kept = new List<string>();
        var length = 0;
        foreach (var tag in tags.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                     .Select(t => t.ToLowerInvariant()).Where(t => t.Length <= AssessmentLimits.TagLength).Distinct(StringComparer.Ordinal))
        {
            var added = length + tag.Length + (kept.Count == 0 ? 0 : 1);
            if (kept.Count == AssessmentLimits.MaxTags || added > AssessmentLimits.TagsLength)
            {
                break;
            }

            kept.Add(tag);
            length = added;
        }

        return string.Join(",", kept);
    }

    private async Task<QuestionCategory?> FindEditableCategoryAsync(BankActor actor, Guid id, CancellationToken ct)
    {
        var category = await db.Set<QuestionCategory>().FirstOrDefaultAsync(c => c.Id == id, ct);
        return category is not null && CanEdit(actor, category) ? category : null;
    }

    private async Task<bool> CanEditQuestionAsync(BankActor actor, Question question, CancellationToken ct)
    {
        if (actor.IsNational || question.OwnerId == actor.UserId)
        {
            return true;
        }

        var category = await db.Set<QuestionCategory>().AsNoTracking().FirstAsync(c => c.Id == question.CategoryId, ct);
        return CanEdit(actor, category);
    }

    private static bool CanEdit(BankActor actor, QuestionCategory category) => actor.IsNational || category.OwnerId == actor.UserId;

    private async Task<bool> IsWithinAsync(Guid candidate, Guid ancestor, CancellationToken ct)
    {
        var parents = await db.Set<QuestionCategory>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.ParentId, ct);
        for (Guid? current = candidate; current is { } id; current = parents.GetValueOrDefault(id))
        {
            if (id == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    internal static Error? CheckCategory(string name, string info) =>
        string.IsNullOrWhiteSpace(name) ? AssessmentErrors.NameRequired
        : name.Trim().Length > AssessmentLimits.CategoryNameLength ? AssessmentErrors.CategoryNameTooLong
        : info.Trim().Length > AssessmentLimits.CategoryInfoLength ? AssessmentErrors.CategoryInfoTooLong
        : null;
}
