using System.Security.Claims;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Attestation.Application;

/// <summary>
/// With demo data: the campaign «Атестація бібліотечних працівників деокупованих громад Луганщини» with a commission of
/// five from ЛОУНБ's staff and twenty candidates of the demo libraries at different steps, the demo librarian among them
/// with the test open. Every step goes through the same domain rules the pages use, and each decision is published as
/// <c>AttestationDecided</c> through the outbox as the commission's page does. Then the past year's campaigns
/// (<see cref="AttestationDemoYear"/>).
/// </summary>
internal sealed class AttestationSeeder(
    LounbDbContext db, SeedContext seed, IPeopleDirectory directory, LinkableItems linkable, IEnumerable<IQuestionnaires> questionnaires,
    IEnumerable<IDrawnTests> drawnTests, IIntegrationEventPublisher events, AttestationDemoYear demoYear, TimeProvider time)
{
    public const string CampaignName = "Атестація бібліотечних працівників деокупованих громад Луганщини";

    /// <summary>The demo bank's categories (Assessments' demo data) and how many questions each candidate gets from each.</summary>
    private static readonly (string Category, int Count)[] TestParts =
    [
        ("Законодавство України про бібліотечну справу", 5), ("Професійні знання", 5), ("Українська мова", 5), ("Інформаційна гігієна", 5),
    ];

    /// <summary>The commission: chair, deputy, secretary and two members, all of ЛОУНБ.</summary>
    public static readonly (string Email, CommissionRole Role)[] Commission =
    [
        ("metodyst.luhansk@lounb.demo", CommissionRole.Chair),
        ("metodyst@lounb.demo", CommissionRole.Deputy),
        ("mentor@lounb.demo", CommissionRole.Secretary),
        ("trener@lounb.demo", CommissionRole.Member),
        ("admin@lounb.demo", CommissionRole.Member),
    ];

    private static readonly (string Surname, string Name, string Patronymic, string Position)[] People =
    [
        ("Гончаренко", "Людмила", "Петрівна", "завідувачка філії"), ("Кузьменко", "Оксана", "Василівна", "бібліотекарка"),
        ("Лисенко", "Віра", "Миколаївна", "бібліографка"), ("Мороз", "Ганна", "Іванівна", "бібліотекарка"),
        ("Павленко", "Надія", "Олексіївна", "завідувачка відділу обслуговування"), ("Руденко", "Катерина", "Сергіївна", "бібліотекарка"),
        ("Сидоренко", "Лариса", "Андріївна", "методистка"), ("Тимошенко", "Ірина", "Василівна", "бібліотекарка"),
        ("Федоренко", "Олена", "Григорівна", "бібліотекарка дитячого відділу"), ("Харченко", "Марина", "Володимирівна", "бібліотекарка"),
        ("Шевченко", "Алла", "Петрівна", "завідувачка сільської бібліотеки"), ("Яковенко", "Тамара", "Іванівна", "бібліотекарка"),
        ("Бойко", "Світлана", "Миколаївна", "бібліотекарка"), ("Войтенко", "Юлія", "Олександрівна", "бібліографка"),
        ("Дмитренко", "Зоя", "Федорівна", "бібліотекарка"), ("Ігнатенко", "Раїса", "Павлівна", "завідувачка філії"),
        ("Карпенко", "Ніна", "Степанівна", "бібліотекарка"), ("Левченко", "Інна", "Вікторівна", "бібліотекарка"),
        ("Мартиненко", "Жанна", "Олегівна", "бібліотекарка"),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!seed.IncludeDemoData)
        {
            return;
        }

        await SeedCurrentCampaignAsync(ct);
        await demoYear.SeedAsync(Commission, ct);
    }

    private async Task SeedCurrentCampaignAsync(CancellationToken ct)
    {
        if (await db.Set<Campaign>().FirstOrDefaultAsync(c => c.Name == CampaignName, ct) is { } seeded)
        {
            await GiveQuestionnaireAsync(seeded, seeded.CreatedById, ct);
            return;
        }

        var members = new List<(Guid UserId, CommissionRole Role)>();
        foreach (var (email, role) in Commission)
        {
            if (await directory.FindByEmailAsync(email, ct) is not { } person)
            {
                return;
            }

            members.Add((person.Id, role));
        }

        var librarian = await directory.FindByEmailAsync("bibliotekar@lounb.demo", ct);
        var libraries = await directory.Libraries.Where(l => l.OblastCode == Oblasts.Luhansk && l.ShortName != "ЛОУНБ").OrderBy(l => l.Name).ToListAsync(ct);
        if (librarian?.LibraryId is not { } librarianLibrary || libraries.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var chair = members[0].UserId;
        var secretary = members[2].UserId;
        var (opens, closes) = (now.AddDays(-7), now.AddDays(14));
        var drawn = await DrawnTestAsync(opens, closes, chair, ct);
        var campaign = Campaign.Create(new CampaignInput(CampaignName, "45-ОД", DateOnly.FromDateTime(now.AddDays(-30)), Oblasts.Luhansk,
            opens, closes, AttestationLimits.DefaultAppealDays, QuorumRule.TwoThirds, drawn is null ? await DemoQuizAsync(ct) : null), chair, now.AddDays(-30)).Value;
        if (drawn is { } quizId)
        {
            campaign.UseDrawnTest(quizId);
        }

        campaign.AddDate(ScheduleDateKind.Interview, DateOnly.FromDateTime(now.AddDays(16)), "ЛОУНБ, відділ науково-методичної роботи; онлайн для віддалених громад");
        campaign.AddDate(ScheduleDateKind.CommissionMeeting, DateOnly.FromDateTime(now.AddDays(18)), "ЛОУНБ");
        campaign.Start();
        db.Add(campaign);
        var sitting = members.Select(m => new CommissionMember(campaign.Id, m.UserId, m.Role, chair, now.AddDays(-29))).ToList();
        db.AddRange(sitting);
        var commission = new Commission(sitting);

        db.Add(new Candidate(campaign.Id, new CandidatePerson("Савченко", "Тетяна", "Іванівна", "бібліотекарка", librarianLibrary, "bibliotekar@lounb.demo"),
            librarian.Id, chair, now.AddDays(-8)));
        for (var i = 0; i < People.Length; i++)
        {
            var (surname, name, patronymic, position) = People[i];
            var candidate = new Candidate(campaign.Id, new CandidatePerson(surname, name, patronymic, position, libraries[i % libraries.Count].Id, $"kandydat{i + 1:00}@lounb.demo"),
                null, chair, now.AddDays(-8));
            db.Add(candidate);
            if (Advance(candidate, i, commission, campaign, secretary, now) is { } decision)
            {
                await events.PublishAsync(DecisionEvents.Of(campaign, candidate, decision), ct);
            }
        }

        await db.SaveChangesAsync(ct);
        await GiveQuestionnaireAsync(campaign, chair, ct);
    }

    /// <summary>The demo campaign's «Анкета самооцінювання бібліотечного працівника» (also for a campaign seeded before it existed).</summary>
    private async Task GiveQuestionnaireAsync(Campaign campaign, Guid ownerId, CancellationToken ct)
    {
        if (campaign.QuestionnaireId is not null || questionnaires.FirstOrDefault() is not { } engine)
        {
            return;
        }

        campaign.AttachQuestionnaire(await engine.CreateAsync(StandardQuestionnaire.Draft, ownerId, campaign.OblastCode, ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Moves the i-th candidate along: some invited, some tested, interviewed, decided, told, one appealed, a few final.</summary>
    /// <returns>The commission's decision, when the candidate got that far.</returns>
    private Decision? Advance(Candidate candidate, int i, Commission commission, Campaign campaign, Guid secretary, DateTime now)
    {
        Decision? decision = null;
        var step = i switch { < 5 => 0, < 9 => 1, < 12 => 2, < 14 => 3, < 16 => 4, < 17 => 5, _ => 6 };
        if (step >= 1)
        {
            candidate.RecordTest(Guid.CreateVersion7(), 55 + (i * 7 % 45), true, now.AddDays(-6));
        }

        if (step >= 2)
        {
            candidate.RecordInterview("Орієнтується в законодавстві про бібліотечну справу; готова працювати в українському культурному просторі.", secretary, now.AddDays(-5));
        }

        if (step >= 3)
        {
            var present = commission.Members.Select(m => m.UserId).ToList();
            var outcome = i % 3 == 0 ? AttestationOutcome.FitWithConditions : AttestationOutcome.Fit;
            var votes = present.ToDictionary(p => p, _ => outcome);
            var conditions = outcome == AttestationOutcome.FitWithConditions
                ? new List<ConditionInput> { new("Пройти курс підвищення кваліфікації з українського законодавства про бібліотеки", DateOnly.FromDateTime(now.AddDays(90)), null) }
                : [];
            decision = candidate.Decide(commission, campaign.Quorum, present, votes, new DecisionInput(CategoryRecommendation.Keep, conditions), secretary, now.AddDays(-4)).Value;
            db.Add(decision);
        }

        if (step >= 4)
        {
            candidate.Notify(secretary, now.AddDays(step >= 6 ? -20 : -3));
        }

        if (step == 5)
        {
            candidate.Appeal("Прошу врахувати сертифікати курсів, пройдених у 2025 році.", Guid.Empty, campaign.AppealDays, now.AddDays(-2), ShowTime);
        }

        if (step >= 6)
        {
            candidate.MakeFinal(secretary, campaign.AppealDays, now, ShowTime);
        }

        return decision;
    }

    public static string ShowTime(DateTime utc) => utc.ToString("u", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The campaign's test drawn from the demo bank «Атестація бібліотечних працівників», composed as the chair would.</summary>
    private async Task<Guid?> DrawnTestAsync(DateTime opens, DateTime closes, Guid chair, CancellationToken ct)
    {
        if (drawnTests.FirstOrDefault() is not { } tests)
        {
            return null;
        }

        var person = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, chair.ToString())], "seed"));
        var categories = await tests.CategoriesAsync(person, ct);
        var parts = TestParts.Select(p => categories.FirstOrDefault(c => c.Name == p.Category) is { } found ? new DrawPart(found.Id, p.Count, false) : null).OfType<DrawPart>().ToList();
        if (parts.Count < TestParts.Length)
        {
            return null;
        }

        var spec = new DrawnTestSpec($"Атестаційний тест: {CampaignName}", Oblasts.Luhansk, parts, DrawnTestForm.DefaultPassPercent, DrawnTestForm.DefaultTimeLimitMinutes, opens, closes);
        return (await tests.SaveAsync(person, null, spec, ct)).Succeeded(out var quizId, out _) ? quizId : null;
    }

    /// <summary>A published national quiz as the campaign's test, when the Assessments module offers one but not the demo bank.</summary>
    private async Task<Guid?> DemoQuizAsync(CancellationToken ct) =>
        await linkable.ListAsync(ReferenceKinds.Quiz, new ClaimsPrincipal(new ClaimsIdentity()), ct) is [var quiz, ..] && Guid.TryParse(quiz.Value, out var id) ? id : null;
}
