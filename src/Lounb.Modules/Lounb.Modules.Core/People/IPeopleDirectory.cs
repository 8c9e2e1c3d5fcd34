using Lounb.Modules.Core.Identity;

namespace Lounb.Modules.Core.People;

/// <summary>
/// How modules read people and the organisation tree: composable, read-only queries over stable shapes, so the
/// account and organisation tables can change in one place. Use it in joins and filters
/// (<c>query.Join(directory.People, x => x.UserId, p => p.Id, …)</c>); never write through it.
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>Every person with an account, untracked.</summary>
    IQueryable<PersonCard> People { get; }

    /// <summary>The oblasts (24 oblasts, Crimea, Kyiv, Sevastopol); order them with <c>Oblasts.InDisplayOrder</c>.</summary>
    IQueryable<OblastCard> Oblasts { get; }

    IQueryable<LibraryCard> Libraries { get; }

    /// <summary>People who hold <paramref name="role"/>, with the oblast the role is scoped to (<c>null</c> for national).</summary>
    IQueryable<RoleHolder> InRole(string role);

    Task<PersonCard?> FindAsync(Guid personId, CancellationToken ct);

    /// <summary>The person whose e-mail is <paramref name="email"/> (compared as Identity normalises it).</summary>
    Task<PersonCard?> FindByEmailAsync(string email, CancellationToken ct);

    Task<bool> ExistsAsync(Guid personId, CancellationToken ct);
}

/// <summary>A person as other modules see them.</summary>
public sealed class PersonCard
{
    public Guid Id { get; init; }

    public string FullName { get; init; } = "";

    /// <summary>The name as Ukrainian alphabetical order sorts it.</summary>
    public string SortName { get; init; } = "";

    public string? Email { get; init; }

    public string? NormalizedEmail { get; init; }

    public PersonKind Kind { get; init; }

    public AgeGroup? AgeGroup { get; init; }

    /// <summary>A parent's or guardian's consent is on record (needed for a child under 14).</summary>
    public bool HasGuardianConsent { get; init; }

    public string? OblastCode { get; init; }

    /// <summary>The Ukrainian name of <see cref="OblastCode"/>; <c>null</c> when the person gave none.</summary>
    public string? OblastName { get; init; }

    public Guid? HromadaId { get; init; }

    public Guid? LibraryId { get; init; }

    /// <summary>When the account was created (UTC).</summary>
    public DateTime RegisteredAt { get; init; }
}

public sealed class OblastCard
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string NameEn { get; init; } = "";
}

public sealed class LibraryCard
{
    public Guid Id { get; init; }

    public Guid HromadaId { get; init; }

    /// <summary>The name of the library's hromada (територіальна громада).</summary>
    public string HromadaName { get; init; } = "";

    public string OblastCode { get; init; } = "";

    public string Name { get; init; } = "";

    public string? ShortName { get; init; }
}

public sealed class RoleHolder
{
    public Guid PersonId { get; init; }

    public string FullName { get; init; } = "";

    public string SortName { get; init; } = "";

    /// <summary>The oblast the role is held for; <c>null</c> when it is national.</summary>
    public string? ScopeOblastCode { get; init; }
}
