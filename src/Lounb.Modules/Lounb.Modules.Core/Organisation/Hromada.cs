namespace Lounb.Modules.Core.Organisation;

/// <summary>A territorial community (територіальна громада) within an oblast.</summary>
public sealed class Hromada
{
    public Hromada(string oblastCode, string name)
    {
        Id = Guid.CreateVersion7();
        OblastCode = oblastCode;
        Name = name;
    }

    public Guid Id { get; private set; }

    public string OblastCode { get; private set; }

    public string Name { get; set; }
}
