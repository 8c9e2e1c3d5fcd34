using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Core.People;

/// <summary>The directory over the Identity and organisation tables of <see cref="LounbDbContext"/>.</summary>
public sealed class PeopleDirectory(LounbDbContext db) : IPeopleDirectory
{
    public IQueryable<PersonCard> People => db.Users.AsNoTracking().Select(u => new PersonCard
    {
        Id = u.Id,
        FullName = u.FullName,
        SortName = u.SortName,
        Email = u.Email,
        NormalizedEmail = u.NormalizedEmail,
        Kind = u.Kind,
        AgeGroup = u.AgeGroup,
        HasGuardianConsent = u.GuardianConsent != null,
        OblastCode = u.OblastCode,
        OblastName = db.Oblasts.Where(o => o.Code == u.OblastCode).Select(o => o.Name).FirstOrDefault(),
        HromadaId = u.HromadaId,
        LibraryId = u.LibraryId,
        RegisteredAt = u.CreatedAt,
    });

    public IQueryable<OblastCard> Oblasts => db.Oblasts.AsNoTracking().Select(o => new OblastCard { Code = o.Code, Name = o.Name, NameEn = o.NameEn });

    public IQueryable<LibraryCard> Libraries => db.Libraries.AsNoTracking().Select(l => new LibraryCard
    {
        Id = l.Id,
        HromadaId = l.HromadaId,
        HromadaName = db.Hromadas.Where(h => h.Id == l.HromadaId).Select(h => h.Name).FirstOrDefault() ?? "",
        OblastCode = l.OblastCode,
        Name = l.Name,
        ShortName = l.ShortName,
    });

    public IQueryable<RoleHolder> InRole(string role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        return from r in db.Roles.AsNoTracking()
               where r.Name == role
               join ur in db.UserRoles.AsNoTracking() on r.Id equals ur.RoleId
               join u in db.Users.AsNoTracking() on ur.UserId equals u.Id
               select new RoleHolder { PersonId = u.Id, FullName = u.FullName, SortName = u.SortName, ScopeOblastCode = ur.ScopeOblastCode };
    }

    public Task<PersonCard?> FindAsync(Guid personId, CancellationToken ct) => People.FirstOrDefaultAsync(p => p.Id == personId, ct);

    public Task<PersonCard?> FindByEmailAsync(string email, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(email);
        var normalized = email.Trim().ToUpperInvariant();
        return People.FirstOrDefaultAsync(p => p.NormalizedEmail == normalized, ct);
    }

    public Task<bool> ExistsAsync(Guid personId, CancellationToken ct) => db.Users.AnyAsync(u => u.Id == personId, ct);
}
