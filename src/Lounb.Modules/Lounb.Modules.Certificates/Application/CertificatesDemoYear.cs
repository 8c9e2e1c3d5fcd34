using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.People;
using Lounb.Modules.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Certificates.Application;

/// <summary>
/// The demo year of certificates (development only): every demo person (<c>demo.osoba.*@lounb.demo</c>) who completed a
/// course run (Courses' demo year, read through <see cref="ICourseRoster"/>) gets the certificate a completion earns,
/// issued by <see cref="CertificateIssuer"/> on the day of the completion — numbered in that year's series, published as
/// <c>CertificateIssued</c> through the outbox like any certificate. Idempotent: the missing ones only.
/// </summary>
internal sealed class CertificatesDemoYear(LounbDbContext db, SeedContext seed, IPeopleDirectory directory, ICourseRoster roster, CertificateIssuer issuer)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (!seed.IncludeDemoData)
        {
            return;
        }

        var demo = (await directory.People.Where(p => p.Email != null && p.Email.StartsWith("demo.osoba.")).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        if (demo.Count == 0)
        {
            return;
        }

        var completed = new List<CompletedEnrolment>();
        foreach (var run in await roster.RunsWithCompletionsAsync(ct))
        {
            completed.AddRange((await roster.CompletedAsync(run.RunId, ct)).Where(c => demo.Contains(c.UserId)));
        }

        var had = (await db.Set<Certificate>().AsNoTracking().Where(c => c.Kind == AchievementKind.CourseCompletion).Select(c => c.SourceId).ToListAsync(ct)).ToHashSet();
        foreach (var enrolment in completed.Where(c => !had.Contains(c.EnrollmentId)).OrderBy(c => c.CompletedAt))
        {
            await issuer.IssueAsync(new Achievement(enrolment.UserId, AchievementKind.CourseCompletion, enrolment.EnrollmentId, enrolment.CourseTitle, enrolment.Hours, enrolment.CourseId)
            {
                IssuedAt = enrolment.CompletedAt,
            }, ct);
            db.ChangeTracker.Clear();
        }
    }
}
