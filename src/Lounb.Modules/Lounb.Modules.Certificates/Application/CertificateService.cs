using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Certificates.Pdf;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Certificates.Application;

/// <summary>Reading, printing and revoking certificates.</summary>
internal sealed class CertificateService(LounbDbContext db, IPeopleDirectory directory, CertificatePdf pdf, CertificateIssuer issuer, CertificateTemplateService templates, IOptions<CertificatesOptions> options, LocalTime localTime, TimeProvider time)
{
    /// <summary>Reissue after a name correction: a new certificate under a new number, the old one revoked and linked to it.</summary>
    public async Task<Result<Certificate>> ReissueAsync(AccessScope scope, Guid id, string holderName, Guid by, CancellationToken ct)
    {
        var name = holderName.Trim();
        if (name.Length is < CertificateLimits.HolderNameMinLength or > CertificateLimits.HolderNameLength)
        {
            return CertificateErrors.HolderNameInvalid;
        }

        var certificate = await scope.Filter(db.Set<Certificate>().AsNoTracking(), c => c.HolderOblastCode).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (certificate is null)
        {
            return CertificateErrors.NotFound;
        }

        if (certificate.IsRevoked)
        {
            return CertificateErrors.AlreadyRevoked;
        }

        var copy = await issuer.ReissueAsync(id, name, by, ct);
        return copy is null ? CertificateErrors.AlreadyRevoked : copy;
    }

    /// <summary>A certificate issued by hand (an event held outside the platform): the person by e-mail, what and how many hours.</summary>
    public async Task<Result<Certificate>> IssueManuallyAsync(AccessScope scope, string email, string title, int hours, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > CertificateLimits.TitleLength || hours is < 0 or > CertificateLimits.MaxHours)
        {
            return CertificateErrors.ManualIssueInvalid;
        }

        var holder = await directory.FindByEmailAsync(email, ct);
        if (holder is null || !scope.Allows(holder.OblastCode))
        {
            return CertificateErrors.HolderNotFound;
        }

        return await issuer.IssueAsync(new Achievement(holder.Id, AchievementKind.Manual, Guid.CreateVersion7(), title.Trim(), hours), ct);
    }

    /// <summary>A certificate its holder may download, or staff who manage certificates of the holder's oblast; null for anyone else.</summary>
    public async Task<Certificate?> FindForAsync(Guid userId, AccessScope manageScope, Guid id, CancellationToken ct) =>
        await db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.HolderId == userId, ct)
        ?? await manageScope.Filter(db.Set<Certificate>().AsNoTracking(), c => c.HolderOblastCode).FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<IReadOnlyList<Certificate>> OfHolderAsync(Guid holderId, CancellationToken ct) =>
        await db.Set<Certificate>().AsNoTracking().Where(c => c.HolderId == holderId).OrderByDescending(c => c.IssuedAt).ToListAsync(ct);

    public Task<Certificate?> ByCodeAsync(string code, CancellationToken ct)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.VerificationCode == normalized, ct);
    }

    /// <summary>By the printed number, whatever dashes or letter case were typed ("лоунб 2026 123" is not enough: the number is exact).</summary>
    public Task<Certificate?> ByNumberAsync(string number, CancellationToken ct)
    {
        var normalized = number.Trim().ToUpperInvariant().Replace('–', '-').Replace('—', '-').Replace(" ", "", StringComparison.Ordinal);
        return db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Number == normalized, ct);
    }

    /// <summary>Certificates a staff member may see: of holders in their oblasts (all for a national grant), newest first.</summary>
    public async Task<IReadOnlyList<Certificate>> SearchAsync(AccessScope scope, string? query, CancellationToken ct)
    {
        var certificates = scope.Filter(db.Set<Certificate>().AsNoTracking(), c => c.HolderOblastCode);
        var term = query?.Trim().ToUpperInvariant() ?? "";
        var found = await certificates.OrderByDescending(c => c.IssuedAt).Take(term.Length == 0 ? 100 : 2000).ToListAsync(ct);
        var normalized = SearchText.Normalize(query);
        return term.Length == 0 ? found : found.Where(c => c.Number.Contains(term, StringComparison.Ordinal) || SearchText.Normalize(c.HolderName).Contains(normalized, StringComparison.Ordinal)).Take(100).ToList();
    }

    public async Task<Result> RevokeAsync(AccessScope scope, Guid id, string reason, Guid by, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > CertificateLimits.RevocationReasonLength)
        {
            return CertificateErrors.ReasonRequired;
        }

        var certificate = await scope.Filter(db.Set<Certificate>(), c => c.HolderOblastCode).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (certificate is null)
        {
            return CertificateErrors.NotFound;
        }

        if (certificate.IsRevoked)
        {
            return CertificateErrors.AlreadyRevoked;
        }

        certificate.Revoke(time.GetUtcNow().UtcDateTime, reason.Trim(), by);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public string VerificationUrl(Certificate certificate, string requestBaseUrl) =>
        $"{(options.Value.PublicBaseUrl ?? requestBaseUrl).TrimEnd('/')}/verify/{certificate.VerificationCode}";

    /// <summary>The PDF, laid out by the certificate's template (of its course or quiz, else the default of its kind, else built in).</summary>
    public async Task<byte[]> PdfAsync(Certificate certificate, string requestBaseUrl, CancellationToken ct)
    {
        var template = await templates.ChooseAsync(certificate.Kind, certificate.GroupId, ct);
        var citizen = await AchievementNames.HeldByCitizenAsync(directory, certificate.HolderId, ct);
        return pdf.Render(CertificateTemplateService.Document(certificate, template, options.Value, localTime.ToLocal(certificate.IssuedAt),
            VerificationUrl(certificate, requestBaseUrl), citizen));
    }
}

/// <summary>"29 листопада 2026 року".</summary>
internal static class UkrainianDate
{
    private static readonly string[] Months = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"];

    public static string Format(DateTime local) => $"{local.Day} {Months[local.Month - 1]} {local.Year} року";
}
