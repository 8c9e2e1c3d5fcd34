using Lounb.Modules.Attestation.Contracts;
using Lounb.Modules.Attestation.Domain;

namespace Lounb.Modules.Attestation.Application;

/// <summary>The one place that says how a commission's decision is told to other modules (the commission's page and the demo data).</summary>
internal static class DecisionEvents
{
    public static AttestationDecided Of(Campaign campaign, Candidate candidate, Decision decision) =>
        new(decision.Id, candidate.Id, candidate.UserId, campaign.OblastCode, decision.Round, (AttestationVerdict)(int)decision.Outcome, decision.DecidedAt);
}
