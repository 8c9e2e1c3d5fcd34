using System.IO.Compression;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Certificates.Application;

internal sealed record BulkIssueSummary(int Completed, int Issued, int AlreadyHad);

/// <summary>The certificates page for staff: the certificates found within their scope and the course runs with completions.</summary>
internal sealed record CertificatesStaffPage(IReadOnlyList<Certificate> Found, IReadOnlyList<RunCompletions> Runs);

/// <summary>Certificates for a whole course run: issued to everyone who completed it (idempotent) and packed as a ZIP of PDFs.</summary>
internal sealed class RunCertificates(LounbDbContext db, IPeopleDirectory directory, ICourseRoster roster, CertificateIssuer issuer, CertificateService certificates)
{
    /// <summary>What /admin/certificates shows: the certificates matching <paramref name="query"/> within the scope, and the runs to issue for.</summary>
    public async Task<CertificatesStaffPage> StaffPageAsync(AccessScope scope, string? query, CancellationToken ct) =>
        new(await certificates.SearchAsync(scope, query, ct), await roster.RunsWithCompletionsAsync(ct));

    /// <summary>
    /// Issues the run's missing certificates (idempotent); <paramref name="report"/>, when given, hears the progress as
    /// <see cref="BulkIssueThrottle"/> thins it, from 0 to done == total. Only to holders within the scope (as the
    /// certificates list and the ZIP show them); <see cref="CertificateErrors.RunNotFound"/> — nothing issued — for regional
    /// staff when no completer of the run is within their oblasts (the run then does not exist for them).
    /// </summary>
    public async Task<Result<BulkIssueSummary>> IssueAsync(AccessScope scope, Guid runId, BulkIssueReporter? report, CancellationToken ct)
    {
        var everyone = await roster.CompletedAsync(runId, ct);
        var people = everyone.Select(c => c.UserId).ToList();
        var inScope = (await scope.Filter(directory.People.Where(p => people.Contains(p.Id)), p => p.OblastCode).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var completed = everyone.Where(c => inScope.Contains(c.UserId)).ToList();
        if (completed.Count == 0 && !scope.IsNational)
        {
            return CertificateErrors.RunNotFound;
        }

        var enrolments = completed.Select(c => c.EnrollmentId).ToList();
        var had = await db.Set<Certificate>().AsNoTracking()
            .Where(c => c.Kind == AchievementKind.CourseCompletion && enrolments.Contains(c.SourceId)).Select(c => c.SourceId).Distinct().CountAsync(ct);
        var done = 0;
        await ReportAsync(report, runId, done, completed.Count, ct);
        foreach (var enrolment in completed)
        {
            await issuer.IssueAsync(new Achievement(enrolment.UserId, AchievementKind.CourseCompletion, enrolment.EnrollmentId, enrolment.CourseTitle,
                enrolment.Hours, enrolment.CourseId), ct);
            db.ChangeTracker.Clear();
            await ReportAsync(report, runId, ++done, completed.Count, ct);
        }

        return new BulkIssueSummary(completed.Count, completed.Count - had, had);
    }

    private static async Task ReportAsync(BulkIssueReporter? report, Guid runId, int done, int total, CancellationToken ct)
    {
        if (report is not null && BulkIssueThrottle.ShouldReport(done, total))
        {
            await report(new BulkIssueProgress(runId, done, total), ct);
        }
    }

    /// <summary>
    /// The run's current certificates of holders within the scope, one PDF each named by its number, as a ZIP in a
    /// temporary file that deletes itself when the returned stream is closed (a run's PDFs never sit in memory at once);
    /// null when there are none.
    /// </summary>
    public async Task<Stream?> ZipAsync(AccessScope scope, Guid runId, string baseUrl, CancellationToken ct)
    {
        var enrolments = (await roster.CompletedAsync(runId, ct)).Select(c => c.EnrollmentId).ToList();
        var issued = await scope.Filter(db.Set<Certificate>().AsNoTracking(), c => c.HolderOblastCode)
            .Where(c => c.Kind == AchievementKind.CourseCompletion && enrolments.Contains(c.SourceId) && c.ReplacedById == null)
            .OrderBy(c => c.Number).ToListAsync(ct);
        if (issued.Count == 0)
        {
            return null;
        }

        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"lounb-certificates-{Guid.NewGuid():N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var certificate in issued)
                {
                    var entry = zip.CreateEntry($"{certificate.Number}.pdf", CompressionLevel.Fastest);
                    await using var stream = await entry.OpenAsync(ct);
                    await stream.WriteAsync(await certificates.PdfAsync(certificate, baseUrl, ct), ct);
                }
            }

            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
