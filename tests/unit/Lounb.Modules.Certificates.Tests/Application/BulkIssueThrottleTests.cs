using Lounb.Modules.Certificates.Application;

namespace Lounb.Modules.Certificates.Tests.Application;

public sealed class BulkIssueThrottleTests
{
    private static List<int> Reported(int total) => Enumerable.Range(0, total + 1).Where(done => BulkIssueThrottle.ShouldReport(done, total)).ToList();

    [Fact]
    public void A_small_run_reports_only_its_start_and_its_end()
    {
        Assert.Equal([0, 3], Reported(3));
        Assert.Equal([0, 25, 30], Reported(30));
    }

    [Fact]
    public void A_run_with_nobody_reports_once_with_done_equal_to_total()
    {
        Assert.Equal([0], Reported(0));
    }

    [Fact]
    public void A_thousand_certificates_are_reported_every_25_not_a_thousand_times()
    {
        var reported = Reported(1000);

        Assert.Equal(41, reported.Count);
        Assert.Equal(Enumerable.Range(0, 41).Select(i => i * 25), reported);
    }

    [Fact]
    public void A_large_run_is_reported_every_2_percent_when_that_is_rarer_than_25()
    {
        var reported = Reported(10_000);

        Assert.Equal(200, BulkIssueThrottle.Step(10_000));
        Assert.Equal(51, reported.Count);
        Assert.Equal(10_000, reported[^1]);
    }

    [Fact]
    public void An_uneven_total_still_ends_with_done_equal_to_total()
    {
        var reported = Reported(1_013);

        Assert.Equal(1_013, reported[^1]);
        Assert.Equal(BulkIssueThrottle.Step(1_013), reported[1]);
        Assert.Equal(42, reported.Count); // 0, 25, …, 1000 and 1013
    }
}
