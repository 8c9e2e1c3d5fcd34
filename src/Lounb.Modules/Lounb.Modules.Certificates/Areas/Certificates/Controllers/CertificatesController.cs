using Lounb.Modules.Certificates.Application;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Lounb.Modules.Certificates.Areas.Certificates.Controllers;

/// <summary>Public verification (anyone, no sign-in, rate limited), the holder's certificates and their PDFs.</summary>
[Area("Certificates")]
internal sealed class CertificatesController(CertificateService certificates, OpenBadgeCredentials badges) : Controller
{
    private const int MaxCredentialBytes = 64 * 1024;

    private string BaseUrl => $"{Request.Scheme}://{Request.Host}";

    [AllowAnonymous]
    [EnableRateLimiting(CertificatesModule.VerifyRateLimitPolicy)]
    [PublicPageCache]
    [OfferedInEnglish]
    [HttpGet("/verify")]
    public async Task<IActionResult> Verify(string? number, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return View("Verify", new VerifyPage(null, null));
        }

        MustBeCurrent();
        var found = await certificates.ByNumberAsync(number, ct);
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Verify", new VerifyPage(number, null));
        }

        return View("Verify", new VerifyPage(number, found));
    }

    [AllowAnonymous]
    [EnableRateLimiting(CertificatesModule.VerifyRateLimitPolicy)]
    [PublicPageCache]
    [OfferedInEnglish]
    [HttpGet("/verify/{code}")]
    public async Task<IActionResult> VerifyCode(string code, CancellationToken ct)
    {
        MustBeCurrent();
        var found = code.Length <= CertificateLimits.VerificationCodeLength ? await certificates.ByCodeAsync(code, ct) : null;
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return View("Verify", new VerifyPage(null, found));
    }

    /// <summary>
    /// A verification result is never reused without asking: a revoked certificate must read «ВІДКЛИКАНО» at once, in the
    /// browser and behind a proxy. (The empty form keeps the short public lifetime of <see cref="PublicPageCacheAttribute"/>.)
    /// </summary>
    private void MustBeCurrent() => Response.Headers.CacheControl = "no-cache";

    /// <summary>Checks an uploaded Open Badges credential file (.jwt): signature, issuer and status now.</summary>
    [AllowAnonymous]
    [EnableRateLimiting(CertificatesModule.VerifyRateLimitPolicy)]
    [RequestSizeLimit(MaxCredentialBytes + 16 * 1024)]
    [IgnoreAntiforgeryToken] // read-only and anonymous: a forged post learns nothing and changes nothing
    [OfferedInEnglish]
    [HttpPost("/verify/credential")]
    public async Task<IActionResult> VerifyCredential(IFormFile? credential, CancellationToken ct)
    {
        if (credential is null || credential.Length == 0 || credential.Length > MaxCredentialBytes)
        {
            return View("Verify", new VerifyPage(null, null) { CredentialMessage = "Оберіть файл облікового запису (.jwt) до 64 КБ." });
        }

        using var reader = new StreamReader(credential.OpenReadStream());
        var check = await badges.CheckAsync(await reader.ReadToEndAsync(ct), BaseUrl, ct);
        return View("Verify", new VerifyPage(null, check.Certificate) { CredentialMessage = check.Message, CredentialValid = check.SignatureValid });
    }

    [HttpGet("/my/certificates")]
    public async Task<IActionResult> Mine(CancellationToken ct)
    {
        var mine = await certificates.OfHolderAsync(UserId, ct);
        return View("Mine", mine.Select(c => new MyCertificate(c, certificates.VerificationUrl(c, BaseUrl))).ToList());
    }

    /// <summary>The PDF: for its holder, and for staff who manage certificates of the holder's oblast.</summary>
    [HttpGet("/certificates/{id:guid}.pdf")]
    public async Task<IActionResult> Pdf(Guid id, CancellationToken ct)
    {
        var certificate = await certificates.FindForAsync(UserId, AccessScope.Of(User, CertificatesPermissions.Manage), id, ct);
        if (certificate is null)
        {
            return NotFound();
        }

        return File(await certificates.PdfAsync(certificate, BaseUrl, ct), "application/pdf", $"{certificate.Number}.pdf");
    }

    private Guid UserId => User.UserId();
}

internal sealed record VerifyPage(string? Number, Certificate? Certificate)
{
    /// <summary>What checking an uploaded credential file found, when one was uploaded.</summary>
    public string? CredentialMessage { get; init; }

    public bool CredentialValid { get; init; }
}

internal sealed record MyCertificate(Certificate Certificate, string VerificationUrl);
