using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Contracts;

namespace Lounb.Modules.Assessments.Tests.Rules;

/// <summary>A test drawn from bank categories is checked before it is saved, so every attempt can be drawn.</summary>
public class DrawPlanTests
{
    private static readonly Guid Law = Guid.NewGuid();
    private static readonly Guid Language = Guid.NewGuid();
    private static readonly Guid Spelling = Guid.NewGuid();

    /// <summary>«Законодавство» (8), «Українська мова» (3) with its subcategory «Правопис» (4).</summary>
    private static readonly IReadOnlyList<CategoryNode> Tree =
    [
        new(Law, null, "Законодавство", "", true, false, 0, 8),
        new(Language, null, "Українська мова", "", true, false, 0, 3),
        new(Spelling, Language, "Правопис", "", true, false, 1, 4),
    ];

    private static readonly IReadOnlyDictionary<Guid, Guid?> Parents = Tree.ToDictionary(c => c.Id, c => c.ParentId);

    private static IReadOnlyList<DrawableCategory> Categories() =>
        DrawPlan.Count(Tree, new Dictionary<Guid, int> { [Law] = 8, [Language] = 3, [Spelling] = 4 });

    [Fact]
    public void Count_SumsEachCategoryWithItsSubcategories()
    {
        var categories = Categories();

        Assert.Equal((8, 8), (categories[0].Questions, categories[0].WithSubcategories));
        Assert.Equal((3, 7), (categories[1].Questions, categories[1].WithSubcategories));
        Assert.Equal((4, 4), (categories[2].Questions, categories[2].WithSubcategories));
    }

    [Fact]
    public void Check_LeavesOutPartsOfZeroAndKeepsTheRest()
    {
        var checkedParts = DrawPlan.Check([new(Law, 5, false), new(Spelling, 0, false), new(Language, 7, true)], Categories(), Parents).Value;

        Assert.Equal([Law, Language], checkedParts.Select(p => p.CategoryId));
    }

    [Fact]
    public void Check_MoreThanTheCategoryHas_NamesTheCategoryAndBothNumbers()
    {
        var refused = DrawPlan.Check([new(Language, 4, false)], Categories(), Parents);

        Assert.Equal("Assessments:NotEnoughInCategory", refused.Error!.Code);
        Assert.Contains("«Українська мова» лише 3 питань, а потрібно 4", refused.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nothing", "Assessments:DrawnTestEmpty")]
    [InlineData("negative", "Assessments:DrawOutOfRange")]
    [InlineData("unknown category", "Assessments:CategoryNotFound")]
    [InlineData("twice", "Assessments:DrawPartOverlaps")]
    [InlineData("inside a part with subcategories", "Assessments:DrawPartOverlaps")]
    public void Check_Refuses(string what, string code)
    {
        DrawPart[] parts = what switch
        {
            "nothing" => [new(Law, 0, false)],
            "negative" => [new(Law, -1, false)],
            "unknown category" => [new(Guid.NewGuid(), 1, false)],
            "twice" => [new(Law, 1, false), new(Law, 2, false)],
            _ => [new(Language, 2, true), new(Spelling, 1, false)],
        };

        Assert.Equal(code, DrawPlan.Check(parts, Categories(), Parents).Error!.Code);
    }

    [Fact]
    public void Check_ASubcategoryBesideItsParentWithoutSubcategories_IsAllowed()
    {
        Assert.True(DrawPlan.Check([new(Language, 3, false), new(Spelling, 4, false)], Categories(), Parents).IsSuccess);
    }
}
