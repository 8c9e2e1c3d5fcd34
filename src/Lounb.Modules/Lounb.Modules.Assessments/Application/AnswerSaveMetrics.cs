using System.Diagnostics.Metrics;
using Lounb.Modules.Core.Telemetry;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// How answer saves go, on the platform's meter: <c>lounb_answer_saves_total{outcome}</c> and
/// <c>lounb_answer_save_duration_seconds{outcome}</c>. The outcome is one of three fixed words: <c>stored</c>, <c>older</c>
/// (a newer answer was already there) or <c>refused</c> (an error went back to the learner).
/// </summary>
internal sealed class AnswerSaveMetrics
{
    public const string Stored = "stored";
    public const string Older = "older";
    public const string Refused = "refused";

    /// <summary>A save is one statement: most take milliseconds, a slow database shows in the upper buckets.</summary>
    private static readonly IReadOnlyList<double> Buckets = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly Counter<long> _saves;
    private readonly Histogram<double> _duration;

    public AnswerSaveMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(LounbTelemetry.MeterName);
        _saves = meter.CreateCounter<long>("lounb.answer.saves", "{save}", "Answers saved by examinees, by outcome.");
        _duration = meter.CreateHistogram("lounb.answer.save.duration", "s", "How long an answer save took on the server, by outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets });
    }

    public void Record(string outcome, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        _saves.Add(1, tag);
        _duration.Record(elapsed.TotalSeconds, tag);
    }
}
