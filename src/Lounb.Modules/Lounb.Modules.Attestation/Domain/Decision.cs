using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Attestation.Domain;

/// <summary>The three decisions of an attestation commission.</summary>
internal enum AttestationOutcome
{
    /// <summary>«Відповідає займаній посаді».</summary>
    Fit,

    /// <summary>«Відповідає займаній посаді за умови …»: with conditions and their due dates.</summary>
    FitWithConditions,

    /// <summary>«Не відповідає займаній посаді».</summary>
    NotFit,
}

/// <summary>What the decision recommends about the person's qualification category.</summary>
internal enum CategoryRecommendation
{
    None,
    Assign,
    Raise,
    Keep,
}

internal static class DecisionText
{
    public static string Of(AttestationOutcome outcome) => outcome switch
    {
        AttestationOutcome.Fit => "Відповідає займаній посаді",
        AttestationOutcome.FitWithConditions => "Відповідає займаній посаді за умови",
        _ => "Не відповідає займаній посаді",
    };

    public static string Of(CategoryRecommendation category) => category switch
    {
        CategoryRecommendation.Assign => "присвоїти кваліфікаційну категорію",
        CategoryRecommendation.Raise => "підвищити кваліфікаційну категорію",
        CategoryRecommendation.Keep => "залишити кваліфікаційну категорію",
        _ => "без рекомендації щодо категорії",
    };
}

/// <summary>A condition of a «за умови» decision as the secretary writes it; <see cref="CourseId"/> when it is "complete course X".</summary>
internal sealed record ConditionInput(string Text, DateOnly DueOn, Guid? CourseId);

/// <summary>What the secretary records with the votes: the category recommendation and, for «за умови», the conditions.</summary>
internal sealed record DecisionInput(CategoryRecommendation Category, IReadOnlyList<ConditionInput> Conditions);

/// <summary>The commission's decision on one candidate, in one round (1: first; 2: after an appeal), with its votes.</summary>
internal sealed class Decision
{
    private readonly List<DecisionVote> _votes = [];
    private readonly List<DecisionCondition> _conditions = [];

    /// <summary>For EF Core.</summary>
    private Decision()
    {
    }

    private Decision(Guid candidateId, int round, VoteTally tally, CategoryRecommendation category, Guid recordedById, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CandidateId = candidateId;
        Round = round;
        Outcome = tally.Outcome;
        Present = tally.Present;
        Composition = tally.Composition;
        VotesFit = tally.Fit;
        VotesFitWithConditions = tally.FitWithConditions;
        VotesNotFit = tally.NotFit;
        TieDecidedByChair = tally.TieDecidedByChair;
        Category = category;
        RecordedById = recordedById;
        DecidedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid CandidateId { get; private set; }

    public int Round { get; private set; }

    public AttestationOutcome Outcome { get; private set; }

    public int Present { get; private set; }

    public int Composition { get; private set; }

    public int VotesFit { get; private set; }

    public int VotesFitWithConditions { get; private set; }

    public int VotesNotFit { get; private set; }

    public bool TieDecidedByChair { get; private set; }

    public CategoryRecommendation Category { get; private set; }

    public Guid RecordedById { get; private set; }

    public DateTime DecidedAt { get; private set; }

    public IReadOnlyList<DecisionVote> Votes => _votes;

    public IReadOnlyList<DecisionCondition> Conditions => _conditions;

    /// <summary>Builds the decision from a tally; a «за умови» outcome needs conditions due after the decision day.</summary>
    public static Result<Decision> From(
        Guid candidateId, int round, VoteTally tally, IReadOnlyDictionary<Guid, AttestationOutcome> votes, DecisionInput input, Guid recordedById, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(input);
        var conditions = tally.Outcome == AttestationOutcome.FitWithConditions
            ? input.Conditions.Select(c => c with { Text = c.Text.Trim() }).Where(c => c.Text.Length > 0 || c.CourseId is not null).ToList()
            : [];
        if (tally.Outcome == AttestationOutcome.FitWithConditions && conditions.Count == 0)
        {
            return AttestationErrors.ConditionsRequired;
        }

        var today = DateOnly.FromDateTime(now);
        var problem = conditions.Count > AttestationLimits.MaxConditions ? AttestationErrors.TooManyConditions
            : conditions.Any(c => c.Text.Length > AttestationLimits.ConditionLength) ? AttestationErrors.ConditionTooLong
            : conditions.Any(c => c.DueOn <= today) ? AttestationErrors.ConditionDueInPast
            : null;
        if (problem is not null)
        {
            return problem;
        }

        var decision = new Decision(candidateId, round, tally, input.Category, recordedById, now);
        decision._votes.AddRange(votes.Select(v => new DecisionVote(decision.Id, v.Key, v.Value)));
        decision._conditions.AddRange(conditions.Select(c => new DecisionCondition(decision.Id, c)));
        return decision;
    }
}

internal sealed class DecisionVote
{
    /// <summary>For EF Core.</summary>
    private DecisionVote()
    {
    }

    public DecisionVote(Guid decisionId, Guid memberUserId, AttestationOutcome choice)
    {
        Id = Guid.CreateVersion7();
        DecisionId = decisionId;
        MemberUserId = memberUserId;
        Choice = choice;
    }

    public Guid Id { get; private set; }

    public Guid DecisionId { get; private set; }

    /// <summary>The member who voted (and so was present).</summary>
    public Guid MemberUserId { get; private set; }

    public AttestationOutcome Choice { get; private set; }
}

/// <summary>A condition of a «за умови» decision; met by hand, or when its course is completed.</summary>
internal sealed class DecisionCondition
{
    /// <summary>For EF Core.</summary>
    private DecisionCondition()
    {
    }

    public DecisionCondition(Guid decisionId, ConditionInput input)
    {
        Id = Guid.CreateVersion7();
        DecisionId = decisionId;
        Text = input.Text;
        DueOn = input.DueOn;
        CourseId = input.CourseId;
    }

    public Guid Id { get; private set; }

    public Guid DecisionId { get; private set; }

    public string Text { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    /// <summary>The course whose completion meets the condition.</summary>
    public Guid? CourseId { get; private set; }

    public DateTime? MetAt { get; private set; }

    /// <summary>Who marked it met; <c>null</c> when the completed course did.</summary>
    public Guid? MetById { get; private set; }

    public bool IsMet => MetAt is not null;

    /// <summary>Marks the condition met once; returns false when it already was (so a repeated event changes nothing).</summary>
    public bool MarkMet(Guid? byId, DateTime at)
    {
        if (IsMet)
        {
            return false;
        }

        MetAt = at;
        MetById = byId;
        return true;
    }
}
