using Lounb.Learning.Organisation;
using Lounb.Learning.ViewModels;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Identity;

/// <summary>A field of the registration form and what is wrong with it ("" for the form as a whole).</summary>
internal sealed record RegistrationProblem(string Field, string Message);

/// <summary>Either the address a confirmation letter went to, or the form again (with its lists) and what to correct.</summary>
internal sealed record RegistrationOutcome(string? RegisteredEmail, RegisterViewModel Form, IReadOnlyList<RegistrationProblem> Problems);

/// <summary>
/// Registration: the place and age rules the form's attributes cannot check, then the account, its roles and its
/// confirmation letter in one transaction (they exist together or not at all).
/// </summary>
internal sealed class Registration(
    UserManager<LounbUser> users, OrganisationService organisation, AccountMailer mailer, LounbDbContext db, IIntegrationEventPublisher events, TimeProvider time)
{
    /// <summary>
    /// Confirms the account's e-mail with the code from the letter. The first confirmation tells other modules
    /// (<see cref="AccountConfirmed"/>, saved in the same transaction through the outbox). False for a wrong code.
    /// </summary>
    public async Task<bool> ConfirmEmailAsync(Guid userId, string code, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return false;
        }

        var first = !user.EmailConfirmed;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!(await users.ConfirmEmailAsync(user, code)).Succeeded)
        {
            return false;
        }

        if (first)
        {
            await events.PublishAsync(new AccountConfirmed(user.Id, time.GetUtcNow().UtcDateTime), ct);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>The form with the oblast, hromada and library lists for what is chosen so far.</summary>
    public async Task<RegisterViewModel> FormAsync(RegisterViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.Oblasts = await organisation.OblastOptionsAsync(ct);
        model.Hromadas = await organisation.HromadaOptionsAsync(model.OblastCode, ct);
        model.Libraries = await organisation.LibraryOptionsAsync(model.HromadaId, ct);
        return model;
    }

    /// <param name="formValid">Whether the form's own checks (required fields, lengths, password match) passed; nothing is created otherwise.</param>
    public async Task<RegistrationOutcome> RegisterAsync(RegisterViewModel model, bool formValid, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        var problems = await CheckPlaceAndAgeAsync(model, ct);
        if (!formValid || problems.Count > 0)
        {
            return new RegistrationOutcome(null, await FormAsync(model, ct), problems);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var isLibrarian = model.Kind == PersonKind.Librarian;
        var user = new LounbUser
        {
            UserName = model.Email!.Trim(),
            Email = model.Email!.Trim(),
            FullName = model.FullName!.Trim(),
            Kind = model.Kind!.Value,
            AgeGroup = isLibrarian ? null : model.AgeGroup,
            OblastCode = string.IsNullOrEmpty(model.OblastCode) ? null : model.OblastCode,
            HromadaId = isLibrarian ? model.HromadaId : null,
            LibraryId = isLibrarian ? model.LibraryId : null,
            CreatedAt = now,
            GuardianConsent = !isLibrarian && model.AgeGroup == AgeGroup.Child8To13
                ? new GuardianConsent { GuardianName = model.GuardianName!.Trim(), GuardianContact = model.GuardianContact!.Trim(), RecordedAt = now }
                : null,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, model.Password!);
        if (!created.Succeeded)
        {
            var refused = created.Errors.Select(e => new RegistrationProblem(
                e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(model.Password)
                    : e.Code is "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" ? nameof(model.Email) : "",
                e.Description)).ToList();
            return new RegistrationOutcome(null, await FormAsync(model, ct), refused);
        }

        var roleNames = isLibrarian ? new[] { Roles.Librarian, Roles.Learner } : [Roles.Learner];
        var roleIds = await db.Roles.Where(r => roleNames.Contains(r.Name!)).Select(r => r.Id).ToListAsync(ct);
        db.UserRoles.AddRange(roleIds.Select(id => new LounbUserRole { UserId = user.Id, RoleId = id }));
        await db.SaveChangesAsync(ct);

        // The letter is queued in the same transaction: the account and its letter exist together or not at all.
        await mailer.SendConfirmationAsync(user, ct);
        await transaction.CommitAsync(ct);
        return new RegistrationOutcome(user.Email, model, []);
    }

    private async Task<List<RegistrationProblem>> CheckPlaceAndAgeAsync(RegisterViewModel model, CancellationToken ct)
    {
        var problems = new List<RegistrationProblem>();
        if (!string.IsNullOrEmpty(model.OblastCode) && !await db.Oblasts.AnyAsync(o => o.Code == model.OblastCode, ct))
        {
            problems.Add(new(nameof(model.OblastCode), "Оберіть область зі списку."));
        }

        if (model.Kind == PersonKind.Librarian)
        {
            if (string.IsNullOrEmpty(model.OblastCode))
            {
                problems.Add(new(nameof(model.OblastCode), "Оберіть область своєї бібліотеки."));
            }
            else if (model.HromadaId is null || !await db.Hromadas.AnyAsync(h => h.Id == model.HromadaId && h.OblastCode == model.OblastCode, ct))
            {
                problems.Add(new(nameof(model.HromadaId), "Оберіть громаду своєї бібліотеки."));
            }
            else if (model.LibraryId is null || !await db.Libraries.AnyAsync(l => l.Id == model.LibraryId && l.HromadaId == model.HromadaId, ct))
            {
                problems.Add(new(nameof(model.LibraryId), "Оберіть свою бібліотеку."));
            }
        }
        else if (model.Kind == PersonKind.Citizen)
        {
            problems.AddRange(CitizenProblems(model));
        }

        return problems;
    }

    /// <summary>A citizen names an age group; a child under 14 registers only with a parent's or guardian's name, contact and consent.</summary>
    internal static IEnumerable<RegistrationProblem> CitizenProblems(RegisterViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.AgeGroup is null)
        {
            yield return new(nameof(model.AgeGroup), "Оберіть вікову групу.");
            yield break;
        }

        if (model.AgeGroup != AgeGroup.Child8To13)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(model.GuardianName))
        {
            yield return new(nameof(model.GuardianName), "Для дитини до 14 років вкажіть ім'я батька, матері або опікуна.");
        }

        if (string.IsNullOrWhiteSpace(model.GuardianContact))
        {
            yield return new(nameof(model.GuardianContact), "Вкажіть телефон або пошту батька, матері чи опікуна.");
        }

        if (!model.GuardianConsent)
        {
            yield return new(nameof(model.GuardianConsent), "Дитина до 14 років може зареєструватися лише зі згодою батьків або опікуна.");
        }
    }
}
