using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Reports.Application.Exports;

/// <summary>A file ready to hand to the browser.</summary>
internal sealed record ExportFile(byte[] Content, string ContentType, string FileName)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string CsvContentType = "text/csv; charset=utf-8";
}

/// <summary>A column of an exported table: its Ukrainian header and its width in a workbook (characters).</summary>
internal sealed record ExportColumn(string Title, double Width = 18);

/// <summary>What an export is asked for: the reach of the person who asked (kept with the job) and the source's one parameter.</summary>
internal sealed record ExportRequest(AccessScope Scope, string? Parameter);

/// <summary>A table to export: its columns, how many rows to expect (for the progress bar) and the rows, read as they are written.</summary>
/// <param name="Rows">
/// Each row's cells in column order: string, number (int, long, decimal, double), DateTime or null. A source may hand
/// the same array for every row (no allocation per row): a writer is done with a row before it reads the next.
/// </param>
internal sealed record ExportTable(string Title, IReadOnlyList<ExportColumn> Columns, int RowCount, IAsyncEnumerable<object?[]> Rows);

/// <summary>
/// Something that can be exported (a progress list, a drill-down list of a dashboard). Register one as a scoped
/// <see cref="IExportSource"/> and the export page, the job worker and the download link serve it. A source checks the
/// request's scope itself: it returns only the rows of oblasts in reach, and refuses a parameter outside it.
/// </summary>
internal interface IExportSource
{
    /// <summary>Stable key in links and job rows, e.g. "learner-progress".</summary>
    string Key { get; }

    /// <summary>The Ukrainian title, e.g. "Поступ слухачів курсів".</summary>
    string Title { get; }

    /// <summary>The title of the file for <paramref name="request"/>, or the refusal (a run out of reach, say), before a job is queued.</summary>
    Task<Result<string>> DescribeAsync(ExportRequest request, CancellationToken ct);

    /// <summary>The table, counted and ready to read (run by the job worker).</summary>
    Task<Result<ExportTable>> OpenAsync(ExportRequest request, CancellationToken ct);
}

/// <summary>The job's stored scope text ("*" or oblast codes joined by ',') and back.</summary>
internal static class ExportScopes
{
    public static string Write(AccessScope scope) =>
        scope.IsNational ? AccessScope.NationalMarker : string.Join(',', scope.OblastCodes.Order(StringComparer.Ordinal));

    public static AccessScope Read(string text) =>
        text == AccessScope.NationalMarker ? AccessScope.National : AccessScope.ForOblasts(text.Split(',', StringSplitOptions.RemoveEmptyEntries));
}
