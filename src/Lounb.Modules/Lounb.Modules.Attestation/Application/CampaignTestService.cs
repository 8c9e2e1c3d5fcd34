using System.Security.Claims;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Attestation.Application;

/// <summary>One part of the test as the form sends it: how many random questions of a category.</summary>
internal sealed class DrawPartForm
{
    public Guid CategoryId { get; set; }

    public int Count { get; set; }

    public bool IncludeSubcategories { get; set; }
}

/// <summary>The campaign's test as the methodologist composes it from bank categories.</summary>
internal sealed class DrawnTestForm
{
    public const decimal DefaultPassPercent = 60m;
    public const int DefaultTimeLimitMinutes = 45;

    public List<DrawPartForm> Parts { get; set; } = [];

    public decimal PassPercent { get; set; } = DefaultPassPercent;

    public int? TimeLimitMinutes { get; set; } = DefaultTimeLimitMinutes;

    public static DrawnTestForm Of(DrawnTest? test) => test is null
        ? new DrawnTestForm()
        : new DrawnTestForm
        {
            Parts = test.Parts.Select(p => new DrawPartForm { CategoryId = p.CategoryId, Count = p.Count, IncludeSubcategories = p.IncludeSubcategories }).ToList(),
            PassPercent = test.PassPercent,
            TimeLimitMinutes = test.TimeLimitMinutes,
        };

    public DrawPartForm? PartOf(Guid categoryId) => Parts.FirstOrDefault(p => p.CategoryId == categoryId);
}

/// <summary>The page that composes the campaign's test: the categories the person may draw from and the test as it stands.</summary>
/// <param name="Locked">Someone has already taken the test: its parts stay as they are.</param>
internal sealed record DrawnTestPage(Campaign Campaign, IReadOnlyList<DrawableCategory> Categories, DrawnTest? Current, DrawnTestForm Form, bool Locked);

/// <summary>
/// The campaign's test drawn at random from question-bank categories (through Assessments' <see cref="IDrawnTests"/>):
/// each candidate gets their own questions; one attempt, more only with the commission's retake.
/// </summary>
internal sealed class CampaignTestService(LounbDbContext db, CampaignAccess access, IEnumerable<IDrawnTests> engines, IAuditLog audit)
{
    private const string TitlePrefix = "Атестаційний тест: ";

    public async Task<Result<DrawnTestPage>> PageAsync(ClaimsPrincipal person, AccessScope scope, Guid campaignId, DrawnTestForm? form, CancellationToken ct)
    {
        if (!(await access.ManagedAsync(scope, campaignId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        if (engines.FirstOrDefault() is not { } tests)
        {
            return AttestationErrors.TestEngineOff;
        }

        var campaign = reach.Campaign;
        var current = campaign.TestIsDrawn && campaign.QuizId is { } quizId ? await tests.FindAsync(quizId, ct) : null;
        return new DrawnTestPage(campaign, await tests.CategoriesAsync(person, ct), current, form ?? DrawnTestForm.Of(current), current?.Attempts > 0);
    }

    /// <summary>Creates the test, or changes it while nobody has taken it; it opens and closes with the campaign's test window.</summary>
    public async Task<Result> ComposeAsync(ClaimsPrincipal person, AccessScope scope, Guid campaignId, DrawnTestForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!(await access.ManagedAsync(scope, campaignId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var campaign = reach.Campaign;
        if (campaign.Status == CampaignStatus.Closed)
        {
            return AttestationErrors.CampaignClosed;
        }

        if (engines.FirstOrDefault() is not { } tests)
        {
            return AttestationErrors.TestEngineOff;
        }

        var title = TitlePrefix + campaign.Name;
        var spec = new DrawnTestSpec(title.Length > AttestationLimits.NameLength ? title[..AttestationLimits.NameLength] : title, campaign.OblastCode,
            form.Parts.Select(p => new DrawPart(p.CategoryId, p.Count, p.IncludeSubcategories)).ToList(), form.PassPercent, form.TimeLimitMinutes,
            campaign.TestOpensAt, campaign.TestClosesAt);
        if (!(await tests.SaveAsync(person, campaign.TestIsDrawn ? campaign.QuizId : null, spec, ct)).Succeeded(out var quizId, out var error))
        {
            return error;
        }

        if (campaign.UseDrawnTest(quizId).Failed(out var closed))
        {
            return closed;
        }

        audit.Record("attestation.test.composed", $"campaign:{campaign.Id} quiz:{quizId}",
            string.Join("; ", spec.Parts.Where(p => p.Count > 0).Select(p => $"{p.CategoryId}×{p.Count}")));
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Keeps a drawn test's window the campaign's own after the campaign's dates change.</summary>
    public async Task<Result> FollowWindowAsync(Campaign campaign, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return campaign.TestIsDrawn && campaign.QuizId is { } quizId && engines.FirstOrDefault() is { } tests
            ? await tests.SetWindowAsync(quizId, campaign.TestOpensAt, campaign.TestClosesAt, ct)
            : Result.Success();
    }
}
