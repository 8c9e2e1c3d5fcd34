using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Certificates.Pdf;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Certificates.Application;

/// <summary>What the template form sends (images already read; null: keep the stored one).</summary>
internal sealed record TemplateInput(
    string Name, AchievementKind Kind, Guid? GroupId, string? Title, string? Body, string? SignatoryPosition, string? SignatoryName,
    bool IssueAutomatically, byte[]? Logo = null, byte[]? Signature = null, bool RemoveLogo = false, bool RemoveSignature = false);

/// <summary>Certificate templates: kept, chosen for a certificate, and rendered (also as a preview).</summary>
internal sealed class CertificateTemplateService(LounbDbContext db, CertificatePdf pdf, IOptions<CertificatesOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<CertificateTemplate>> ListAsync(CancellationToken ct) =>
        await db.Set<CertificateTemplate>().AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.GroupId != null).ThenBy(t => t.Name).ToListAsync(ct);

    public Task<CertificateTemplate?> FindAsync(Guid id, CancellationToken ct) =>
        db.Set<CertificateTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);

    /// <summary>The template of the course or quiz, else the default of the kind, else null (the built-in layout).</summary>
    public async Task<CertificateTemplate?> ChooseAsync(AchievementKind kind, Guid? groupId, CancellationToken ct)
    {
        var candidates = await db.Set<CertificateTemplate>().AsNoTracking()
            .Where(t => t.Kind == kind && (t.GroupId == null || (groupId != null && t.GroupId == groupId))).ToListAsync(ct);
        return candidates.FirstOrDefault(t => t.GroupId is not null) ?? candidates.FirstOrDefault();
    }

    /// <summary>Checks the input (placeholders, images) without saving; null when it is fine.</summary>
    public static Error? Check(TemplateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > CertificateLimits.TemplateNameLength)
        {
            return CertificateErrors.TemplateNameInvalid;
        }

        if ((input.Title?.Length ?? 0) > CertificateLimits.TemplateTitleLength || (input.Body?.Length ?? 0) > CertificateLimits.TemplateBodyLength
            || (input.SignatoryPosition?.Length ?? 0) > CertificateLimits.SignatoryLength || (input.SignatoryName?.Length ?? 0) > CertificateLimits.SignatoryLength)
        {
            return CertificateErrors.TemplateTextsTooLong;
        }

        return CertificateTemplates.Validate(input.Title, input.Body)
            ?? ImageError(input.Logo, "Логотип")
            ?? ImageError(input.Signature, "Підпис");
    }

    /// <summary>Saves a new (<paramref name="id"/> null) or existing template; refused input saves nothing.</summary>
    public async Task<Result<Guid>> SaveAsync(Guid? id, TemplateInput input, CancellationToken ct)
    {
        if (Check(input) is { } problem)
        {
            return problem;
        }

        var template = id is null ? new CertificateTemplate() : await db.Set<CertificateTemplate>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (template is null)
        {
            return CertificateErrors.TemplateNotFound;
        }

        var groupId = input.GroupId == Guid.Empty ? null : input.GroupId;
        if (await db.Set<CertificateTemplate>().AnyAsync(t => t.Id != template.Id && t.Kind == input.Kind && t.GroupId == groupId, ct))
        {
            return groupId is null ? CertificateErrors.DefaultTemplateTaken : CertificateErrors.GroupTemplateTaken;
        }

        template.Name = input.Name.Trim();
        template.Kind = input.Kind;
        template.GroupId = groupId;
        template.Title = string.IsNullOrWhiteSpace(input.Title) ? CertificateTemplate.DefaultTitle : input.Title.Trim();
        template.Body = input.Body?.Trim() ?? "";
        template.SignatoryPosition = input.SignatoryPosition?.Trim() ?? "";
        template.SignatoryName = input.SignatoryName?.Trim() ?? "";
        template.IssueAutomatically = input.IssueAutomatically;
        if (input.Logo is { Length: > 0 } logo)
        {
            (template.LogoPng, template.LogoContentType) = (logo, FileSniffer.Detect(logo)!.ContentType);
        }
        else if (input.RemoveLogo)
        {
            (template.LogoPng, template.LogoContentType) = (null, null);
        }

        if (input.Signature is { Length: > 0 } signature)
        {
            (template.SignaturePng, template.SignatureContentType) = (signature, FileSniffer.Detect(signature)!.ContentType);
        }
        else if (input.RemoveSignature)
        {
            (template.SignaturePng, template.SignatureContentType) = (null, null);
        }

        template.UpdatedAt = time.GetUtcNow().UtcDateTime;
        if (id is null)
        {
            db.Add(template);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return CertificateErrors.TemplateTaken;
        }

        return template.Id;
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct) =>
        await db.Set<CertificateTemplate>().Where(t => t.Id == id).ExecuteDeleteAsync(ct);

    /// <summary>The PDF of the input filled with sample data (nothing is saved).</summary>
    public byte[] Preview(TemplateInput input, CertificateTemplate? stored, DateTime issuedLocal, string verificationUrl)
    {
        var template = new CertificateTemplate
        {
            Kind = input.Kind,
            Title = string.IsNullOrWhiteSpace(input.Title) ? CertificateTemplate.DefaultTitle : input.Title.Trim(),
            Body = input.Body?.Trim() ?? "",
            SignatoryPosition = input.SignatoryPosition?.Trim() ?? "",
            SignatoryName = input.SignatoryName?.Trim() ?? "",
            LogoPng = input.Logo is { Length: > 0 } ? input.Logo : input.RemoveLogo ? null : stored?.LogoPng,
            SignaturePng = input.Signature is { Length: > 0 } ? input.Signature : input.RemoveSignature ? null : stored?.SignaturePng,
        };
        var sample = new Certificate("ЛОУНБ-2026-000000", "SAMPLE", Guid.Empty, "Олена Петрівна Шевчук", null, input.Kind, Guid.Empty,
            input.Kind switch
            {
                AchievementKind.CourseCompletion => "Медіаграмотність для дорослих",
                AchievementKind.WebinarAttendance => "Бібліотечна школа non stop",
                _ => "Атестація бібліотекарів",
            }, 6, DateTime.UtcNow);
        return pdf.Render(Document(sample, template, options.Value, issuedLocal, verificationUrl));
    }

    /// <summary>What is printed on a certificate: with a template its filled title and body, else the built-in wording.</summary>
    public static CertificateDocument Document(Certificate certificate, CertificateTemplate? template, CertificatesOptions settings, DateTime issuedLocal, string verificationUrl, bool citizen = false)
    {
        var issuedOn = UkrainianDate.Format(issuedLocal);
        if (template is null || string.IsNullOrWhiteSpace(template.Body))
        {
            var achievement = certificate.Kind switch
            {
                AchievementKind.CourseCompletion => $"успішно завершив(-ла) курс «{certificate.Title}»",
                AchievementKind.QuizPass => $"успішно склав(-ла) тест «{certificate.Title}»",
                AchievementKind.WebinarAttendance => $"взяв(-ла) участь у вебінарі «{certificate.Title}»",
                _ => $"успішно завершив(-ла) «{certificate.Title}»",
            };
            IReadOnlyList<string> builtInDetails = certificate.Hours > 0 ? [AchievementNames.Hours(certificate.Hours, citizen)] : [];
            template ??= new CertificateTemplate { SignatoryPosition = settings.SignatoryPosition, SignatoryName = settings.SignatoryName };
            return Build(template, achievement, builtInDetails);
        }

        var values = new TemplateValues(certificate.HolderName, certificate.Title, certificate.Hours, issuedOn, certificate.Number, settings.Issuer);
        var lines = CertificateTemplates.Fill(template.Body, values).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return Build(template, lines.Length > 0 ? lines[0] : "", lines.Skip(1).ToList());

        CertificateDocument Build(CertificateTemplate t, string achievement, IReadOnlyList<string> details)
        {
            var title = string.IsNullOrWhiteSpace(t.Title) ? CertificateTemplate.DefaultTitle
                : CertificateTemplates.Fill(t.Title, new TemplateValues(certificate.HolderName, certificate.Title, certificate.Hours, issuedOn, certificate.Number, settings.Issuer));
            IReadOnlyList<(string, string)> signatories = t.SignatoryName.Length > 0 ? [(t.SignatoryPosition, t.SignatoryName)] : [];
            return new CertificateDocument(title, certificate.HolderName, achievement, details, certificate.Number, issuedOn, settings.Issuer,
                signatories, verificationUrl, t.LogoPng, t.SignaturePng);
        }
    }

    private static Error? ImageError(byte[]? bytes, string what)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return null;
        }

        if (bytes.Length > CertificateLimits.ImageBytes)
        {
            return CertificateErrors.ImageTooLarge(what);
        }

        var type = FileSniffer.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, FileSniffer.HeaderLength)));
        return type?.ContentType is "image/png" or "image/jpeg" ? null : CertificateErrors.ImageNotPicture(what);
    }
}
