using Lounb.Learning.Hosting;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Seeding;

/// <summary>A demo installation (development only): ЛОУНБ with its departments, libraries in three oblasts, one login per role.</summary>
internal sealed class DemoDataSeeder(
    LounbDbContext db,
    UserManager<LounbUser> users,
    IOptions<DemoDataOptions> options,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger)
{
    private const string Cherkasy = "UA-71";
    private const string Dnipropetrovsk = "UA-12";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin@lounb.demo", "Олена Коваленко", Roles.Administrator, null, PersonKind.Librarian, "ЛОУНБ"),
        new("metodyst@lounb.demo", "Ірина Шевчук", Roles.Methodologist, null, PersonKind.Librarian, "ЛОУНБ"),
        new("metodyst.luhansk@lounb.demo", "Наталія Бондар", Roles.Methodologist, Oblasts.Luhansk, PersonKind.Librarian, "ЛОУНБ"),
        new("metodyst.cherkasy@lounb.demo", "Оксана Мельник", Roles.Methodologist, Cherkasy, PersonKind.Librarian, "ЧОУНБ"),
        new("trener@lounb.demo", "Андрій Ткаченко", Roles.Trainer, Oblasts.Luhansk, PersonKind.Librarian, "ЛОУНБ"),
        new("mentor@lounb.demo", "Світлана Кравченко", Roles.Mentor, Oblasts.Luhansk, PersonKind.Librarian, "ЛОУНБ"),
        new("koordynator@lounb.demo", "Максим Олійник", Roles.HubCoordinator, Dnipropetrovsk, PersonKind.Librarian, "Дніпровська"),
        new("mentor2@lounb.demo", "Людмила Гончаренко", Roles.Mentor, null, PersonKind.Librarian, "ЛОУНБ"),
        new("koordynator2@lounb.demo", "Ольга Литвиненко", Roles.HubCoordinator, Oblasts.Luhansk, PersonKind.Librarian, "Сєвєродонецька"),
        new("koordynator3@lounb.demo", "Богдан Кравець", Roles.HubCoordinator, Cherkasy, PersonKind.Librarian, "Смілянська"),
        new("koordynator4@lounb.demo", "Юлія Назаренко", Roles.HubCoordinator, Oblasts.Luhansk, PersonKind.Librarian, "Біловодська"),
        new("bibliotekar@lounb.demo", "Тетяна Савченко", Roles.Librarian, Oblasts.Luhansk, PersonKind.Librarian, "Сєвєродонецька"),
        new("bibliotekar.cherkasy@lounb.demo", "Галина Руденко", Roles.Librarian, Cherkasy, PersonKind.Librarian, "ЧОУНБ"),
        new("slukhach@lounb.demo", "Василь Петренко", Roles.Learner, Oblasts.Luhansk, PersonKind.Citizen, null),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var password = options.Value.Password;
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException("Lounb:DemoData:Password must be set when demo data is enabled.");
        }

        var libraries = await SeedOrganisationAsync(ct);
        foreach (var account in Accounts)
        {
            await SeedAccountAsync(account, password, libraries, ct);
        }

        if (options.Value.ActivityYear)
        {
            await new DemoLearners(db, users, time).SeedAsync(libraries.Values.DistinctBy(l => l.Id), ct);
        }
    }

    private async Task<Dictionary<string, Library>> SeedOrganisationAsync(CancellationToken ct)
    {
        var lounb = await EnsureLibraryAsync(Oblasts.Luhansk, "Старобільська міська громада", "Луганська обласна універсальна наукова бібліотека", "ЛОУНБ", ct);
        await EnsureDepartmentAsync(lounb, "Відділ науково-методичної роботи", "ВНМР", ct);
        await EnsureDepartmentAsync(lounb, "Відділ інформаційних технологій та електронних ресурсів", "ВІТЕР", ct);
        await EnsureDepartmentAsync(lounb, "Відділ формування фонду та електронного каталогізування", "ВФФіЕК", ct);
        await EnsureDepartmentAsync(lounb, "Обслуговування користувачів", "ЦПЧ", ct);
        var result = new Dictionary<string, Library>
        {
            ["ЛОУНБ"] = lounb,
            ["Сєвєродонецька"] = await EnsureLibraryAsync(Oblasts.Luhansk, "Сєвєродонецька міська громада", "Сєвєродонецька міська публічна бібліотека", null, ct),
            ["Біловодська"] = await EnsureLibraryAsync(Oblasts.Luhansk, "Біловодська селищна громада", "Біловодська публічна бібліотека", null, ct),
            ["ЧОУНБ"] = await EnsureLibraryAsync(Cherkasy, "Черкаська міська громада", "Черкаська обласна універсальна наукова бібліотека", "ЧОУНБ", ct),
            ["Смілянська"] = await EnsureLibraryAsync(Cherkasy, "Смілянська міська громада", "Смілянська міська публічна бібліотека", null, ct),
            ["Дніпровська"] = await EnsureLibraryAsync(Dnipropetrovsk, "Дніпровська міська громада", "Дніпровська міська публічна бібліотека", null, ct),
        };
        return result;
    }

    private async Task<Library> EnsureLibraryAsync(string oblast, string hromadaName, string name, string? shortName, CancellationToken ct)
    {
        var hromada = await db.Hromadas.FirstOrDefaultAsync(h => h.OblastCode == oblast && h.Name == hromadaName, ct);
        if (hromada is null)
        {
            hromada = new Hromada(oblast, hromadaName);
            db.Hromadas.Add(hromada);
        }

        var library = await db.Libraries.FirstOrDefaultAsync(l => l.HromadaId == hromada.Id && l.Name == name, ct);
        if (library is null)
        {
            library = new Library(hromada.Id, oblast, name) { ShortName = shortName };
            db.Libraries.Add(library);
        }

        await db.SaveChangesAsync(ct);
        return library;
    }

    private async Task EnsureDepartmentAsync(Library library, string name, string abbreviation, CancellationToken ct)
    {
        if (!await db.Departments.AnyAsync(d => d.LibraryId == library.Id && d.Name == name, ct))
        {
            db.Departments.Add(new Department(library.Id, name, abbreviation));
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task SeedAccountAsync(DemoAccount account, string password, Dictionary<string, Library> libraries, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(account.Email) is not null)
        {
            return;
        }

        var library = account.LibraryKey is null ? null : libraries[account.LibraryKey];
        var user = new LounbUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            FullName = account.FullName,
            Kind = account.Kind,
            AgeGroup = account.Kind == PersonKind.Citizen ? AgeGroup.Adult18To59 : null,
            OblastCode = library?.OblastCode ?? account.ScopeOblast,
            HromadaId = library?.HromadaId,
            LibraryId = library?.Id,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {account.Email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        // Only staff roles carry a scope; a librarian's or learner's oblast is where they are, kept on the person.
        var scope = Roles.Staff.Contains(account.Role) ? account.ScopeOblast : null;
        db.UserRoles.Add(new LounbUserRole { UserId = user.Id, RoleId = roleIds[account.Role], ScopeOblastCode = scope });
        if (account.Role != Roles.Learner)
        {
            db.UserRoles.Add(new LounbUserRole { UserId = user.Id, RoleId = roleIds[Roles.Learner] });
        }

        await db.SaveChangesAsync(ct);
        logger.DemoAccountCreated(account.Email, account.Role);
    }
}

internal sealed record DemoAccount(string Email, string FullName, string Role, string? ScopeOblast, PersonKind Kind, string? LibraryKey);
