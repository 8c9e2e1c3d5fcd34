using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Attestation.Application;

/// <summary>One worker of the chosen library as the form sends them back: ticked or not, with their position.</summary>
internal sealed class PickRow
{
    public Guid UserId { get; set; }

    public bool Chosen { get; set; }

    public string? Position { get; set; }
}

internal sealed class PickForm
{
    public Guid LibraryId { get; set; }

    public List<PickRow> Picks { get; set; } = [];
}

/// <summary>A worker of the library: those already candidates (by e-mail) or without an e-mail cannot be ticked.</summary>
internal sealed record StaffRow(Guid UserId, string FullName, string? Email, bool IsCandidate);

internal sealed record PickOption(Guid Id, string Name);

/// <summary>Candidates from the organisation tree: the campaign's oblast, then a hromada, then a library and its staff.</summary>
internal sealed record PickPage(Campaign Campaign, string OblastName, IReadOnlyList<PickOption> Hromadas, Guid? HromadaId,
    IReadOnlyList<PickOption> Libraries, Guid? LibraryId, IReadOnlyList<StaffRow> Staff)
{
    /// <summary>Positions typed before a refusal, shown again.</summary>
    public IReadOnlyDictionary<Guid, string> Positions { get; init; } = new Dictionary<Guid, string>();

    public IReadOnlySet<Guid> Ticked { get; init; } = new HashSet<Guid>();
}

/// <summary>
/// Adds candidates chosen from the organisation tree: people whose library is one the campaign covers. All or nothing:
/// one ticked person already a candidate, outside the library or without a position, and nobody is added.
/// </summary>
internal sealed class CandidatePickService(
    LounbDbContext db, CampaignAccess access, IPeopleDirectory directory, CampaignLibraries covered, IAuditLog audit, TimeProvider time)
{
    private static readonly StringComparer Ukrainian = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("uk-UA"), false);

    public async Task<Result<PickPage>> PageAsync(AccessScope scope, Guid campaignId, Guid? hromadaId, Guid? libraryId, CancellationToken ct)
    {
        if (!(await access.ManagedAsync(scope, campaignId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var campaign = reach.Campaign;
        var libraries = await covered.Of(campaign).Select(l => new { l.Id, l.Name, l.HromadaId, l.HromadaName }).ToListAsync(ct);
        if ((libraryId is { } library && libraries.All(l => l.Id != library)) || (hromadaId is { } hromada && libraries.All(l => l.HromadaId != hromada)))
        {
            return AttestationErrors.LibraryOutOfScope;
        }

        var chosenHromada = libraryId is { } picked ? libraries.First(l => l.Id == picked).HromadaId : hromadaId;
        var hromadas = libraries.DistinctBy(l => l.HromadaId).Select(l => new PickOption(l.HromadaId, l.HromadaName)).OrderBy(h => h.Name, Ukrainian).ToList();
        var inHromada = chosenHromada is null ? [] : libraries.Where(l => l.HromadaId == chosenHromada).Select(l => new PickOption(l.Id, l.Name)).OrderBy(l => l.Name, Ukrainian).ToList();
        var oblast = await directory.Oblasts.Where(o => o.Code == campaign.OblastCode).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? campaign.OblastCode;
        return new PickPage(campaign, oblast, hromadas, chosenHromada, inHromada, libraryId, libraryId is { } id ? await StaffAsync(campaignId, id, ct) : []);
    }

    public async Task<Result<int>> AddAsync(AccessScope scope, Guid campaignId, PickForm form, Guid byId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!(await access.ManagedAsync(scope, campaignId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        if (reach.Campaign.Status == CampaignStatus.Closed)
        {
            return AttestationErrors.CampaignClosed;
        }

        if (!await covered.Of(reach.Campaign).AnyAsync(l => l.Id == form.LibraryId, ct))
        {
            return AttestationErrors.LibraryOutOfScope;
        }

        var ticked = form.Picks.Where(p => p.Chosen).DistinctBy(p => p.UserId).ToList();
        if (ticked.Count == 0)
        {
            return AttestationErrors.NobodyPicked;
        }

        var ids = ticked.Select(p => p.UserId).ToList();
        var people = await directory.People.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var staff = await StaffAsync(campaignId, form.LibraryId, ct);
        var elsewhere = ids.Where(id => staff.All(s => s.UserId != id || s.Email is null)).ToList();
        if (elsewhere.Count > 0)
        {
            return AttestationErrors.PickedElsewhere(Names(elsewhere.Select(id => people.FirstOrDefault(p => p.Id == id)?.FullName ?? "невідома людина")));
        }

        if (staff.Where(s => s.IsCandidate && ids.Contains(s.UserId)).Select(s => s.FullName).ToList() is { Count: > 0 } already)
        {
            return AttestationErrors.PickedAlready(Names(already));
        }

        var unnamed = ticked.Where(p => string.IsNullOrWhiteSpace(p.Position) || p.Position.Trim().Length > AttestationLimits.PositionLength).ToList();
        if (unnamed.Count > 0)
        {
            return AttestationErrors.PickedPositionMissing(Names(unnamed.Select(p => staff.First(s => s.UserId == p.UserId).FullName)));
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var pick in ticked)
        {
            var person = staff.First(s => s.UserId == pick.UserId);
            var name = PersonName.Split(person.FullName);
            db.Add(new Candidate(campaignId, new CandidatePerson(Cut(name.Surname), Cut(name.GivenName), name.Patronymic is null ? null : Cut(name.Patronymic),
                pick.Position!.Trim(), form.LibraryId, person.Email!), person.UserId, byId, now));
        }

        audit.Record("attestation.candidates.picked", $"campaign:{campaignId} library:{form.LibraryId}", $"Кандидатів: {ticked.Count}.");
        await db.SaveChangesAsync(ct);
        return ticked.Count;
    }

    /// <summary>The people whose library is this one, marking those already candidates of the campaign (by account or e-mail).</summary>
    private async Task<IReadOnlyList<StaffRow>> StaffAsync(Guid campaignId, Guid libraryId, CancellationToken ct)
    {
        var people = await directory.People.Where(p => p.LibraryId == libraryId).OrderBy(p => p.SortName)
            .Select(p => new { p.Id, p.FullName, p.Email, p.NormalizedEmail }).ToListAsync(ct);
        var emails = people.Where(p => p.NormalizedEmail != null).Select(p => Candidate.NormaliseEmail(p.Email!)).ToList();
        var ids = people.Select(p => p.Id).ToList();
        var existing = await db.Set<Candidate>().Where(c => c.CampaignId == campaignId && (emails.Contains(c.NormalizedEmail) || (c.UserId != null && ids.Contains(c.UserId.Value))))
            .Select(c => new { c.NormalizedEmail, c.UserId }).ToListAsync(ct);
        return people.Select(p => new StaffRow(p.Id, p.FullName, p.Email,
            existing.Any(c => c.UserId == p.Id || (p.Email is not null && c.NormalizedEmail == Candidate.NormaliseEmail(p.Email))))).ToList();
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names);

    private static string Cut(string text) => text.Length > AttestationLimits.PersonNameLength ? text[..AttestationLimits.PersonNameLength] : text;
}
