using System.Security.Claims;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Attestation.Import;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Attestation.Application;

/// <summary>What a methodologist does: campaigns of their oblast, the commission's composition, candidates from CSV.</summary>
internal sealed class CampaignService(
    LounbDbContext db, CampaignAccess access, IPeopleDirectory directory, CampaignLibraries covered, LinkableItems linkable, IAuditLog audit, TimeProvider time)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<CampaignRow>> ListAsync(AccessScope scope, CancellationToken ct) =>
        await RowsAsync(scope.Filter(db.Set<Campaign>().AsNoTracking(), c => c.OblastCode), ct);

    /// <summary>The campaigns whose commission the person sits on.</summary>
    public async Task<IReadOnlyList<CampaignRow>> OfMemberAsync(Guid userId, CancellationToken ct) =>
        await RowsAsync(db.Set<Campaign>().AsNoTracking()
            .Where(c => db.Set<CommissionMember>().Any(m => m.CampaignId == c.Id && m.UserId == userId && m.LeftAt == null)), ct);

    public async Task<Result<Guid>> CreateAsync(ClaimsPrincipal author, AccessScope scope, CampaignInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!scope.Allows(input.OblastCode) || !await directory.Oblasts.AnyAsync(o => o.Code == input.OblastCode, ct))
        {
            return AttestationErrors.OblastOutOfScope;
        }

        if (await QuizProblemAsync(author, input.QuizId, ct) is { } quizProblem)
        {
            return quizProblem;
        }

        if (!Campaign.Create(input, author.UserId(), Now).Succeeded(out var campaign, out var error))
        {
            return error;
        }

        db.Add(campaign);
        audit.Record("attestation.campaign.created", $"campaign:{campaign.Id}", campaign.Name);
        await db.SaveChangesAsync(ct);
        return campaign.Id;
    }

    public Task<Result> StartAsync(AccessScope scope, Guid campaignId, CancellationToken ct) => ChangeAsync(scope, campaignId, c => c.Start(), ct);

    public Task<Result> CloseAsync(AccessScope scope, Guid campaignId, CancellationToken ct) => ChangeAsync(scope, campaignId, c => c.Close(), ct);

    public async Task<Result> AddDateAsync(AccessScope scope, Guid campaignId, ScheduleDateKind kind, DateOnly? date, string? place, CancellationToken ct) =>
        date is { } day ? await ChangeAsync(scope, campaignId, c => c.AddDate(kind, day, place), ct) : AttestationErrors.DateRequired;

    /// <summary>The new-campaign form with the oblasts the person may choose and the quizzes that may be its test.</summary>
    public async Task<NewCampaignPage> NewFormAsync(ClaimsPrincipal author, AccessScope scope, CampaignForm form, CancellationToken ct)
    {
        var oblasts = await scope.Filter(directory.Oblasts, o => o.Code).Select(o => new { o.Code, o.Name }).ToListAsync(ct);
        return new NewCampaignPage(form, oblasts.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => (o.Code, o.Name)).ToList(), await QuizzesAsync(author, ct));
    }

    /// <summary>The campaign page: for its methodologists and for its commission; 404 for anyone else.</summary>
    public async Task<Result<CampaignPage>> PageAsync(AccessScope scope, Guid userId, Guid campaignId, CancellationToken ct)
    {
        if (!(await access.ReachAsync(scope, userId, campaignId, track: false, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var campaign = reach.Campaign;
        var candidates = await db.Set<Candidate>().AsNoTracking().Where(c => c.CampaignId == campaignId)
            .GroupJoin(directory.Libraries, c => c.LibraryId, l => l.Id, (c, l) => new { c, l })
            .SelectMany(x => x.l.DefaultIfEmpty(), (x, l) => new { x.c.Id, x.c.Surname, x.c.GivenName, x.c.Patronymic, x.c.Position, x.c.Email, x.c.Step, x.c.TestPercent, Library = l == null ? "" : l.Name })
            .ToListAsync(ct);
        var outcomes = await LatestOutcomesAsync(campaignId, ct);
        var rows = candidates
            .Select(c => new CandidateRow(c.Id, string.Join(' ', new[] { c.Surname, c.GivenName, c.Patronymic }.Where(p => !string.IsNullOrEmpty(p))), c.Position, c.Library, c.Email, c.Step, c.TestPercent,
                outcomes.TryGetValue(c.Id, out var outcome) ? outcome : null))
            .OrderBy(c => c.FullName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("uk-UA"), false))
            .ToList();
        var oblast = await directory.Oblasts.Where(o => o.Code == campaign.OblastCode).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? campaign.OblastCode;
        return new CampaignPage(campaign, oblast, await MembersAsync(reach.Commission, ct), rows, CountSteps(rows.Select(r => r.Step)), reach.Manages, reach.Role);
    }

    public async Task<Result> AddMemberAsync(AccessScope scope, Guid campaignId, string email, CommissionRole role, Guid byId, CancellationToken ct)
    {
        if (!(await access.ManagedAsync(scope, campaignId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        if (reach.Campaign.Status == CampaignStatus.Closed)
        {
            return AttestationErrors.CampaignClosed;
        }

        var person = string.IsNullOrWhiteSpace(email) ? null : await directory.FindByEmailAsync(email.Trim(), ct);
        if (person is null)
        {
            return AttestationErrors.PersonNotFound;
        }

        if (reach.Commission.CanAdd(person.Id, role) is { } error)
        {
            return error;
        }

        db.Add(new CommissionMember(campaignId, person.Id, role, byId, Now));
        audit.Record("attestation.commission.added", $"campaign:{campaignId} user:{person.Id}", role.ToString());
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Takes a member out of the commission; the record stays (with when and by whom) for the protocols already made.</summary>
    public async Task<Result> RemoveMemberAsync(AccessScope scope, Guid campaignId, Guid memberId, Guid byId, CancellationToken ct)
    {
        if (!(await access.ManagedAsync(scope, campaignId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        if (reach.Campaign.Status == CampaignStatus.Closed)
        {
            return AttestationErrors.CampaignClosed;
        }

        var member = await db.Set<CommissionMember>().FirstOrDefaultAsync(m => m.Id == memberId && m.CampaignId == campaignId && m.LeftAt == null, ct);
        if (member is null)
        {
            return AttestationErrors.MemberNotFound;
        }

        member.Leave(byId, Now);
        audit.Record("attestation.commission.removed", $"campaign:{campaignId} user:{member.UserId}", member.Role.ToString());
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Candidates from a CSV file: all of them, or none and every bad line reported.</summary>
    public async Task<Result<ImportReport>> ImportAsync(AccessScope scope, Guid campaignId, Stream file, Guid byId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!(await access.ManagedAsync(scope, campaignId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        if (reach.Campaign.Status == CampaignStatus.Closed)
        {
            return AttestationErrors.CampaignClosed;
        }

        // One byte over the limit is enough to refuse the file without reading all of it.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= AttestationLimits.ImportBytes && (read = await file.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        if (!CandidateCsvParser.Decode(buffer.ToArray()).Succeeded(out var text, out var unreadable))
        {
            return new ImportReport(0, [CsvLineError.At(0, unreadable)]);
        }

        var libraries = await LibrariesOfAsync(reach.Campaign, ct);
        var existing = (await db.Set<Candidate>().Where(c => c.CampaignId == campaignId).Select(c => c.NormalizedEmail).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var parsed = CandidateCsvParser.Parse(text, libraries, existing);
        if (!parsed.Succeeded)
        {
            return new ImportReport(0, parsed.Errors);
        }

        var emails = parsed.Rows.Select(r => Candidate.NormaliseEmail(r.Person.Email)).ToList();
        var accounts = await directory.People.Where(p => p.NormalizedEmail != null && emails.Contains(p.NormalizedEmail))
            .Select(p => new { p.Id, p.NormalizedEmail }).ToDictionaryAsync(p => p.NormalizedEmail!, p => p.Id, ct);
        var now = Now;
        foreach (var row in parsed.Rows)
        {
            db.Add(new Candidate(campaignId, row.Person, accounts.TryGetValue(Candidate.NormaliseEmail(row.Person.Email), out var userId) ? userId : null, byId, now));
        }

        audit.Record("attestation.candidates.imported", $"campaign:{campaignId}", $"Кандидатів: {parsed.Rows.Count}.");
        await db.SaveChangesAsync(ct);
        return new ImportReport(parsed.Rows.Count, []);
    }

    private async Task<IReadOnlyList<ImportLibrary>> LibrariesOfAsync(Campaign campaign, CancellationToken ct) =>
        await covered.Of(campaign).Select(l => new ImportLibrary(l.Id, l.Name, l.ShortName)).ToListAsync(ct);

    private async Task<Result> ChangeAsync(AccessScope scope, Guid campaignId, Func<Campaign, Result> change, CancellationToken ct)
    {
        if (!(await access.ManagedAsync(scope, campaignId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        if (change(reach.Campaign).Failed(out var error))
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>The quizzes the person may name as a campaign's test (the Assessments module's list; none when it is switched off).</summary>
    public Task<IReadOnlyList<ReferenceOption>> QuizzesAsync(ClaimsPrincipal author, CancellationToken ct) => linkable.ListAsync(ReferenceKinds.Quiz, author, ct);

    private async Task<Error?> QuizProblemAsync(ClaimsPrincipal author, Guid? quizId, CancellationToken ct) =>
        quizId is { } id && await linkable.FindAsync(ReferenceKinds.Quiz, author, id, ct) is null ? AttestationErrors.QuizNotFound : null;

    private async Task<Dictionary<Guid, AttestationOutcome>> LatestOutcomesAsync(Guid campaignId, CancellationToken ct) =>
        (await db.Set<Decision>().AsNoTracking()
            .Where(d => db.Set<Candidate>().Any(c => c.Id == d.CandidateId && c.CampaignId == campaignId))
            .Select(d => new { d.CandidateId, d.Round, d.Outcome })
            .ToListAsync(ct))
        .GroupBy(d => d.CandidateId)
        .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Round)!.Outcome);

    private async Task<IReadOnlyList<MemberRow>> MembersAsync(Commission commission, CancellationToken ct)
    {
        var ids = commission.Members.Select(m => m.UserId).ToList();
        var people = await directory.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return commission.Members
            .Select(m => new MemberRow(m.Id, m.UserId, people.TryGetValue(m.UserId, out var p) ? p.FullName : "—", people.GetValueOrDefault(m.UserId)?.Email, m.Role))
            .OrderBy(m => m.Role).ThenBy(m => m.FullName, StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<CandidateStep, int> CountSteps(IEnumerable<CandidateStep> steps)
    {
        var counts = Enum.GetValues<CandidateStep>().ToDictionary(s => s, _ => 0);
        foreach (var step in steps)
        {
            counts[step]++;
        }

        return counts;
    }

    private async Task<IReadOnlyList<CampaignRow>> RowsAsync(IQueryable<Campaign> campaigns, CancellationToken ct)
    {
        var list = await campaigns.OrderByDescending(c => c.CreatedAt).ToListAsync(ct);
        var ids = list.Select(c => c.Id).ToList();
        var steps = await db.Set<Candidate>().Where(c => ids.Contains(c.CampaignId)).GroupBy(c => new { c.CampaignId, c.Step })
            .Select(g => new { g.Key.CampaignId, g.Key.Step, Count = g.Count() }).ToListAsync(ct);
        var codes = list.Select(c => c.OblastCode).Distinct().ToList();
        var oblasts = await directory.Oblasts.Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        return list.Select(c => new CampaignRow(c.Id, c.Name, c.OrderNumber, c.OrderDate, oblasts.GetValueOrDefault(c.OblastCode, c.OblastCode), c.Status,
                CountSteps(steps.Where(s => s.CampaignId == c.Id).SelectMany(s => Enumerable.Repeat(s.Step, s.Count)))))
            .ToList();
    }
}
