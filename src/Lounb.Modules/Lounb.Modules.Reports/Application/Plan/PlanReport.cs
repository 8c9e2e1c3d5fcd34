using Lounb.Modules.Reports.Domain;

namespace Lounb.Modules.Reports.Application.Plan;

/// <summary>What the platform measured in a year for one oblast, as local times (the months are local months).</summary>
/// <param name="Registrations">When each account of the oblast was created.</param>
/// <param name="Served">Each time a person of the oblast was served (enrolled in a run, attended a session).</param>
/// <param name="Attendances">When each attended session of a person of the oblast started.</param>
internal sealed record MeasuredYear(IReadOnlyList<DateTime> Registrations, IReadOnlyList<(Guid PersonId, DateTime At)> Served, IReadOnlyList<DateTime> Attendances)
{
    public static MeasuredYear Empty { get; } = new([], [], []);
}

/// <summary>One indicator of the plan against what was done: the year's figure and each month's.</summary>
/// <param name="Measured">The platform's part of <paramref name="Actual"/> (null for an indicator it does not measure).</param>
/// <param name="Entered">The sum of the figures entered by hand.</param>
/// <param name="Months">Twelve monthly figures (measured + entered); for distinct people each month counts them once.</param>
internal sealed record PlanLine(PlanIndicatorInfo Info, long? Target, long? Measured, long Entered, long Actual, decimal? Percent, IReadOnlyList<long> Months, IReadOnlyList<long?> EnteredMonths);

/// <summary>The plan-execution report of one oblast's year.</summary>
internal sealed record PlanReport(int Year, string OblastCode, IReadOnlyList<PlanLine> Lines)
{
    /// <summary>
    /// Builds the report: the year's actual of an indicator is what the platform measured (distinct people once a year
    /// for served users) plus the figures entered by hand; its percentage is of the target, when there is one.
    /// </summary>
    public static PlanReport Build(int year, string oblastCode, IReadOnlyDictionary<PlanIndicator, long> targets,
        IReadOnlyList<PlanMonthFigure> figures, MeasuredYear measured)
    {
        var lines = PlanIndicators.All.Select(info =>
        {
            var enteredMonths = Enumerable.Range(1, 12)
                .Select(m => figures.Where(f => f.Indicator == info.Indicator && f.Month == m).Select(f => (long?)f.Value).FirstOrDefault())
                .ToList();
            var measuredMonths = Enumerable.Range(1, 12).Select(m => MeasuredIn(info.Measure, measured, m)).ToList();
            var measuredYear = info.IsMeasured ? MeasuredIn(info.Measure, measured, month: null) : (long?)null;
            var entered = enteredMonths.Sum(v => v ?? 0);
            var actual = (measuredYear ?? 0) + entered;
            var months = measuredMonths.Zip(enteredMonths, (a, b) => a + (b ?? 0)).ToList();
            long? target = targets.TryGetValue(info.Indicator, out var t) ? t : null;
            return new PlanLine(info, target, measuredYear, entered, actual, PlanRules.Percent(actual, target), months, enteredMonths);
        }).ToList();
        return new PlanReport(year, oblastCode, lines);
    }

    private static long MeasuredIn(PlanMeasure measure, MeasuredYear measured, int? month) => measure switch
    {
        PlanMeasure.RegisteredUsers => measured.Registrations.Count(at => month is null || at.Month == month),
        PlanMeasure.ServedPeople => measured.Served.Where(s => month is null || s.At.Month == month).Select(s => s.PersonId).Distinct().Count(),
        PlanMeasure.Attendances => measured.Attendances.Count(at => month is null || at.Month == month),
        _ => 0,
    };
}
