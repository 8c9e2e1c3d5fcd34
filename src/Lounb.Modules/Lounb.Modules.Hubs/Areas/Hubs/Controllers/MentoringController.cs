using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Hubs.Application;
using Lounb.Modules.Hubs.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Hubs.Areas.Hubs.Controllers;

/// <summary>The mentor's side: the dashboard and their mentees' plans, sessions and agreed actions (a past mentee's read-only).</summary>
[Area("Hubs")]
[Authorize(Policy = HubsPermissions.Mentor)]
internal sealed class MentoringController(MentorshipService mentorship) : Controller
{
    private Viewing Me => new(MenteeViewer.Mentor, User.UserId(), AccessScope.None);

    [HttpGet("/hubs/mentoring")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await mentorship.DashboardAsync(User.UserId(), ct));

    [HttpGet("/hubs/mentoring/{coordinatorId:guid}")]
    public async Task<IActionResult> Mentee(Guid coordinatorId, CancellationToken ct) =>
        (await mentorship.PageAsync(Me, coordinatorId, null, ct)).Succeeded(out var page, out var error)
            ? View("~/Areas/Hubs/Views/Shared/Mentee.cshtml", page)
            : this.Refuse(error);

    [HttpPost("/hubs/mentoring/{coordinatorId:guid}/goals")]
    public async Task<IActionResult> AddGoal(Guid coordinatorId, string? title, DateOnly? targetDate, CancellationToken ct) =>
        this.BackTo(MenteeUrl(coordinatorId) + "#plan", await mentorship.AddGoalAsync(Me, coordinatorId, title, targetDate, ct), "Мету додано до плану.");

    [HttpPost("/hubs/mentoring/{coordinatorId:guid}/goals/{goalId:guid}/status")]
    public async Task<IActionResult> GoalStatus(Guid coordinatorId, Guid goalId, GoalStatus status, CancellationToken ct) =>
        this.BackTo(MenteeUrl(coordinatorId) + "#plan", await mentorship.SetGoalStatusAsync(Me, coordinatorId, goalId, status, ct), "Стан мети змінено.");

    [HttpPost("/hubs/mentoring/{coordinatorId:guid}/sessions")]
    public async Task<IActionResult> RecordSession(Guid coordinatorId, SessionForm session, CancellationToken ct)
    {
        if ((await mentorship.RecordSessionAsync(Me, coordinatorId, session, ct)).Failed(out var error))
        {
            return await this.FormOrAsync(error, async () =>
                (await mentorship.PageAsync(Me, coordinatorId, session, ct)).Succeeded(out var page, out var gone)
                    ? View("~/Areas/Hubs/Views/Shared/Mentee.cshtml", page)
                    : this.Refuse(gone));
        }

        TempData[ErrorResponses.StatusKey] = "Зустріч записано.";
        return Redirect(MenteeUrl(coordinatorId) + "#sessions");
    }

    [HttpPost("/hubs/mentoring/{coordinatorId:guid}/actions/{actionId:guid}/done")]
    public async Task<IActionResult> ActionDone(Guid coordinatorId, Guid actionId, CancellationToken ct) =>
        this.BackTo(MenteeUrl(coordinatorId) + "#sessions", await mentorship.MarkActionDoneAsync(Me, coordinatorId, actionId, ct), "Домовленість виконано.");

    private static string MenteeUrl(Guid coordinatorId) => $"/hubs/mentoring/{coordinatorId}";
}
