using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Reports.Domain;

/// <summary>
/// What a dashboard shows: a period (inclusive days) and optional oblast, hromada, library, course and audience.
/// </summary>
internal sealed record ReportSlice(DateOnly From, DateOnly To, string? OblastCode, Guid? HromadaId, Guid? LibraryId, Guid? CourseId, string? Audience)
{
    /// <summary>The slice as asked, or why not: the end before the start, an unknown audience.</summary>
    public static Result<ReportSlice> Of(DateOnly from, DateOnly to, string? oblastCode, Guid? hromadaId, Guid? libraryId, Guid? courseId, string? audience)
    {
        if (to < from)
        {
            return ReportsErrors.PeriodInvalid;
        }

        if (!string.IsNullOrEmpty(audience) && !ReportAudience.IsKnown(audience))
        {
            return ReportsErrors.AudienceUnknown;
        }

        return new ReportSlice(from, to, Blank(oblastCode), hromadaId, libraryId, courseId, Blank(audience));
    }

    /// <summary>Rows of the slice (facts or roll-ups); the viewer's oblast scope is applied separately.</summary>
    public IQueryable<T> Apply<T>(IQueryable<T> rows)
        where T : IReportCell
    {
        ArgumentNullException.ThrowIfNull(rows);
        var (from, to) = (From, To);
        return ApplyPlace(rows.Where(r => r.Day >= from && r.Day <= to));
    }

    /// <summary>Rows of the slice's oblast, hromada, library, course and audience (the caller applies the period).</summary>
    public IQueryable<T> ApplyPlace<T>(IQueryable<T> rows)
        where T : IReportPlace
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (OblastCode is { } oblast)
        {
            rows = rows.Where(r => r.OblastCode == oblast);
        }

        if (HromadaId is { } hromada)
        {
            rows = rows.Where(r => r.HromadaId == hromada);
        }

        if (LibraryId is { } library)
        {
            rows = rows.Where(r => r.LibraryId == library);
        }

        if (CourseId is { } course)
        {
            rows = rows.Where(r => r.CourseId == course);
        }

        if (Audience is { } audience)
        {
            rows = rows.Where(r => r.Audience == audience);
        }

        return rows;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
