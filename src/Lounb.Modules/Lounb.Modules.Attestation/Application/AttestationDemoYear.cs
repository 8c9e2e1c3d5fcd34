using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Attestation.Application;

/// <summary>
/// The demo year of attestation (development only): two finished campaigns of the past year — Luhansk in spring, Cherkasy
/// in autumn — whose candidates are the demo librarians (<c>demo.osoba.*@lounb.demo</c>) of the oblast. Every candidate
/// goes test → interview → the commission's vote → told → final through the same domain rules the pages use: most fit,
/// some «за умови» (with a condition), some not fit, and a few get a retake with a reason before they pass. Each decision
/// is published as <c>AttestationDecided</c> through the outbox, so Reports counts it as a real one. Deterministic.
/// </summary>
internal sealed class AttestationDemoYear(LounbDbContext db, IPeopleDirectory directory, IIntegrationEventPublisher events, TimeProvider time)
{
    private static readonly DemoCampaign[] Campaigns =
    [
        new("Чергова атестація працівників публічних бібліотек Луганщини", "12-ОД", Oblasts.Luhansk, 240, null),
        new("Атестація працівників бібліотек Черкащини", "87-ОД", "UA-71", 100,
        [
            ("metodyst.cherkasy@lounb.demo", CommissionRole.Chair), ("metodyst@lounb.demo", CommissionRole.Deputy),
            ("bibliotekar.cherkasy@lounb.demo", CommissionRole.Secretary), ("koordynator3@lounb.demo", CommissionRole.Member),
        ]),
    ];

    private static readonly string[] Positions = ["бібліотекарка", "бібліографка", "завідувачка відділу обслуговування", "методистка"];

    public async Task SeedAsync(IReadOnlyList<(string Email, CommissionRole Role)> luhanskCommission, CancellationToken ct)
    {
        foreach (var demo in Campaigns)
        {
            await SeedAsync(demo, demo.Commission ?? luhanskCommission, ct);
        }
    }

    private async Task SeedAsync(DemoCampaign demo, IReadOnlyList<(string Email, CommissionRole Role)> members, CancellationToken ct)
    {
        if (await db.Set<Campaign>().AnyAsync(c => c.Name == demo.Name, ct))
        {
            return;
        }

        var librarians = await directory.People
            .Where(p => p.Email != null && p.Email.StartsWith("demo.osoba.") && p.Kind == PersonKind.Librarian && p.OblastCode == demo.OblastCode && p.LibraryId != null)
            .OrderBy(p => p.Email).Select(p => new { p.Id, p.FullName, p.Email, LibraryId = p.LibraryId!.Value }).ToListAsync(ct);
        var sitting = new List<(Guid UserId, CommissionRole Role)>();
        foreach (var (email, role) in members)
        {
            if (await directory.FindByEmailAsync(email, ct) is not { } person)
            {
                return;
            }

            sitting.Add((person.Id, role));
        }

        if (librarians.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var start = now.AddDays(-demo.DaysAgo);
        var chair = sitting[0].UserId;
        var secretary = sitting.First(m => m.Role == CommissionRole.Secretary).UserId;
        var campaign = Campaign.Create(new CampaignInput(demo.Name, demo.Order, DateOnly.FromDateTime(start), demo.OblastCode, start.AddDays(7), start.AddDays(21),
            AttestationLimits.DefaultAppealDays, QuorumRule.TwoThirds, null), chair, start).Value;
        campaign.Start();
        db.Add(campaign);
        var commissionMembers = sitting.Select(m => new CommissionMember(campaign.Id, m.UserId, m.Role, chair, start)).ToList();
        db.AddRange(commissionMembers);
        var commission = new Commission(commissionMembers);
        var present = commissionMembers.Select(m => m.UserId).ToList();
        for (var i = 0; i < librarians.Count; i++)
        {
            var person = librarians[i];
            var names = person.FullName.Split(' ', 2);
            var candidate = new Candidate(campaign.Id, new CandidatePerson(names[^1], names[0], null, Positions[i % Positions.Length], person.LibraryId, person.Email!),
                person.Id, chair, start.AddDays(1));
            db.Add(candidate);
            var (outcome, percent, retake) = (i % 6) switch
            {
                2 => (AttestationOutcome.FitWithConditions, 64m, false),
                4 => (AttestationOutcome.NotFit, 38m, false),
                5 => (AttestationOutcome.Fit, 81m, true),
                _ => (AttestationOutcome.Fit, 72m + (i * 5 % 25), false),
            };
            var testedAt = start.AddDays(8 + (i % 10));
            if (retake)
            {
                candidate.RecordTest(Guid.CreateVersion7(), 42m, false, testedAt);
                candidate.GrantRetake("Тест перервано через повітряну тривогу й відключення світла; комісія дозволила скласти його ще раз.", secretary, testedAt.AddDays(1));
                testedAt = testedAt.AddDays(3);
            }

            candidate.RecordTest(Guid.CreateVersion7(), percent, percent >= 60m, testedAt);
            var interviewedAt = start.AddDays(24);
            candidate.RecordInterview(outcome == AttestationOutcome.NotFit
                ? "Має труднощі з електронним каталогом і цифровими сервісами; знання законодавства про бібліотечну справу недостатні."
                : "Впевнено орієнтується в законодавстві про бібліотечну справу, працює з електронним каталогом і цифровими сервісами для користувачів.",
                secretary, interviewedAt);
            var conditions = outcome == AttestationOutcome.FitWithConditions
                ? new List<ConditionInput> { new("Пройти курс «Медіаграмотність для бібліотекарів» і подати сертифікат", DateOnly.FromDateTime(interviewedAt.AddDays(90)), null) }
                : [];
            var decision = candidate.Decide(commission, campaign.Quorum, present, present.ToDictionary(p => p, _ => outcome),
                new DecisionInput(outcome == AttestationOutcome.NotFit ? CategoryRecommendation.None : CategoryRecommendation.Keep, conditions), secretary, interviewedAt.AddHours(3)).Value;
            db.Add(decision);
            await events.PublishAsync(DecisionEvents.Of(campaign, candidate, decision), ct);
            candidate.Notify(secretary, interviewedAt.AddDays(1));
            candidate.MakeFinal(secretary, campaign.AppealDays, interviewedAt.AddDays(2 + campaign.AppealDays), AttestationSeeder.ShowTime);
        }

        campaign.Close();
        await db.SaveChangesAsync(ct);
    }

    private sealed record DemoCampaign(string Name, string Order, string OblastCode, int DaysAgo, (string Email, CommissionRole Role)[]? Commission);
}
