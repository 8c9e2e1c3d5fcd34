namespace Lounb.Learning.Seeding;

/// <summary>Bound from "Lounb:DemoData". Demo data is never written in Production, whatever this says.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "Lounb:DemoData";

    public bool Enabled { get; set; }

    /// <summary>With demo data: also the demo year (about 60 people in the demo libraries and a year of their learning, for the reports).</summary>
    public bool ActivityYear { get; set; } = true;

    /// <summary>Password of every demo account (development only; set in appsettings.Development.json).</summary>
    public string? Password { get; set; }
}
