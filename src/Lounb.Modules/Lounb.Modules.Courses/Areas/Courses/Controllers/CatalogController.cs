using Lounb.Modules.Core.Text;
using System.Security.Claims;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Application;
using Lounb.Modules.Courses.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Courses.Areas.Courses.Controllers;

/// <summary>The public catalog and course pages; enrolment and withdrawal need a signed-in person.</summary>
[Area("Courses")]
[OfferedInEnglish]
internal sealed class CatalogController(CatalogService catalog, EnrolmentService enrolment) : Controller
{
    [AllowAnonymous]
    [PublicPageCache]
    [HttpGet("/courses")]
    public async Task<IActionResult> Index(string? q, Audience? audience, CourseFormat? format, string? topic, bool open = false, int page = 1, CancellationToken ct = default)
    {
        ViewData["Filter"] = new CatalogFilter(q, audience, format, topic, open, page);
        return View(await catalog.SearchAsync(new CatalogFilter(q, audience, format, topic, open, page), ct));
    }

    [AllowAnonymous]
    [PublicPageCache]
    [HttpGet("/courses/{slug}")]
    public async Task<IActionResult> Course(string slug, CancellationToken ct)
    {
        var course = await catalog.FindAsync(slug, CurrentUserId(), ct);
        return course is null ? NotFound() : View(course);
    }

    [HttpPost("/courses/{slug}/runs/{runId:guid}/enrol")]
    public async Task<IActionResult> Enrol(string slug, Guid runId, string? inviteCode, CancellationToken ct)
    {
        var result = await enrolment.EnrolAsync(CurrentUserId()!.Value, runId, inviteCode, ct);
        if (!result.Succeeded(out var status, out _))
        {
            return this.BackTo($"/courses/{slug}", result, "");
        }

        return this.BackTo(status == EnrollmentStatus.Active ? $"/learn/{runId}" : $"/courses/{slug}", result, status switch
        {
            EnrollmentStatus.Active => "Ви записалися! Курс — у «Моєму навчанні».",
            EnrollmentStatus.Waitlisted => "Вільних місць немає: ви в списку очікування. Щойно місце звільниться, ми запишемо вас автоматично.",
            _ => "Заявку надіслано: тренер розгляне її найближчим часом.",
        });
    }

    [HttpPost("/courses/{slug}/runs/{runId:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(string slug, Guid runId, CancellationToken ct)
    {
        var result = await enrolment.WithdrawAsync(CurrentUserId()!.Value, runId, ct);
        return this.BackTo($"/courses/{slug}", result, "Ви вибули з набору. Ваше місце перейде наступному в черзі.");
    }

    private Guid? CurrentUserId() => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
