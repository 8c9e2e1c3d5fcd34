using System.Globalization;
using Lounb.Modules.Attestation.Documents;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Attestation.Application;

/// <summary>
/// The campaign's documents: the attestation sheet of a candidate, the commission's protocol (PDF, Excel) and the summary
/// (Excel). Who reaches the campaign (its methodologists and commission, <see cref="CampaignAccess"/>) gets them all; a
/// candidate gets only their own sheet, once told of the decision. Everyone else is told it does not exist.
/// </summary>
internal sealed class AttestationDocumentService(
    LounbDbContext db, CampaignAccess access, IPeopleDirectory directory, LocalTime localTime)
{
    public async Task<Result<DocumentFile>> SheetAsync(AccessScope scope, Guid userId, Guid campaignId, Guid candidateId, CancellationToken ct)
    {
        if (!(await access.ReachAsync(scope, userId, campaignId, track: false, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        return await SheetOfAsync(reach.Campaign, reach.Commission, candidateId, ct);
    }

    /// <summary>The person's own sheet, once the decision was told to them; anyone else's does not exist.</summary>
    public async Task<Result<DocumentFile>> MySheetAsync(Guid userId, Guid candidateId, CancellationToken ct)
    {
        var campaignId = await db.Set<Candidate>().AsNoTracking()
            .Where(c => c.Id == candidateId && c.UserId == userId && c.Step >= CandidateStep.Notified)
            .Select(c => (Guid?)c.CampaignId).FirstOrDefaultAsync(ct);
        if (campaignId is null)
        {
            return AttestationErrors.CandidateNotFound;
        }

        var campaign = await db.Set<Campaign>().AsNoTracking().FirstAsync(c => c.Id == campaignId, ct);
        var members = await db.Set<CommissionMember>().AsNoTracking().Where(m => m.CampaignId == campaign.Id && m.LeftAt == null).ToListAsync(ct);
        return await SheetOfAsync(campaign, new Commission(members), candidateId, ct);
    }

    public async Task<Result<DocumentFile>> ProtocolPdfAsync(AccessScope scope, Guid userId, Guid campaignId, CancellationToken ct) =>
        (await ProtocolAsync(scope, userId, campaignId, ct)).Succeeded(out var protocol, out var refused)
            ? new DocumentFile(CommissionProtocolPdf.Render(protocol), DocumentFile.Pdf, "protokol-atestatsiinoi-komisii.pdf")
            : refused;

    public async Task<Result<DocumentFile>> ProtocolExcelAsync(AccessScope scope, Guid userId, Guid campaignId, CancellationToken ct) =>
        (await ProtocolAsync(scope, userId, campaignId, ct)).Succeeded(out var protocol, out var refused)
            ? new DocumentFile(CommissionProtocolWorkbook.Build(protocol), DocumentFile.Xlsx, "protokol-atestatsiinoi-komisii.xlsx")
            : refused;

    public async Task<Result<DocumentFile>> SummaryExcelAsync(AccessScope scope, Guid userId, Guid campaignId, CancellationToken ct)
    {
        if (!(await access.ReachAsync(scope, userId, campaignId, track: false, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var candidates = await CandidatesAsync(campaignId, null, ct);
        return new DocumentFile(CampaignSummaryWorkbook.Build(candidates), DocumentFile.Xlsx, "zvit-atestatsii.xlsx");
    }

    private async Task<Result<CommissionProtocol>> ProtocolAsync(AccessScope scope, Guid userId, Guid campaignId, CancellationToken ct)
    {
        if (!(await access.ReachAsync(scope, userId, campaignId, track: false, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var candidates = await CandidatesAsync(campaignId, null, ct);
        var voters = await db.Set<DecisionVote>().AsNoTracking()
            .Where(v => db.Set<Decision>().Any(d => d.Id == v.DecisionId && db.Set<Candidate>().Any(c => c.Id == d.CandidateId && c.CampaignId == campaignId)))
            .Select(v => v.MemberUserId).Distinct().ToListAsync(ct);
        var meeting = reach.Campaign.Dates.Where(d => d.Kind == ScheduleDateKind.CommissionMeeting).OrderBy(d => d.Date).Select(d => (DateOnly?)d.Date).FirstOrDefault();
        return new CommissionProtocol(await HeadingAsync(reach.Campaign, ct), await MembersAsync(reach.Commission, voters, ct), candidates, meeting);
    }

    private async Task<Result<DocumentFile>> SheetOfAsync(Campaign campaign, Commission commission, Guid candidateId, CancellationToken ct)
    {
        var candidate = (await CandidatesAsync(campaign.Id, candidateId, ct)) is [var found, ..] ? found : null;
        if (candidate is null)
        {
            return AttestationErrors.CandidateNotFound;
        }

        var heading = await HeadingAsync(campaign, ct);
        var voters = candidate.Decisions.Count == 0 ? [] : await db.Set<DecisionVote>().AsNoTracking()
            .Where(v => db.Set<Decision>().Any(d => d.Id == v.DecisionId && d.CandidateId == candidateId)).Select(v => v.MemberUserId).Distinct().ToListAsync(ct);
        var sheet = new AttestationSheet(heading, candidate, heading.OblastName, await MembersAsync(commission, voters, ct));
        return new DocumentFile(AttestationSheetPdf.Render(sheet), DocumentFile.Pdf, $"atestatsiinyi-lyst-{candidate.Id:N}.pdf");
    }

    private async Task<CampaignHeading> HeadingAsync(Campaign campaign, CancellationToken ct)
    {
        var oblast = await directory.Oblasts.Where(o => o.Code == campaign.OblastCode).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? campaign.OblastCode;
        return new CampaignHeading(campaign.Name, campaign.OrderNumber, campaign.OrderDate, oblast, campaign.Quorum.ToString());
    }

    private async Task<IReadOnlyList<MemberLine>> MembersAsync(Commission commission, IReadOnlyCollection<Guid> voters, CancellationToken ct)
    {
        var ids = commission.Members.Select(m => m.UserId).ToList();
        var names = await directory.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        return commission.Members
            .Select(m => new MemberLine(names.GetValueOrDefault(m.UserId, "—"), m.Role, voters.Contains(m.UserId)))
            .OrderBy(m => m.Role).ThenBy(m => m.FullName, StringComparer.Ordinal).ToList();
    }

    /// <summary>The campaign's candidates (or the one of <paramref name="only"/>) with their library, hromada and decisions, in Ukrainian alphabetical order.</summary>
    private async Task<IReadOnlyList<CandidateLine>> CandidatesAsync(Guid campaignId, Guid? only, CancellationToken ct)
    {
        var query = db.Set<Candidate>().AsNoTracking().Where(c => c.CampaignId == campaignId);
        if (only is { } id)
        {
            query = query.Where(c => c.Id == id);
        }

        var candidates = await query
            .GroupJoin(directory.Libraries, c => c.LibraryId, l => l.Id, (c, l) => new { c, l })
            .SelectMany(x => x.l.DefaultIfEmpty(), (x, l) => new
            {
                x.c.Id, x.c.Surname, x.c.GivenName, x.c.Patronymic, x.c.Position, x.c.Step, x.c.TestPercent, x.c.TestPassed, x.c.InterviewNotes, x.c.AppealText,
                Library = l == null ? "" : l.Name,
                Hromada = l == null ? "" : l.HromadaName,
            })
            .ToListAsync(ct);
        var decisions = (await db.Set<Decision>().AsNoTracking().Include(d => d.Conditions)
                .Where(d => only == null ? db.Set<Candidate>().Any(c => c.Id == d.CandidateId && c.CampaignId == campaignId) : d.CandidateId == only)
                .ToListAsync(ct))
            .GroupBy(d => d.CandidateId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DecisionLine>)g.OrderBy(d => d.Round).Select(ToLine).ToList());
        var order = StringComparer.Create(CultureInfo.GetCultureInfo("uk-UA"), false);
        return candidates
            .Select(c => new CandidateLine(c.Id, string.Join(' ', new[] { c.Surname, c.GivenName, c.Patronymic }.Where(p => !string.IsNullOrEmpty(p))),
                c.Position, c.Library, c.Hromada, c.Step, c.TestPercent, c.TestPassed, c.InterviewNotes, c.AppealText, decisions.GetValueOrDefault(c.Id, [])))
            .OrderBy(c => c.FullName, order)
            .ToList();
    }

    private DecisionLine ToLine(Decision d) => new(
        d.Round, d.Outcome, localTime.ToLocal(d.DecidedAt), d.Present, d.Composition, d.VotesFit, d.VotesFitWithConditions, d.VotesNotFit,
        d.TieDecidedByChair, d.Category, d.Conditions.Select(c => new ConditionLine(c.Text, c.DueOn, c.IsMet)).ToList());
}
