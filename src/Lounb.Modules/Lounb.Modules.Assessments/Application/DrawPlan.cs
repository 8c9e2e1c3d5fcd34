using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Results;
using static Lounb.Modules.Assessments.Domain.AssessmentLimits;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// The rules of a drawn test's parts, before anything is saved: at least one part, each from a category the person may
/// use, within the draw limits, no category twice (nor inside another part that takes its subcategories), and never
/// more questions than the category has — so every attempt can be drawn.
/// </summary>
internal static class DrawPlan
{
    /// <summary>The parts with a count (a part of 0 is left out), or the first rule they break.</summary>
    public static Result<IReadOnlyList<DrawPart>> Check(IEnumerable<DrawPart> parts, IReadOnlyList<DrawableCategory> categories, IReadOnlyDictionary<Guid, Guid?> parents)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(parents);
        var chosen = parts.Where(p => p.Count != 0).ToList();
        if (chosen.Count == 0)
        {
            return AssessmentErrors.DrawnTestEmpty;
        }

        var byId = categories.ToDictionary(c => c.Id);
        foreach (var part in chosen)
        {
            if (part.Count is < 1 or > MaxDrawCount)
            {
                return AssessmentErrors.DrawOutOfRange;
            }

            if (!byId.TryGetValue(part.CategoryId, out var category))
            {
                return AssessmentErrors.CategoryNotFound;
            }

            var available = part.IncludeSubcategories ? category.WithSubcategories : category.Questions;
            if (part.Count > available)
            {
                return AssessmentErrors.NotEnoughInCategory(category.Name, available, part.Count);
            }

            if (chosen.Any(other => !ReferenceEquals(other, part) && (other.CategoryId == part.CategoryId || (other.IncludeSubcategories && IsWithin(part.CategoryId, other.CategoryId, parents)))))
            {
                return AssessmentErrors.DrawPartOverlaps(category.Name);
            }
        }

        return chosen;
    }

    /// <summary>Drawable questions per category, summed over each category's subtree as well.</summary>
    public static IReadOnlyList<DrawableCategory> Count(IReadOnlyList<CategoryNode> tree, IReadOnlyDictionary<Guid, int> drawable)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(drawable);
        var children = tree.ToLookup(c => c.ParentId);
        int Subtree(Guid id) => drawable.GetValueOrDefault(id) + children[id].Sum(c => Subtree(c.Id));
        return tree.Select(c => new DrawableCategory(c.Id, c.Name, c.Depth, drawable.GetValueOrDefault(c.Id), Subtree(c.Id))).ToList();
    }

    private static bool IsWithin(Guid category, Guid ancestor, IReadOnlyDictionary<Guid, Guid?> parents)
    {
        var seen = new HashSet<Guid>();
        for (var current = parents.GetValueOrDefault(category); current is { } id && seen.Add(id); current = parents.GetValueOrDefault(id))
        {
            if (id == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
