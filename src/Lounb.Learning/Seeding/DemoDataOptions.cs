namespace Lounb.Learning.Seeding;

/// <summary>Bound from "Lounb:DemoData". Demo data is never written in Production, whatever this says.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "Lounb:DemoData";

    public bool Enabled { get; set; }

    /// <summary>Password of every demo account (development only; set in appsettings.Development.json).</summary>
    public string? Password { get; set; }
}
