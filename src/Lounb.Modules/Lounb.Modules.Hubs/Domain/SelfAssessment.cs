using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Hubs.Domain;

internal enum AssessmentStage
{
    /// <summary>Taken when mentoring begins.</summary>
    Start,

    /// <summary>Taken when mentoring ends.</summary>
    End,
}

/// <summary>A competence rated on the 1–8 DigComp scale.</summary>
internal sealed record CompetenceRating(string Code, int Level);

/// <summary>A coordinator's DigComp self-assessment at one stage; taking it again replaces the ratings.</summary>
internal sealed class SelfAssessment
{
    private SelfAssessment()
    {
    }

    private SelfAssessment(Guid coordinatorId, AssessmentStage stage)
    {
        Id = Guid.CreateVersion7();
        CoordinatorId = coordinatorId;
        Stage = stage;
    }

    public Guid Id { get; private set; }

    public Guid CoordinatorId { get; private set; }

    public AssessmentStage Stage { get; private set; }

    public DateOnly TakenOn { get; private set; }

    public List<CompetenceRating> Ratings { get; private set; } = [];

    public static Result<SelfAssessment> Take(Guid coordinatorId, AssessmentStage stage, IReadOnlyDictionary<string, int> levels, DateOnly today)
    {
        var assessment = new SelfAssessment(coordinatorId, stage);
        return assessment.Rate(levels, today).Failed(out var error) ? error : assessment;
    }

    /// <summary>Every one of the 21 competences must have a level from 1 to 8; otherwise nothing changes.</summary>
    public Result Rate(IReadOnlyDictionary<string, int> levels, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var missing = DigComp.Competences.FirstOrDefault(c => !levels.ContainsKey(c.Code));
        if (missing is not null)
        {
            return HubsErrors.CompetenceNotRated(missing.Code, missing.Name);
        }

        if (levels.Values.Any(l => l is < DigComp.LowestLevel or > DigComp.HighestLevel))
        {
            return HubsErrors.LevelOutOfScale;
        }

        Ratings = DigComp.Competences.Select(c => new CompetenceRating(c.Code, levels[c.Code])).ToList();
        TakenOn = today;
        return Result.Success();
    }
}

/// <summary>An area's average level at the start and at the end of mentoring (null when that stage was not taken).</summary>
internal sealed record AreaGrowth(DigCompArea Area, decimal? Start, decimal? End)
{
    public decimal? Change => Start is { } start && End is { } end ? end - start : null;
}

internal static class SelfAssessmentGrowth
{
    /// <summary>Per area: the average of its competences' levels, rounded to one decimal, at start and at end.</summary>
    public static IReadOnlyList<AreaGrowth> PerArea(SelfAssessment? start, SelfAssessment? end) =>
        DigComp.Areas.Select(a => new AreaGrowth(a, AverageOf(start, a), AverageOf(end, a))).ToList();

    private static decimal? AverageOf(SelfAssessment? assessment, DigCompArea area)
    {
        if (assessment is null)
        {
            return null;
        }

        var codes = area.Competences.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var levels = assessment.Ratings.Where(r => codes.Contains(r.Code)).Select(r => (decimal)r.Level).ToList();
        return levels.Count == 0 ? null : Math.Round(levels.Average(), 1, MidpointRounding.AwayFromZero);
    }
}
