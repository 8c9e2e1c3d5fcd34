using System.ComponentModel.DataAnnotations;
using Lounb.Learning.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Organisation;

internal sealed record OblastSummary(string Code, string Name, int Hromadas, int Libraries, int People);

internal sealed record LibrarySummary(Guid Id, string Name, string? ShortName, string? Address, string? Email, int Departments);

internal sealed record HromadaWithLibraries(Guid Id, string Name, IReadOnlyList<LibrarySummary> Libraries);

internal sealed record OblastTree(string Code, string Name, IReadOnlyList<HromadaWithLibraries> Hromadas);

internal sealed record LibraryInput(string? Name, string? ShortName, string? Address, string? Email);

internal sealed record Option(string Value, string Text);

/// <summary>The organisation tree within a staff member's oblast scope: regions, hromadas, libraries and departments.</summary>
internal sealed class OrganisationService(LounbDbContext db)
{
    public async Task<IReadOnlyList<OblastSummary>> ListOblastsAsync(AccessScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var oblasts = await scope.Filter(db.Oblasts.AsNoTracking(), o => o.Code)
            .Select(o => new OblastSummary(
                o.Code,
                o.Name,
                db.Hromadas.Count(h => h.OblastCode == o.Code),
                db.Libraries.Count(l => l.OblastCode == o.Code),
                db.Users.Count(u => u.OblastCode == o.Code)))
            .ToListAsync(ct);
        return oblasts.InDisplayOrder(o => o.Code).ToList();
    }

    /// <summary>Every region in the one display order, named in the page's language.</summary>
    public async Task<List<Option>> OblastOptionsAsync(CancellationToken ct)
    {
        var oblasts = await db.Oblasts.AsNoTracking().Select(o => new { o.Code, o.Name, o.NameEn }).ToListAsync(ct);
        return oblasts.InDisplayOrder(o => o.Code).Select(o => new Option(o.Code, Oblasts.DisplayName(o.Name, o.NameEn))).ToList();
    }

    public Task<List<Option>> HromadaOptionsAsync(string? oblastCode, CancellationToken ct) =>
        db.Hromadas.AsNoTracking().Where(h => h.OblastCode == oblastCode).OrderBy(h => h.Name)
            .Select(h => new Option(h.Id.ToString(), h.Name)).ToListAsync(ct);

    /// <summary>The libraries within <paramref name="scope"/> (of one oblast when <paramref name="oblastCode"/> is given), by name.</summary>
    public Task<List<Option>> LibraryOptionsAsync(AccessScope scope, string? oblastCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Filter(db.Libraries.AsNoTracking(), l => l.OblastCode)
            .Where(l => oblastCode == null || l.OblastCode == oblastCode)
            .OrderBy(l => l.Name)
            .Select(l => new Option(l.Id.ToString(), l.Name))
            .ToListAsync(ct);
    }

    public Task<List<Option>> LibraryOptionsAsync(Guid? hromadaId, CancellationToken ct) =>
        db.Libraries.AsNoTracking().Where(l => l.HromadaId == hromadaId).OrderBy(l => l.Name)
            .Select(l => new Option(l.Id.ToString(), l.Name)).ToListAsync(ct);

    public async Task<OblastTree?> GetOblastAsync(AccessScope scope, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.Allows(code))
        {
            return null;
        }

