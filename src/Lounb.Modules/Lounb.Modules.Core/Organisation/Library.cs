namespace Lounb.Modules.Core.Organisation;

/// <summary>A library (institution) in a hromada, with its departments.</summary>
public sealed class Library
{
    public Library(Guid hromadaId, string oblastCode, string name)
    {
        Id = Guid.CreateVersion7();
        HromadaId = hromadaId;
        OblastCode = oblastCode;
        Name = name;
    }

    public Guid Id { get; private set; }

    public Guid HromadaId { get; private set; }

    /// <summary>Copied from the hromada so that oblast scoping needs no join.</summary>
    public string OblastCode { get; private set; }

    public string Name { get; set; }

    /// <summary>Short name used in lists, e.g. "ЛОУНБ".</summary>
    public string? ShortName { get; set; }

    public string? Address { get; set; }

    public string? Email { get; set; }

    public List<Department> Departments { get; } = [];
}

/// <summary>A department of a library, e.g. ВНМР (відділ науково-методичної роботи).</summary>
public sealed class Department
{
    public Department(Guid libraryId, string name, string? abbreviation)
    {
        Id = Guid.CreateVersion7();
        LibraryId = libraryId;
        Name = name;
        Abbreviation = abbreviation;
    }

    public Guid Id { get; private set; }

    public Guid LibraryId { get; private set; }

    public string Name { get; set; }

    public string? Abbreviation { get; set; }
}
