using Lounb.Modules.Attestation.Domain;

namespace Lounb.Modules.Attestation.Application;

/// <summary>
/// The secretary's form for one candidate: the members present, each one's vote (<c>Votes[userId]</c>), the category
/// recommendation and up to <see cref="AttestationLimits.MaxConditions"/> conditions for a «за умови» decision.
/// </summary>
internal sealed class VoteForm
{
    public List<Guid> Present { get; set; } = [];

    /// <summary>Each member's vote; the form sends an empty one («не голосує») for those absent, which counts as none.</summary>
    public Dictionary<Guid, AttestationOutcome?> Votes { get; set; } = [];

    public CategoryRecommendation Category { get; set; }

    public List<ConditionForm> Conditions { get; set; } = [];

    public VoteSheet ToSheet() => new(Present, Votes.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!.Value),
        new DecisionInput(Category, Conditions.Where(c => c.DueOn is not null && (!string.IsNullOrWhiteSpace(c.Text) || c.CourseId is not null))
            .Select(c => new ConditionInput(c.Text ?? "", c.DueOn!.Value, c.CourseId)).ToList()));
}

internal sealed class ConditionForm
{
    public string? Text { get; set; }

    public DateOnly? DueOn { get; set; }

    public Guid? CourseId { get; set; }
}
