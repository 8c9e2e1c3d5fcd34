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
    public const int MaxImageBytes = 300 * 1024;

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
    public static string? Check(TemplateInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            return "Вкажіть назву шаблону (до 200 символів).";
        }

        if ((input.Title?.Length ?? 0) > 200 || (input.Body?.Length ?? 0) > 2000
            || (input.SignatoryPosition?.Length ?? 0) > 100 || (input.SignatoryName?.Length ?? 0) > 100)
        {
            return "Заголовок — до 200 символів, текст — до 2000, посада й ім'я підписанта — до 100.";
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
            return Error.Validation(problem);
        }

        var template = id is null ? new CertificateTemplate() : await db.Set<CertificateTemplate>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (template is null)
        {
            return Error.NotFound("Шаблон не знайдено.");
        }

        var groupId = input.GroupId == Guid.Empty ? null : input.GroupId;
        if (await db.Set<CertificateTemplate>().AnyAsync(t => t.Id != template.Id && t.Kind == input.Kind && t.GroupId == groupId, ct))
        {
            return Error.Conflict(groupId is null
                ? "Типовий шаблон для цього виду вже є — відредагуйте його."
                : "Для цього курсу чи тесту шаблон уже є — відредагуйте його.");
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
            return Error.Conflict("Шаблон для цього виду й курсу чи тесту вже є.");
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

    private static string? ImageError(byte[]? bytes, string what)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return null;
        }

        if (bytes.Length > MaxImageBytes)
        {
            return $"{what}: файл більший за 300 КБ.";
        }

        var type = FileSniffer.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, FileSniffer.HeaderLength)));
        return type?.ContentType is "image/png" or "image/jpeg" ? null : $"{what}: потрібне зображення PNG або JPEG.";
    }
}
