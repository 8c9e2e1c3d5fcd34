using System.ComponentModel.DataAnnotations;

namespace Lounb.Modules.Hubs;

/// <summary>Bound from "Lounb:Hubs".</summary>
internal sealed class HubsOptions
{
    public const string Section = "Lounb:Hubs";

    /// <summary>
    /// The oblasts (codes as in the organisation tree) that take part in the mentoring programme; the national table
    /// lists exactly these. Empty means every oblast.
    /// </summary>
    [MaxLength(27)]
    public List<string> ParticipatingOblasts { get; set; } = [];
}
