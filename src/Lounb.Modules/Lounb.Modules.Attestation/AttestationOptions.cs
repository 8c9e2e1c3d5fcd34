using System.ComponentModel.DataAnnotations;

namespace Lounb.Modules.Attestation;

/// <summary>Bound from "Lounb:Attestation".</summary>
internal sealed class AttestationOptions
{
    public const string Section = "Lounb:Attestation";

    /// <summary>Those who have not taken the test are listed for a reminder once the window closes within this many days.</summary>
    [Range(1, 30)]
    public int ReminderDaysBeforeTestCloses { get; set; } = 3;

    /// <summary>A candidate reminded less than this many hours ago is not reminded again (a double click sends one letter).</summary>
    [Range(1, 168)]
    public int ReminderRepeatHours { get; set; } = 12;

    /// <summary>How long one interview lasts: two candidates' slots may not start closer than this.</summary>
    [Range(5, 240)]
    public int InterviewMinutes { get; set; } = 30;
}
