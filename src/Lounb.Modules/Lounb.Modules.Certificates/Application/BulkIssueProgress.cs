namespace Lounb.Modules.Certificates.Application;

/// <summary>How far a bulk issue for a course run has got: <paramref name="Done"/> of <paramref name="Total"/> completions handled.</summary>
internal sealed record BulkIssueProgress(Guid RunId, int Done, int Total);

/// <summary>Receives a bulk issue's progress; awaited in order, so the last report is the last one sent.</summary>
internal delegate Task BulkIssueReporter(BulkIssueProgress progress, CancellationToken ct);

/// <summary>
/// Which steps of a bulk issue are reported: the start, then every 2 % or every 25 certificates, whichever is rarer, and
/// the end (1,000 certificates give about 40 messages, 100,000 about 50).
/// </summary>
internal static class BulkIssueThrottle
{
    public const int MinimumStep = 25;

    /// <summary>Completions handled between two reports for a run of <paramref name="total"/>.</summary>
    public static int Step(int total) => Math.Max(MinimumStep, (int)Math.Ceiling(total / 50.0));

    public static bool ShouldReport(int done, int total) => done == 0 || done >= total || done % Step(total) == 0;
}
