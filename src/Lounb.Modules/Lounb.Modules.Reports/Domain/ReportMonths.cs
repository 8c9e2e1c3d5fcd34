namespace Lounb.Modules.Reports.Domain;

/// <summary>
/// A period (inclusive days) cut at month boundaries: the months it covers whole are read from the monthly roll-up,
/// the days of a month it covers only in part (at most one at each end) from the daily one. Active learners are read
/// from <see cref="LearnerMonth"/> rows: every month of the period, the end months only on the period's days.
/// </summary>
internal sealed record ReportMonths(DateOnly From, DateOnly To)
{
    /// <summary>The first day of <paramref name="day"/>'s month.</summary>
    public static DateOnly Start(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The bit of <paramref name="day"/> in a month's day set (bit 0 is the 1st).</summary>
    public static int DayBit(DateOnly day) => 1 << (day.Day - 1);

    public DateOnly FirstMonth => Start(From);

    public DateOnly LastMonth => Start(To);

    /// <summary>The first day of each month the period touches, in order.</summary>
    public IReadOnlyList<DateOnly> Months
    {
        get
        {
            var months = new List<DateOnly>();
            for (var month = FirstMonth; month <= LastMonth; month = month.AddMonths(1))
            {
                months.Add(month);
            }

            return months;
        }
    }

    /// <summary>The first month covered whole (after <see cref="LastWholeMonth"/> when there is none).</summary>
    public DateOnly FirstWholeMonth => From.Day == 1 ? FirstMonth : FirstMonth.AddMonths(1);

    public DateOnly LastWholeMonth => To == LastMonth.AddMonths(1).AddDays(-1) ? LastMonth : LastMonth.AddMonths(-1);

    public bool HasWholeMonths => FirstWholeMonth <= LastWholeMonth;

    /// <summary>The days read from the daily roll-up at the start: <see cref="From"/> to this day (none when before it).</summary>
    public DateOnly HeadEnd => HasWholeMonths ? FirstWholeMonth.AddDays(-1) : To;

    /// <summary>The days read from the daily roll-up at the end: this day to <see cref="To"/> (none when after it).</summary>
    public DateOnly TailStart => HasWholeMonths ? LastWholeMonth.AddMonths(1) : To.AddDays(1);

    public bool HasEnds => From <= HeadEnd || TailStart <= To;

    /// <summary>The period's days within the first month, as a day set.</summary>
    public int FirstMonthDays => Days(From, FirstMonth == LastMonth ? To : FirstMonth.AddMonths(1).AddDays(-1));

    /// <summary>The period's days within the last month, as a day set.</summary>
    public int LastMonthDays => Days(FirstMonth == LastMonth ? From : LastMonth, To);

    private static int Days(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            days |= DayBit(day);
        }

        return days;
    }
}
