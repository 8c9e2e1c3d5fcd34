using Lounb.Modules.Core.Text;
using Microsoft.AspNetCore.Identity;

namespace Lounb.Modules.Core.Identity;

public enum PersonKind
{
    /// <summary>A member of library staff: picks oblast, hromada and library.</summary>
    Librarian,

    /// <summary>A citizen learner: gives an age group.</summary>
    Citizen,
}

public enum AgeGroup
{
    /// <summary>8-13: needs a parent's or guardian's consent.</summary>
    Child8To13,
    Teen14To17,
    Adult18To59,
    Senior60Plus,
}

public sealed class LounbUser : IdentityUser<Guid>, IHasSearchText
{
    public LounbUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string FullName { get; set; } = "";

    public PersonKind Kind { get; set; }

    public AgeGroup? AgeGroup { get; set; }

    public string? OblastCode { get; set; }

    public Guid? HromadaId { get; set; }

    public Guid? LibraryId { get; set; }

    /// <summary>A parent's or guardian's consent, required for a person under 14.</summary>
    public GuardianConsent? GuardianConsent { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Name and email normalised by <see cref="SearchText"/>; staff search against it.</summary>
    public string SearchText { get; private set; } = "";

    public bool IsUnder14 => AgeGroup == Identity.AgeGroup.Child8To13;

    /// <summary>The name as <see cref="UkrainianSort"/> orders it.</summary>
    public string SortName { get; private set; } = "";

    public void RefreshSearchText()
    {
        SearchText = Text.SearchText.Normalize($"{FullName} {Email}");
        SortName = UkrainianSort.Key(FullName);
    }
}

/// <summary>Who consented for a child, and when; kept with the child's account.</summary>
public sealed class GuardianConsent
{
    public string GuardianName { get; set; } = "";

    public string GuardianContact { get; set; } = "";

    public DateTime RecordedAt { get; set; }
}

public sealed class LounbRole : IdentityRole<Guid>
{
    public LounbRole()
    {
        Id = Guid.CreateVersion7();
    }

    public LounbRole(string name)
        : this()
    {
        Name = name;
        NormalizedName = name.ToUpperInvariant();
    }
}

/// <summary>A role held by a user; staff roles carry a scope: <c>null</c> for national, or one oblast.</summary>
public sealed class LounbUserRole : IdentityUserRole<Guid>
{
    public string? ScopeOblastCode { get; set; }
}
