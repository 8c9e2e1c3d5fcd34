using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Seeding;

/// <summary>
/// The people of the demo year (development only): in each demo library a few librarians and citizens of every age
/// group, so the modules' demo activity and the report dashboards have a realistic spread. They have no password (they
/// exist to be counted, not to sign in); names and ages come from fixed lists, the same on every machine.
/// </summary>
internal sealed class DemoLearners(LounbDbContext db, UserManager<LounbUser> users, TimeProvider time)
{
    public const string EmailPrefix = "demo.osoba.";
    private const int PerLibrary = 10;

    private static readonly string[] GivenNames =
        ["Олена", "Андрій", "Марія", "Богдан", "Ірина", "Тарас", "Ольга", "Дмитро", "Наталія", "Сергій", "Юлія", "Василь", "Катерина", "Олег", "Людмила", "Роман"];

    private static readonly string[] Surnames =
        ["Гончар", "Лисенко", "Мороз", "Поліщук", "Марченко", "Левченко", "Климченко", "Савчук", "Коваль", "Ткачук", "Кравець", "Бойко", "Литвин", "Павлюк"];

    private static readonly AgeGroup?[] Ages = [null, null, null, AgeGroup.Adult18To59, AgeGroup.Adult18To59, AgeGroup.Senior60Plus, AgeGroup.Teen14To17, AgeGroup.Child8To13, AgeGroup.Adult18To59, AgeGroup.Senior60Plus];

    public async Task SeedAsync(IEnumerable<Library> libraries, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(u => u.Email!.StartsWith(EmailPrefix), ct))
        {
            return;
        }

        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var n = 0;
        foreach (var library in libraries.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            for (var i = 0; i < PerLibrary; i++, n++)
            {
                // The first three of each library are its librarians (AgeGroup null); the rest are citizens.
                var age = Ages[i];
                var email = $"{EmailPrefix}{n + 1:000}@lounb.demo";
                var user = new LounbUser
                {
                    UserName = email, Email = email, EmailConfirmed = true,
                    FullName = $"{GivenNames[n % GivenNames.Length]} {Surnames[(n * 5) % Surnames.Length]}",
                    Kind = age is null ? PersonKind.Librarian : PersonKind.Citizen, AgeGroup = age,
                    GuardianConsent = age == AgeGroup.Child8To13 ? new GuardianConsent { GuardianName = "Батьки", GuardianContact = "+380500000000", RecordedAt = time.GetUtcNow().UtcDateTime } : null,
                    OblastCode = library.OblastCode, HromadaId = library.HromadaId, LibraryId = library.Id, CreatedAt = time.GetUtcNow().UtcDateTime,
                };
                var created = await users.CreateAsync(user);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"Demo person {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
                }

                db.UserRoles.Add(new LounbUserRole { UserId = user.Id, RoleId = roleIds[Roles.Learner] });
                if (age is null)
                {
                    db.UserRoles.Add(new LounbUserRole { UserId = user.Id, RoleId = roleIds[Roles.Librarian] });
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
