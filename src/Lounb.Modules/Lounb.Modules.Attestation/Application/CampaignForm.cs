using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Time;

namespace Lounb.Modules.Attestation.Application;

/// <summary>The campaign form as a person fills it: the test window in whole days of Kyiv time.</summary>
internal sealed class CampaignForm
{
    public string? Name { get; set; }

    public string? OrderNumber { get; set; }

    public DateOnly? OrderDate { get; set; }

    public string? OblastCode { get; set; }

    /// <summary>The first day of the test window.</summary>
    public DateOnly? TestFrom { get; set; }

    /// <summary>The last day of the test window (inclusive).</summary>
    public DateOnly? TestTo { get; set; }

    public int AppealDays { get; set; } = AttestationLimits.DefaultAppealDays;

    public int QuorumNumerator { get; set; } = QuorumRule.TwoThirds.Numerator;

    public int QuorumDenominator { get; set; } = QuorumRule.TwoThirds.Denominator;

    public Guid? QuizId { get; set; }

    /// <summary>The hromadas the campaign is limited to (edit page; none: the whole oblast).</summary>
    public List<Guid> HromadaIds { get; set; } = [];

    /// <summary>The form filled with the campaign as it stands (the last test day is the day before the window closes).</summary>
    public static CampaignForm Of(Campaign campaign, LocalTime localTime)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(localTime);
        return new CampaignForm
        {
            Name = campaign.Name, OrderNumber = campaign.OrderNumber, OrderDate = campaign.OrderDate, OblastCode = campaign.OblastCode,
            TestFrom = campaign.TestOpensAt is { } opens ? localTime.DateOf(opens) : null,
            TestTo = campaign.TestClosesAt is { } closes ? localTime.DateOf(closes).AddDays(-1) : null,
            AppealDays = campaign.AppealDays, QuorumNumerator = campaign.QuorumNumerator, QuorumDenominator = campaign.QuorumDenominator,
            QuizId = campaign.QuizId,
            HromadaIds = campaign.ScopeUnits.Where(u => u.Kind == ScopeUnitKind.Hromada).Select(u => u.UnitId).ToList(),
        };
    }

    public CampaignInput ToInput(LocalTime localTime)
    {
        ArgumentNullException.ThrowIfNull(localTime);
        return new CampaignInput(Name ?? "", OrderNumber ?? "", OrderDate, OblastCode ?? "",
            StartOf(localTime, TestFrom), StartOf(localTime, TestTo?.AddDays(1)), AppealDays, new QuorumRule(QuorumNumerator, QuorumDenominator), QuizId);
    }

    private static DateTime? StartOf(LocalTime localTime, DateOnly? day) =>
        day is { } d && localTime.TryToUtc(d.ToDateTime(TimeOnly.MinValue), out var utc) ? utc : null;
}
