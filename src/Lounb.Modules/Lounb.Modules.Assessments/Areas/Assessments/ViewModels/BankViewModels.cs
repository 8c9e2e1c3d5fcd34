using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Areas.Assessments.ViewModels;

/// <summary>The bank: the category tree, the chosen category and its questions.</summary>
internal sealed class BankPage
{
    public required IReadOnlyList<CategoryNode> Categories { get; init; }

    public CategoryNode? Selected { get; init; }

    public IReadOnlyList<QuestionRow> Questions { get; init; } = [];

    public string? Search { get; init; }

    /// <summary>The person may rename, move, share and delete the chosen category (own, or a national author).</summary>
    public bool CanEditSelected { get; init; }

    /// <summary>Categories new ones may be created in and moved under (own, or all for a national author).</summary>
    public IReadOnlyList<CategoryNode> EditableParents { get; init; } = [];
}

/// <summary>The upload form of an import.</summary>
internal sealed class ImportPage
{
    public required IReadOnlyList<CategoryNode> Categories { get; init; }

    public Guid? CategoryId { get; init; }

    public int MaxMegabytes { get; init; }
}

/// <summary>What an uploaded file would import, shown before anything enters the bank.</summary>
internal sealed class ImportPreviewPage
{
    public required ImportPreview Preview { get; init; }

    public required Guid TargetCategoryId { get; init; }

    public string CategoryPath(CategoryPath path) =>
        path.Segments.Count == 0 ? Preview.TargetCategory : Preview.TargetCategory + " / " + path;

    /// <summary>Every category path the file names (declared or used by a question), below the target category.</summary>
    public IReadOnlyList<CategoryPath> NewCategories =>
        [.. Preview.Result.Categories.Select(c => c.Path).Concat(Preview.Result.Questions.Select(q => q.Category))
            .Where(p => p.Segments.Count > 0).SelectMany(Prefixes).Distinct().OrderBy(p => p.ToString(), StringComparer.Ordinal)];

    public IReadOnlyList<(QuestionType Type, int Count)> CountsByType =>
        [.. Preview.Result.Questions.GroupBy(q => q.Content.Type).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))];

    private static IEnumerable<CategoryPath> Prefixes(CategoryPath path) =>
        Enumerable.Range(1, path.Segments.Count).Select(n => new CategoryPath([.. path.Segments.Take(n)]));
}
