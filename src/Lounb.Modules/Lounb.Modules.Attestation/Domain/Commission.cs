using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Attestation.Domain;

internal enum CommissionRole
{
    Chair,
    Deputy,
    Secretary,
    Member,
}

/// <summary>A person's place in a campaign's commission. Leaving sets <see cref="LeftAt"/>: nobody is deleted.</summary>
internal sealed class CommissionMember
{
    /// <summary>For EF Core.</summary>
    private CommissionMember()
    {
    }

    public CommissionMember(Guid campaignId, Guid userId, CommissionRole role, Guid addedById, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CampaignId = campaignId;
        UserId = userId;
        Role = role;
        AddedById = addedById;
        AddedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public Guid UserId { get; private set; }

    public CommissionRole Role { get; private set; }

    public Guid AddedById { get; private set; }

    public DateTime AddedAt { get; private set; }

    public DateTime? LeftAt { get; private set; }

    public Guid? RemovedById { get; private set; }

    public bool IsActive => LeftAt is null;

    public void Leave(Guid removedById, DateTime now)
    {
        LeftAt ??= now;
        RemovedById ??= removedById;
    }
}

/// <summary>How the commission voted on one candidate: the counts, the outcome and whether the chair's vote decided a tie.</summary>
internal sealed record VoteTally(AttestationOutcome Outcome, int Present, int Composition, int Fit, int FitWithConditions, int NotFit, bool TieDecidedByChair)
{
    public int CountFor(AttestationOutcome outcome) => outcome switch
    {
        AttestationOutcome.Fit => Fit,
        AttestationOutcome.FitWithConditions => FitWithConditions,
        _ => NotFit,
    };
}

/// <summary>
/// The sitting members of one campaign's commission and its rules: one chair, one deputy and one secretary at most,
/// a person once; a decision needs a quorum of the members present and a simple majority of them; a tie is decided by
/// the chair's vote (the deputy's when the chair is absent).
/// </summary>
internal sealed class Commission
{
    private readonly List<CommissionMember> _members;

    public Commission(IEnumerable<CommissionMember> members) => _members = members.Where(m => m.IsActive).ToList();

    public IReadOnlyList<CommissionMember> Members => _members;

    public int Composition => _members.Count;

    public bool Includes(Guid userId) => _members.Any(m => m.UserId == userId);

    public CommissionMember? Holding(CommissionRole role) => _members.FirstOrDefault(m => m.Role == role);

    /// <summary>The secretary and the chair write presence, votes and interview notes.</summary>
    public bool MayRecord(Guid userId) => _members.Any(m => m.UserId == userId && m.Role is CommissionRole.Secretary or CommissionRole.Chair);

    public Error? CanAdd(Guid userId, CommissionRole role) =>
        Includes(userId) ? AttestationErrors.AlreadyInCommission
        : role != CommissionRole.Member && Holding(role) is not null ? AttestationErrors.RoleTaken
        : null;

    /// <summary>Counts the votes of the members present and finds the outcome by the campaign's rule.</summary>
    /// <param name="present">The members the secretary marked present.</param>
    /// <param name="votes">Each present member's vote, by person.</param>
    public Result<VoteTally> Tally(QuorumRule quorum, IReadOnlyCollection<Guid> present, IReadOnlyDictionary<Guid, AttestationOutcome> votes)
    {
        ArgumentNullException.ThrowIfNull(present);
        ArgumentNullException.ThrowIfNull(votes);
        if (Holding(CommissionRole.Chair) is null || Holding(CommissionRole.Secretary) is null)
        {
            return AttestationErrors.CommissionIncomplete;
        }

        var presentSet = present.ToHashSet();
        if (presentSet.Count == 0)
        {
            return AttestationErrors.NobodyPresent;
        }

        if (presentSet.Concat(votes.Keys).Any(id => !Includes(id)))
        {
            return AttestationErrors.VoterNotInCommission;
        }

        if (votes.Keys.Any(id => !presentSet.Contains(id)))
        {
            return AttestationErrors.VoterAbsent;
        }

        if (presentSet.Any(id => !votes.ContainsKey(id)))
        {
            return AttestationErrors.VoteMissing;
        }

        if (!quorum.IsMet(presentSet.Count, Composition))
        {
            return AttestationErrors.NoQuorum(presentSet.Count, quorum.Needed(Composition), Composition);
        }

        var counts = Enum.GetValues<AttestationOutcome>().ToDictionary(o => o, o => votes.Values.Count(v => v == o));
        var most = counts.Values.Max();
        var leaders = counts.Where(c => c.Value == most).Select(c => c.Key).ToList();
        AttestationOutcome outcome;
        var tieDecided = false;
        if (leaders.Count == 1 && most * 2 > presentSet.Count)
        {
            outcome = leaders[0];
        }
        else if (leaders.Count > 1 && PresidingVote(presentSet, votes) is { } casting && leaders.Contains(casting))
        {
            outcome = casting;
            tieDecided = true;
        }
        else
        {
            return AttestationErrors.NoMajority;
        }

        return new VoteTally(outcome, presentSet.Count, Composition,
            counts[AttestationOutcome.Fit], counts[AttestationOutcome.FitWithConditions], counts[AttestationOutcome.NotFit], tieDecided);
    }

    /// <summary>The vote of who presides: the chair, or the deputy when the chair is absent.</summary>
    private AttestationOutcome? PresidingVote(HashSet<Guid> present, IReadOnlyDictionary<Guid, AttestationOutcome> votes)
    {
        foreach (var role in new[] { CommissionRole.Chair, CommissionRole.Deputy })
        {
            if (Holding(role) is { } member && present.Contains(member.UserId))
            {
                return votes[member.UserId];
            }
        }

        return null;
    }
}
