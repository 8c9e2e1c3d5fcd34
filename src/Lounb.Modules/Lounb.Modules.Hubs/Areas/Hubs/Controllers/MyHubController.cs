using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Hubs.Application;
using Lounb.Modules.Hubs.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Hubs.Areas.Hubs.Controllers;

/// <summary>The coordinator's own page: their plan, sessions and actions, and the DigComp self-assessment.</summary>
[Area("Hubs")]
[Authorize(Policy = HubsPermissions.Coordinate)]
internal sealed class MyHubController(MentorshipService mentorship) : Controller
{
    private Viewing Me => new(MenteeViewer.Self, User.UserId(), AccessScope.None);

    [HttpGet("/hubs/my")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        (await mentorship.PageAsync(Me, User.UserId(), null, ct)).Succeeded(out var page, out var error)
            ? View("~/Areas/Hubs/Views/Shared/Mentee.cshtml", page)
            : this.Refuse(error);

    [HttpPost("/hubs/my/actions/{actionId:guid}/done")]
    public async Task<IActionResult> ActionDone(Guid actionId, CancellationToken ct) =>
        this.BackTo("/hubs/my#sessions", await mentorship.MarkActionDoneAsync(Me, User.UserId(), actionId, ct), "Домовленість виконано.");

    [HttpGet("/hubs/my/self-assessment/{stage}")]
    public async Task<IActionResult> SelfAssessment(AssessmentStage stage, CancellationToken ct) =>
        Enum.IsDefined(stage) ? View(await mentorship.SelfAssessmentAsync(User.UserId(), stage, ct)) : NotFound();

    [HttpPost("/hubs/my/self-assessment/{stage}")]
    public async Task<IActionResult> SelfAssessment(AssessmentStage stage, Dictionary<string, int> levels, CancellationToken ct)
    {
        if ((await mentorship.TakeSelfAssessmentAsync(User.UserId(), stage, levels, ct)).Failed(out var error))
        {
            return this.FormOr(error, () => View(new SelfAssessmentPage(stage, levels, null)));
        }

        TempData[ErrorResponses.StatusKey] = "Самооцінювання збережено.";
        return Redirect("/hubs/my#growth");
    }
}
