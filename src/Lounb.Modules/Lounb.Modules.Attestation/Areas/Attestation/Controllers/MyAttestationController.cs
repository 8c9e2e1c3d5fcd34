using Lounb.Modules.Attestation.Application;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Attestation.Areas.Attestation.Controllers;

/// <summary>«Моя атестація»: the person's own candidacies and the campaigns whose commission they sit on.</summary>
[Area("Attestation")]
[Authorize]
internal sealed class MyAttestationController(MyAttestationService mine, CampaignService campaigns) : Controller
{
    [HttpGet("/my/attestation")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Commissions"] = await campaigns.OfMemberAsync(User.UserId(), ct);
        return View(await mine.MineAsync(User.UserId(), ct));
    }

    /// <summary>To the campaign's quiz while the test is open for the person.</summary>
    [HttpGet("/my/attestation/{candidateId:guid}/test")]
    public async Task<IActionResult> Test(Guid candidateId, CancellationToken ct) =>
        await mine.OpenTestAsync(User.UserId(), candidateId, ct) is { } quizId ? Redirect($"/quizzes/{quizId}") : NotFound();

    /// <summary>To the campaign's questionnaire (the engine's attempt page: autosave, nothing typed is lost).</summary>
    [HttpGet("/my/attestation/{candidateId:guid}/questionnaire")]
    public async Task<IActionResult> Questionnaire(Guid candidateId, CancellationToken ct) =>
        await mine.OpenQuestionnaireAsync(User.UserId(), candidateId, ct) is { } quizId ? Redirect($"/quizzes/{quizId}") : NotFound();

    [HttpPost("/my/attestation/{candidateId:guid}/appeal")]
    public async Task<IActionResult> Appeal(Guid candidateId, string? text, CancellationToken ct) =>
        this.BackTo("/my/attestation", await mine.AppealAsync(User.UserId(), candidateId, text, ct), "Апеляцію подано. Комісія розгляне її повторно.");
}
