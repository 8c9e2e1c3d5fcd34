using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Hubs.Application.Reports;

/// <summary>What a methodologist types to post a digest; <see cref="OblastCode"/> empty means every oblast.</summary>
internal sealed class DigestForm
{
    public string? Title { get; set; }

    public string? Body { get; set; }

    public string? OblastCode { get; set; }
}

internal sealed record DigestRow(Guid Id, string Title, string Audience, DateTime PostedAt, bool Read);

internal sealed record DigestFormPage(DigestForm Form, bool MayAddressAll, IReadOnlyList<(string Code, string Name)> Oblasts, IReadOnlyList<DigestRow> Posted);

internal sealed record DigestView(Guid Id, string Title, string Audience, DateTime PostedAt, string Html);

/// <summary>
/// Monthly digests: a methodologist posts one for the coordinators of an oblast in their scope (a national one for all);
/// each current coordinator gets a letter, queued in the same transaction, and sees it in the app with an unread mark.
/// </summary>
internal sealed class DigestService(LounbDbContext db, IPeopleDirectory people, IEmailSender email, MarkdownRenderer markdown, ReportAccess access)
{
    private const string AllOblasts = "Усі області";

    public async Task<DigestFormPage> FormAsync(AccessScope scope, DigestForm form, CancellationToken ct)
    {
        var oblasts = (await scope.Filter(people.Oblasts, o => o.Code).Select(o => new { o.Code, o.Name }).ToListAsync(ct))
            .InDisplayOrder(o => o.Code).Select(o => (o.Code, o.Name)).ToList();
        var posted = await scope.Filter(db.Set<Digest>(), d => d.OblastCode).OrderByDescending(d => d.PostedAt).Take(50).ToListAsync(ct);
        var names = await OblastNamesAsync(ct);
        return new DigestFormPage(form, scope.IsNational, oblasts, posted.Select(d => new DigestRow(d.Id, d.Title, Audience(d, names), d.PostedAt, Read: true)).ToList());
    }

    /// <summary>Posts the digest and queues one letter per current coordinator it is addressed to; returns how many letters.</summary>
    public async Task<Result<int>> PostAsync(AccessScope scope, Guid authorId, DigestForm form, string siteAddress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var oblast = string.IsNullOrWhiteSpace(form.OblastCode) ? null : form.OblastCode.Trim();
        if (oblast is null ? !scope.IsNational : !scope.Allows(oblast))
        {
            return oblast is null ? HubsErrors.NationalDigestOutOfScope : HubsErrors.OblastOutOfScope;
        }

        var now = access.Now;
        if (!Digest.Create(form.Title, form.Body, oblast, authorId, now).Succeeded(out var digest, out var invalid))
        {
            return invalid;
        }

        var today = access.Today;
        var coordinatorIds = db.Set<HubCoordinator>()
            .Where(c => c.Since <= today && (c.Until == null || c.Until >= today))
            .Where(c => oblast == null || db.Set<Hub>().Any(h => h.Id == c.HubId && h.OblastCode == oblast))
            .Select(c => c.PersonId);
        var recipients = await people.People.Where(p => coordinatorIds.Contains(p.Id) && p.Email != null).Select(p => p.Email!).Distinct().ToListAsync(ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(digest);
        await db.SaveChangesAsync(ct);
        var link = $"{siteAddress.TrimEnd('/')}/hubs/digests/{digest.Id}";
        foreach (var to in recipients.Order(StringComparer.Ordinal))
        {
            await email.SendAsync(new EmailMessage(to, $"Дайджест для координаторів хабів: {digest.Title}", $"""
                {digest.Title}

                {digest.Body}

                ---
                Дайджест у застосунку: {link}
                Ви отримали цей лист як координатор хабу цифрової освіти.
                """), ct);
        }

        await transaction.CommitAsync(ct);
        return recipients.Count;
    }

    /// <summary>The digests addressed to <paramref name="personId"/> as a current coordinator, newest first, with the unread ones marked.</summary>
    public async Task<IReadOnlyList<DigestRow>> ListAsync(Guid personId, CancellationToken ct)
    {
        var names = await OblastNamesAsync(ct);
        var digests = await Addressed(personId).OrderByDescending(d => d.PostedAt).Take(100).ToListAsync(ct);
        var ids = digests.Select(d => d.Id).ToList();
        var read = await db.Set<DigestReading>().Where(r => r.PersonId == personId && ids.Contains(r.DigestId)).Select(r => r.DigestId).ToListAsync(ct);
        return digests.Select(d => new DigestRow(d.Id, d.Title, Audience(d, names), d.PostedAt, read.Contains(d.Id))).ToList();
    }

    public Task<int> UnreadCountAsync(Guid personId, CancellationToken ct) =>
        Addressed(personId).CountAsync(d => !db.Set<DigestReading>().Any(r => r.DigestId == d.Id && r.PersonId == personId), ct);

    /// <summary>Shows a digest addressed to the person (sanitized) and marks it read.</summary>
    public async Task<Result<DigestView>> ReadAsync(Guid personId, Guid digestId, CancellationToken ct)
    {
        var digest = await Addressed(personId).FirstOrDefaultAsync(d => d.Id == digestId, ct);
        if (digest is null)
        {
            return HubsErrors.DigestNotFound;
        }

        if (!await db.Set<DigestReading>().AnyAsync(r => r.DigestId == digestId && r.PersonId == personId, ct))
        {
            db.Add(new DigestReading(digestId, personId, access.Now));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Opened twice at once: the other request marked it read.
            }
        }

        return new DigestView(digest.Id, digest.Title, Audience(digest, await OblastNamesAsync(ct)), digest.PostedAt, markdown.ToSafeHtml(digest.Body));
    }

    /// <summary>Digests for all, and for the oblasts of the hubs the person coordinates today.</summary>
    private IQueryable<Digest> Addressed(Guid personId)
    {
        var oblasts = access.CoordinatedHubs(personId).Select(h => h.OblastCode);
        return db.Set<Digest>().Where(d => (d.OblastCode == null && oblasts.Any()) || oblasts.Contains(d.OblastCode!));
    }

    private Task<Dictionary<string, string>> OblastNamesAsync(CancellationToken ct) =>
        people.Oblasts.ToDictionaryAsync(o => o.Code, o => o.Name, ct);

    private static string Audience(Digest digest, Dictionary<string, string> names) =>
        digest.OblastCode is null ? AllOblasts : names.GetValueOrDefault(digest.OblastCode, digest.OblastCode);
}