        var oblast = await db.Oblasts.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, ct);
        if (oblast is null)
        {
            return null;
        }

        var hromadas = await db.Hromadas.AsNoTracking().Where(h => h.OblastCode == code).OrderBy(h => h.Name).ToListAsync(ct);
        var libraries = await db.Libraries.AsNoTracking().Where(l => l.OblastCode == code).OrderBy(l => l.Name)
            .Select(l => new { l.HromadaId, Summary = new LibrarySummary(l.Id, l.Name, l.ShortName, l.Address, l.Email, l.Departments.Count) })
            .ToListAsync(ct);
        return new OblastTree(oblast.Code, oblast.Name, hromadas
            .Select(h => new HromadaWithLibraries(h.Id, h.Name, libraries.Where(l => l.HromadaId == h.Id).Select(l => l.Summary).ToList()))
            .ToList());
    }

    public async Task<Result> CreateHromadaAsync(AccessScope scope, string oblastCode, string? name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        name = name?.Trim();
        if (!scope.Allows(oblastCode) || !await db.Oblasts.AnyAsync(o => o.Code == oblastCode, ct))
        {
            return PlatformErrors.OblastNotFound;
        }

        if (string.IsNullOrEmpty(name) || name.Length > OrganisationLimits.HromadaNameLength)
        {
            return PlatformErrors.HromadaNameInvalid;
        }

        // Names are compared as the CSV import compares them: letter case, apostrophes and spaces aside.
        var normalized = SearchText.Normalize(name);
        var existing = await db.Hromadas.Where(h => h.OblastCode == oblastCode).Select(h => h.Name).ToListAsync(ct);
        if (existing.Any(h => SearchText.Normalize(h) == normalized))
        {
            return PlatformErrors.HromadaTaken(name);
        }

        db.Hromadas.Add(new Hromada(oblastCode, name));
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result<Guid>> CreateLibraryAsync(AccessScope scope, Guid hromadaId, LibraryInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var hromada = await db.Hromadas.FirstOrDefaultAsync(h => h.Id == hromadaId, ct);
        if (hromada is null || !scope.Allows(hromada.OblastCode))
        {
            return PlatformErrors.HromadaNotFound;
        }

        var invalid = ValidateLibrary(input);
        if (invalid is not null)
        {
            return invalid;
        }

        var name = input.Name!.Trim();
        if (await db.Libraries.AnyAsync(l => l.HromadaId == hromadaId && l.Name == name, ct))
        {
            return PlatformErrors.LibraryTaken(name);
        }

        var library = new Library(hromada.Id, hromada.OblastCode, name);
        Apply(library, input);
        db.Libraries.Add(library);
        await db.SaveChangesAsync(ct);
        return library.Id;
    }

    public async Task<(Library Library, string HromadaName, string OblastName)?> GetLibraryAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var library = await db.Libraries.AsNoTracking().Include(l => l.Departments).FirstOrDefaultAsync(l => l.Id == id, ct);
        if (library is null || !scope.Allows(library.OblastCode))
        {
            return null;
        }

        var hromada = await db.Hromadas.Where(h => h.Id == library.HromadaId).Select(h => h.Name).FirstAsync(ct);
        var oblast = await db.Oblasts.Where(o => o.Code == library.OblastCode).Select(o => o.Name).FirstAsync(ct);
        return (library, hromada, oblast);
    }

    public async Task<Result> UpdateLibraryAsync(AccessScope scope, Guid id, LibraryInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var library = await db.Libraries.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (library is null || !scope.Allows(library.OblastCode))
        {
            return PlatformErrors.LibraryNotFound;
        }

        var invalid = ValidateLibrary(input);
        if (invalid is not null)
        {
            return invalid;
        }

        var name = input.Name!.Trim();
        if (await db.Libraries.AnyAsync(l => l.HromadaId == library.HromadaId && l.Name == name && l.Id != id, ct))
        {
            return PlatformErrors.LibraryTaken(name);
        }

        Apply(library, input);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> AddDepartmentAsync(AccessScope scope, Guid libraryId, string? name, string? abbreviation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var library = await db.Libraries.FirstOrDefaultAsync(l => l.Id == libraryId, ct);
        if (library is null || !scope.Allows(library.OblastCode))
        {
            return PlatformErrors.LibraryNotFound;
        }

        name = name?.Trim();
        abbreviation = string.IsNullOrWhiteSpace(abbreviation) ? null : abbreviation.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > OrganisationLimits.DepartmentNameLength || abbreviation?.Length > OrganisationLimits.DepartmentAbbreviationLength)
        {
            return PlatformErrors.DepartmentInvalid;
        }

        if (await db.Departments.AnyAsync(d => d.LibraryId == libraryId && d.Name == name, ct))
        {
            return PlatformErrors.DepartmentTaken(name);
        }

        db.Departments.Add(new Department(libraryId, name, abbreviation));
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> RemoveDepartmentAsync(AccessScope scope, Guid libraryId, Guid departmentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var library = await db.Libraries.AsNoTracking().FirstOrDefaultAsync(l => l.Id == libraryId, ct);
        if (library is null || !scope.Allows(library.OblastCode))
        {
            return PlatformErrors.LibraryNotFound;
        }

        var removed = await db.Departments.Where(d => d.Id == departmentId && d.LibraryId == libraryId).ExecuteDeleteAsync(ct);
        return removed == 0 ? PlatformErrors.DepartmentNotFound : Result.Success();
    }

    public static Error? ValidateLibrary(LibraryInput input)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > OrganisationLimits.LibraryNameLength)
        {
            return PlatformErrors.LibraryNameInvalid;
        }

        if (input.ShortName?.Trim().Length > OrganisationLimits.LibraryShortNameLength)
        {
            return PlatformErrors.LibraryShortNameTooLong;
        }

        if (input.Address?.Trim().Length > OrganisationLimits.LibraryAddressLength)
        {
            return PlatformErrors.LibraryAddressTooLong;
        }

        var email = input.Email?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > OrganisationLimits.LibraryEmailLength || !new EmailAddressAttribute().IsValid(email)))
        {
            return PlatformErrors.LibraryEmailInvalid(email);
        }

        return null;
    }

    public static void Apply(Library library, LibraryInput input)
    {
        library.Name = input.Name!.Trim();
        library.ShortName = Blank(input.ShortName);
        library.Address = Blank(input.Address);
        library.Email = Blank(input.Email);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
