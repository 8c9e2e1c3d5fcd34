using System.Security.Cryptography;
using Lounb.Modules.Certificates.Contracts;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Certificates.Application;

/// <summary>What a certificate is issued for: the holder, the achievement and what is printed.</summary>
internal sealed record Achievement(Guid HolderId, AchievementKind Kind, Guid SourceId, string Title, int Hours, Guid? GroupId = null)
{
    /// <summary>When it was issued; null for now. Only the demo year writes the past (numbered in that year's series).</summary>
    public DateTime? IssuedAt { get; init; }
}

/// <summary>
/// Issues certificates: one per holder and achievement (a repeated event or request returns the existing one), numbered
/// per series and year without gaps or duplicates (a counter row with a concurrency token), with an unguessable
/// verification code for the QR link.
/// </summary>
internal sealed class CertificateIssuer(
    LounbDbContext db, IPeopleDirectory directory, IOptions<CertificatesOptions> options, LocalTime localTime, TimeProvider time, IIntegrationEventPublisher events)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int MaxAttempts = 10;

    public async Task<Certificate> IssueAsync(Achievement achievement, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await FindAsync(achievement, ct);
            if (existing is not null)
            {
                return existing;
            }

            var holder = await directory.People.Where(p => p.Id == achievement.HolderId).Select(p => new { p.FullName, p.OblastCode }).FirstAsync(ct);
            var now = achievement.IssuedAt ?? time.GetUtcNow().UtcDateTime;
            try
            {
                var certificate = new Certificate(await NextNumberAsync(now, ct), NewCode(), achievement.HolderId, holder.FullName, holder.OblastCode,
                    achievement.Kind, achievement.SourceId, achievement.Title, achievement.Hours, now) { GroupId = achievement.GroupId };
                db.Add(certificate);
                await events.PublishAsync(new CertificateIssued(certificate.Id, certificate.HolderId, certificate.Number, certificate.IssuedAt), ct);
                await db.SaveChangesAsync(ct);
                return certificate;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another issue took the number (or issued this very certificate) meanwhile: read again and retry.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Replaces a certificate with a corrected copy under a new number (the old one is revoked, both linked).</summary>
    public async Task<Certificate?> ReissueAsync(Guid certificateId, string holderName, Guid by, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var original = await db.Set<Certificate>().FirstOrDefaultAsync(c => c.Id == certificateId && c.ReplacedById == null && c.RevokedAt == null, ct);
            if (original is null)
            {
                return null;
            }

            var now = time.GetUtcNow().UtcDateTime;
            try
            {
                var copy = original.ReissueAs(await NextNumberAsync(now, ct), NewCode(), holderName, now, by);
                db.Add(copy);
                await db.SaveChangesAsync(ct);
                return copy;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The next number of the series in the current (Kyiv) year; saved with the caller's changes.</summary>
    private async Task<string> NextNumberAsync(DateTime now, CancellationToken ct)
    {
        var year = localTime.ToLocal(now).Year;
        var series = options.Value.Series;
        var counter = await db.Set<CertificateCounter>().FirstOrDefaultAsync(c => c.Series == series && c.Year == year, ct);
        if (counter is null)
        {
            counter = new CertificateCounter(series, year);
            db.Add(counter);
        }

        counter.Last++;
        return $"{series}-{year}-{counter.Last:D6}";
    }

    private Task<Certificate?> FindAsync(Achievement achievement, CancellationToken ct) =>
        db.Set<Certificate>().FirstOrDefaultAsync(c => c.Kind == achievement.Kind && c.SourceId == achievement.SourceId && c.HolderId == achievement.HolderId && c.ReplacedById == null, ct);

    /// <summary>20 characters of a 32-letter alphabet without look-alikes: 100 bits, typed from paper without confusion.</summary>
    private static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, 20);
}
