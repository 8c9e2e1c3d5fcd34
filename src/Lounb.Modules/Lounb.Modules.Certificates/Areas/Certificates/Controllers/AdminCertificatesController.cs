using System.Security.Claims;
using Lounb.Modules.Certificates.Application;
using Lounb.Modules.Certificates.Live;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

namespace Lounb.Modules.Certificates.Areas.Certificates.Controllers;

/// <summary>Methodologists find issued certificates (of their oblast's holders) and revoke them with a reason.</summary>
[Area("Certificates")]
[Authorize(Policy = CertificatesPermissions.Manage)]
internal sealed class AdminCertificatesController(CertificateService certificates, CredentialKeys keys, RunCertificates runs, IHubContext<CertificatesHub> hub)
    : Controller
{
    private AccessScope Scope => AccessScope.Of(User, CertificatesPermissions.Manage);

    [HttpGet("/admin/certificates")]
    public async Task<IActionResult> Index(string? q, CancellationToken ct)
    {
        var page = await runs.StaffPageAsync(Scope, q, ct);
        ViewData["Query"] = q;
        ViewData["Runs"] = page.Runs;
        return View(page.Found);
    }

    /// <summary>A national administrator replaces the signing key; credentials signed before keep verifying with the old, still published key.</summary>
    [HttpPost("/admin/certificates/keys/rotate")]
    public async Task<IActionResult> RotateKeys(CancellationToken ct)
    {
        var rotated = await keys.RotateAsync(Scope, ct);
        return this.BackTo("/admin/certificates", rotated,
            rotated.Succeeded(out var keyId, out _) ? $"Створено новий ключ підпису {keyId}. Попередні ключі лишаються опублікованими." : "");
    }

    [HttpPost("/admin/certificates/{id:guid}/reissue")]
    public async Task<IActionResult> Reissue(Guid id, string? holderName, CancellationToken ct)
    {
        var reissued = await certificates.ReissueAsync(Scope, id, holderName ?? "", User.UserId(), ct);
        return this.BackTo("/admin/certificates", reissued,
            reissued.Succeeded(out var copy, out _) ? $"Перевидано як № {copy.Number}. Попередній сертифікат відкликано з посиланням на новий." : "");
    }

    /// <summary>
    /// Everyone who completed the run gets their certificate (those who have one keep it). The progress goes to the
    /// person's own connections on /hubs/certificates. A form post is redirected with the summary; the page's script
    /// (Accept: application/json) gets the summary as JSON and shows it in place, or a refusal as problem details.
    /// </summary>
    [HttpPost("/admin/certificates/runs/{runId:guid}/issue")]
    public async Task<IResult> IssueForRun(Guid runId, CancellationToken ct)
    {
        var wantsJson = Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
        var issued = await runs.IssueAsync(Scope, runId, CertificatesLive.ToUser(hub, User.FindFirstValue(ClaimTypes.NameIdentifier)!), ct);
        if (!issued.Succeeded(out var summary, out var error))
        {
            return wantsJson ? error.ToProblem() : TypedResults.StatusCode(ErrorResponses.StatusCodeOf(error.Kind));
        }

        var text = $"Завершили набір: {summary.Completed}. Видано нових сертифікатів: {summary.Issued}, уже мали: {summary.AlreadyHad}.";
        if (wantsJson)
        {
            return TypedResults.Json(new { summary.Completed, summary.Issued, summary.AlreadyHad, Message = text, ZipUrl = $"/admin/certificates/runs/{runId}.zip" });
        }

        TempData[ErrorResponses.StatusKey] = text;
        return TypedResults.Redirect("/admin/certificates");
    }

    [HttpGet("/admin/certificates/runs/{runId:guid}.zip")]
    public async Task<IActionResult> RunZip(Guid runId, CancellationToken ct)
    {
        var zip = await runs.ZipAsync(Scope, runId, $"{Request.Scheme}://{Request.Host}", ct);
        if (zip is null)
        {
            TempData[ErrorResponses.ErrorKey] = "Для цього набору ще немає виданих сертифікатів у ваших повноваженнях.";
            return Redirect("/admin/certificates");
        }

        return File(zip, "application/zip", $"certificates-{runId:N}.zip");
    }

    [HttpPost("/admin/certificates/issue")]
    public async Task<IActionResult> Issue(string? email, string? title, int hours, CancellationToken ct)
    {
        var issued = await certificates.IssueManuallyAsync(Scope, email ?? "", title ?? "", hours, ct);
        return this.BackTo("/admin/certificates", issued, issued.Succeeded(out var certificate, out _) ? $"Видано сертифікат № {certificate.Number}." : "");
    }

    [HttpPost("/admin/certificates/{id:guid}/revoke")]
    public async Task<IActionResult> Revoke(Guid id, string? reason, string? q, CancellationToken ct)
    {
        var revoked = await certificates.RevokeAsync(Scope, id, reason ?? "", User.UserId(), ct);
        return this.BackTo(string.IsNullOrWhiteSpace(q) ? "/admin/certificates" : $"/admin/certificates?q={Uri.EscapeDataString(q)}", revoked,
            "Сертифікат відкликано. Сторінка перевірки показує це з датою й причиною.");
    }
}
