namespace Lounb.Modules.Core.Organisation;

public enum OblastKind
{
    Oblast,
    AutonomousRepublic,
    CityWithSpecialStatus,
}

/// <summary>A first-level region of Ukraine, keyed by its ISO 3166-2 code (e.g. "UA-09" for Luhansk oblast).</summary>
public sealed class Oblast
{
    public Oblast(string code, string name, string nameEn, OblastKind kind)
    {
        Code = code;
        Name = name;
        NameEn = nameEn;
        Kind = kind;
    }

    public string Code { get; private set; }

    /// <summary>Ukrainian name, e.g. "Луганська область".</summary>
    public string Name { get; private set; }

    public string NameEn { get; private set; }

    public OblastKind Kind { get; private set; }
}
