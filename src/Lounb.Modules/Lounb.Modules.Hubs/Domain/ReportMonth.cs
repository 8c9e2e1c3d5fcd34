using System.Globalization;
using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Hubs.Domain;

/// <summary>The calendar month a report covers (or a dashboard period starts or ends with).</summary>
internal readonly record struct ReportMonth(int Year, int Month) : IComparable<ReportMonth>
{
    private static readonly string[] Names =
        ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"];

    public DateOnly First => new(Year, Month, 1);

    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    /// <summary>The month as ordinal number, for ranges and sorting.</summary>
    public int Index => (Year * 12) + Month - 1;

    /// <summary>«листопад 2026».</summary>
    public string Title => $"{Names[Month - 1]} {Year}";

    /// <summary>"2026-11", the value of an <c>&lt;input type="month"&gt;</c>.</summary>
    public string Value => $"{Year:D4}-{Month:D2}";

    public static ReportMonth Of(DateOnly day) => new(day.Year, day.Month);

    public ReportMonth Previous => FromIndex(Index - 1);

    public static ReportMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    public bool Contains(DateOnly day) => day.Year == Year && day.Month == Month;

    /// <summary>A month the platform can hold a report for (2020 to 2100); future months are refused separately.</summary>
    public static Result<ReportMonth> Create(int? year, int? month) =>
        year is >= 2020 and <= 2100 && month is >= 1 and <= 12 ? new ReportMonth(year.Value, month.Value) : HubsErrors.MonthInvalid;

    /// <summary>Reads "2026-11" (what an <c>&lt;input type="month"&gt;</c> sends).</summary>
    public static Result<ReportMonth> Parse(string? value) =>
        DateOnly.TryParseExact($"{value}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? Create(day.Year, day.Month)
            : HubsErrors.MonthInvalid;

    /// <summary>A report is filed for the current month (under way) or an earlier one, never a later one.</summary>
    public Result CheckNotFuture(DateOnly today) => this.CompareTo(Of(today)) > 0 ? HubsErrors.FutureMonth : Result.Success();

    public int CompareTo(ReportMonth other) => Index.CompareTo(other.Index);
}
