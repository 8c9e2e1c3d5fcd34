namespace Lounb.Modules.Attestation.Domain;

/// <summary>Every length and count limit of the module, once: the columns, the checks and the messages use these.</summary>
internal static class AttestationLimits
{
    public const int NameLength = 200;
    public const int OrderNumberLength = 40;
    public const int OblastCodeLength = 8;
    public const int PersonNameLength = 100;
    public const int PositionLength = 200;
    public const int EmailLength = 256;
    public const int PlaceLength = 300;
    public const int NoteLength = 2000;
    public const int InterviewNotesLength = 4000;
    public const int ConditionLength = 500;

    /// <summary>The most candidates one CSV file may bring (a campaign of a whole oblast fits).</summary>
    public const int ImportRows = 5000;

    public const long ImportBytes = 1024 * 1024;

    public const int MinAppealDays = 1;
    public const int MaxAppealDays = 30;

    /// <summary>Days to appeal when the campaign does not say otherwise.</summary>
    public const int DefaultAppealDays = 10;

    /// <summary>The largest denominator of a quorum fraction (2/3, 3/4, 1/2 …).</summary>
    public const int MaxQuorumDenominator = 10;

    public const int MaxConditions = 10;
}
