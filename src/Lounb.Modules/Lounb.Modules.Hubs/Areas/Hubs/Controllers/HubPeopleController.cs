using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Hubs.Application;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Hubs.Areas.Hubs.Controllers;

/// <summary>The methodologist's view of coordinators in their oblast: their mentors (with history) and mentoring records, read-only.</summary>
[Area("Hubs")]
[Authorize(Policy = HubsPermissions.Manage)]
internal sealed class HubPeopleController(MentorshipService mentorship) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, HubsPermissions.Manage);

    [HttpGet("/hubs/people")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await mentorship.PeopleAsync(Scope, ct));

    [HttpPost("/hubs/people/{coordinatorId:guid}/mentor")]
    public async Task<IActionResult> AssignMentor(Guid coordinatorId, Guid mentorId, DateOnly? since, CancellationToken ct) =>
        this.BackTo("/hubs/people", await mentorship.AssignMentorAsync(Scope, coordinatorId, mentorId, since, ct), "Ментора призначено.");

    [HttpGet("/hubs/people/{coordinatorId:guid}")]
    public async Task<IActionResult> Mentee(Guid coordinatorId, CancellationToken ct) =>
        (await mentorship.PageAsync(new Viewing(MenteeViewer.Methodologist, User.UserId(), Scope), coordinatorId, null, ct)).Succeeded(out var page, out var error)
            ? View("~/Areas/Hubs/Views/Shared/Mentee.cshtml", page)
            : this.Refuse(error);
}
