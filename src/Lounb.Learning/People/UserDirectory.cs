using System.Security.Claims;
using Lounb.Learning.Platform;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.People;

internal sealed record UserFilter(string? Query, string? OblastCode, Guid? LibraryId, string? Role, int Page);

internal sealed record UserRow(Guid Id, string FullName, string Email, string? OblastCode, string? OblastName, string? LibraryName, bool EmailConfirmed, bool IsLocked, IReadOnlyList<HeldRole> Roles);

internal sealed record UserPage(IReadOnlyList<UserRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

internal sealed record UserDetails(UserRow Row, PersonKind Kind, AgeGroup? AgeGroup, string? HromadaName, GuardianConsent? Consent, DateTime CreatedAt, bool TwoFactorEnabled, DateTimeOffset? LockoutEnd);

/// <summary>Finds people within the searcher's oblast scope; a person outside it does not exist for them.</summary>
internal sealed class UserDirectory(LounbDbContext db, TimeProvider time)
{
    public const int PageSize = 25;

    public async Task<UserPage> SearchAsync(ClaimsPrincipal actor, UserFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var users = ScopedUsers(actor);
        var query = SearchText.Normalize(filter.Query);
        if (query.Length > 0)
        {
            users = users.Where(u => u.SearchText.Contains(query));
        }

        if (!string.IsNullOrEmpty(filter.OblastCode))
        {
            users = users.Where(u => u.OblastCode == filter.OblastCode);
        }

        if (filter.LibraryId is { } libraryId)
        {
            users = users.Where(u => u.LibraryId == libraryId);
        }

        if (!string.IsNullOrEmpty(filter.Role))
        {
            var roleId = await db.Roles.Where(r => r.Name == filter.Role).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }

        var total = await users.CountAsync(ct);
        var page = Math.Max(1, filter.Page);
        var ids = await users.OrderBy(u => u.SortName).ThenBy(u => u.Email)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => u.Id)
            .ToListAsync(ct);
        var rows = await LoadRowsAsync(ids, ct);
        return new UserPage(ids.Select(id => rows[id]).ToList(), total, page, PageSize);
    }

    public async Task<UserDetails?> FindAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct)
    {
        var user = await ScopedUsers(actor).FirstOrDefaultAsync(u => u.Id == id, ct);
        return user is null ? null : await DetailsAsync(user, ct);
    }

    private async Task<UserDetails> DetailsAsync(LounbUser user, CancellationToken ct)
    {
        var id = user.Id;
        var rows = await LoadRowsAsync([id], ct);
        var hromada = user.HromadaId is null ? null : await db.Hromadas.Where(h => h.Id == user.HromadaId).Select(h => h.Name).FirstOrDefaultAsync(ct);
        return new UserDetails(rows[id], user.Kind, user.AgeGroup, hromada, user.GuardianConsent, user.CreatedAt, user.TwoFactorEnabled, user.LockoutEnd);
    }

    /// <summary>The signed-in person's own record, whatever their scope.</summary>
    public async Task<UserDetails?> FindSelfAsync(Guid id, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        return user is null ? null : await DetailsAsync(user, ct);
    }

    public async Task<IReadOnlyList<HeldRole>> RolesOfAsync(Guid userId, CancellationToken ct) =>
        await db.UserRoles.AsNoTracking().Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new HeldRole(r.Name!, ur.ScopeOblastCode))
            .ToListAsync(ct);

    private IQueryable<LounbUser> ScopedUsers(ClaimsPrincipal actor) =>
        AccessScope.Of(actor, PlatformPermissions.UsersView).Filter(db.Users.AsNoTracking(), u => u.OblastCode);

    private async Task<Dictionary<Guid, UserRow>> LoadRowsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var users = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new
            {
                u.Id,
                u.FullName,
                u.Email,
                u.OblastCode,
                Oblast = db.Oblasts.Where(o => o.Code == u.OblastCode).Select(o => o.Name).FirstOrDefault(),
                Library = db.Libraries.Where(l => l.Id == u.LibraryId).Select(l => l.Name).FirstOrDefault(),
                u.EmailConfirmed,
                u.LockoutEnd,
            })
            .ToListAsync(ct);
        var roles = await db.UserRoles.AsNoTracking()
            .Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name, ur.ScopeOblastCode })
            .ToListAsync(ct);
        return users.ToDictionary(
            u => u.Id,
            u => new UserRow(
                u.Id, u.FullName, u.Email ?? "", u.OblastCode, u.Oblast, u.Library, u.EmailConfirmed, u.LockoutEnd > now,
                roles.Where(r => r.UserId == u.Id).Select(r => new HeldRole(r.Name!, r.ScopeOblastCode)).OrderBy(r => Roles.All.ToList().IndexOf(r.Role)).ToList()));
    }
}
