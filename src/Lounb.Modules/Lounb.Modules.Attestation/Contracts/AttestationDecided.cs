using Lounb.Modules.Core.Events;

namespace Lounb.Modules.Attestation.Contracts;

/// <summary>The commission's decision as other modules name it.</summary>
public enum AttestationVerdict
{
    Fit,
    FitWithConditions,
    NotFit,
}

/// <summary>
/// An attestation commission decided about a candidate (round 1, or round 2 after an appeal: the later decision
/// replaces the earlier one for <see cref="CandidateId"/>). <see cref="UserId"/> is null for a candidate with no account.
/// </summary>
public sealed record AttestationDecided(Guid DecisionId, Guid CandidateId, Guid? UserId, string OblastCode, int Round, AttestationVerdict Verdict, DateTime DecidedAt)
    : IIntegrationEvent;
