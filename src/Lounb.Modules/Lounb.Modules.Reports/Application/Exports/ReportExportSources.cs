using System.Globalization;
using System.Runtime.CompilerServices;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Reports.Application.Progress;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Reports.Application.Exports;

/// <summary>
/// A dashboard filter as an export job's one parameter: measure, from, to, oblast, hromada, library, course and audience
/// joined by '|' (ids without dashes), so the longest fits <see cref="ExportLimits.ParameterLength"/>. The period is
/// written as the page showed it, so the file holds what the person saw whenever the job runs.
/// </summary>
internal static class ReportQueryParameter
{
    private const char Separator = '|';

    public static string Write(DashboardQuery query, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(query);
        return string.Join(Separator, query.Measure, Day(from), Day(to), query.Oblast, query.Hromada?.ToString("N"), query.Library?.ToString("N"),
            query.Course?.ToString("N"), query.Audience);
    }

    /// <summary>The filter, or why not (a parameter not written by <see cref="Write"/>). No parameter: the default filter.</summary>
    public static Result<DashboardQuery> Read(string? parameter)
    {
        if (string.IsNullOrEmpty(parameter))
        {
            return new DashboardQuery();
        }

        var parts = parameter.Split(Separator);
        if (parts.Length != 8 || !Date(parts[1], out var from) || !Date(parts[2], out var to) || !Id(parts[4], out var hromada)
            || !Id(parts[5], out var library) || !Id(parts[6], out var course))
        {
            return ReportsErrors.ExportParameterInvalid;
        }

        return new DashboardQuery
        {
            Measure = Blank(parts[0]), From = from, To = to, Oblast = Blank(parts[3]), Hromada = hromada, Library = library, Course = course, Audience = Blank(parts[7]),
        };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Blank(string text) => text.Length == 0 ? null : text;

    private static bool Date(string text, out DateOnly? day)
    {
        day = null;
        if (text.Length == 0)
        {
            return true;
        }

        var parsed = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value);
        day = parsed ? value : null;
        return parsed;
    }

    private static bool Id(string text, out Guid? id)
    {
        id = null;
        if (text.Length == 0)
        {
            return true;
        }

        var parsed = Guid.TryParseExact(text, "N", out var value);
        id = parsed ? value : null;
        return parsed;
    }
}

/// <summary>The people behind one number of the dashboard (its drill-down list), with the same filter and scope checks.</summary>
internal sealed class DrillDownExport(DashboardService dashboards, IPeopleDirectory directory) : IExportSource
{
    public const string SourceKey = "dashboard-people";

    public string Key => SourceKey;

    public string Title => "Люди за показником звіту";

    public Task<Result<string>> DescribeAsync(ExportRequest request, CancellationToken ct) =>
        Task.FromResult(Facts(request).Succeeded(out var facts, out var error) ? (Result<string>)FileTitle(facts) : error);

    public async Task<Result<ExportTable>> OpenAsync(ExportRequest request, CancellationToken ct)
    {
        if (!Facts(request).Succeeded(out var facts, out var error))
        {
            return error;
        }

        var graded = facts.Measure == ReportMeasures.AttemptGraded;
        IReadOnlyList<ExportColumn> columns =
        [
            new("ПІБ", 32), new("Електронна пошта", 30), new("Область", 22), new("Громада", 24), new("Бібліотека", 32), new("Дата", 12),
            .. graded ? [new ExportColumn("Бал, %", 10)] : Array.Empty<ExportColumn>(),
        ];
        var count = await facts.Rows.CountAsync(ct);
        var oblasts = await directory.Oblasts.ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var libraries = await directory.Libraries.ToDictionaryAsync(l => l.Id, l => (Name: l.ShortName ?? l.Name, Hromada: l.HromadaName), ct);
        return new ExportTable(FileTitle(facts), columns, count, Read(facts.Rows, columns.Count, oblasts, libraries, ct));
    }

    private Result<DrillDownFacts> Facts(ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReportQueryParameter.Read(request.Parameter).Succeeded(out var query, out var error) ? dashboards.Behind(request.Scope, query) : error;
    }

    private static string FileTitle(DrillDownFacts facts) =>
        string.Create(CultureInfo.InvariantCulture, $"{facts.Title} {facts.Slice.From:dd.MM.yyyy}–{facts.Slice.To:dd.MM.yyyy}");

    /// <summary>The rows as the database streams them; one array reused for every row (a writer takes a row before the next).</summary>
    private static async IAsyncEnumerable<object?[]> Read(IQueryable<DrillDownFact> rows, int width, Dictionary<string, string> oblasts,
        Dictionary<Guid, (string Name, string Hromada)> libraries, [EnumeratorCancellation] CancellationToken ct)
    {
        var cells = new object?[width];
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var library = libraries.TryGetValue(r.LibraryId, out var found) ? found : (Name: (string?)null, Hromada: (string?)null);
            cells[0] = r.Name ?? DrillDownFact.NoAccount;
            cells[1] = r.Email;
            cells[2] = oblasts.GetValueOrDefault(r.OblastCode);
            cells[3] = library.Hromada;
            cells[4] = library.Name;
            cells[5] = r.Day.ToDateTime(TimeOnly.MinValue);
            if (width > 6)
            {
                cells[6] = Math.Round(r.Value, 1);
            }

            yield return cells;
        }
    }
}

/// <summary>Where a progress summary is summed: per oblast or per library.</summary>
internal enum SummaryLevel
{
    Oblast,
    Library,
}

/// <summary>
/// The progress summary per oblast or per library (the summaries page's tables) for a dashboard filter. Small ones
/// become a formatted workbook, those of 10,000 lines and more the streamed one (<see cref="ExportFiles"/> chooses).
/// </summary>
internal sealed class ProgressSummaryExport(ProgressSummaryService summaries, SummaryLevel level) : IExportSource
{
    public const string ByOblastKey = "progress-by-oblast";

    public const string ByLibraryKey = "progress-by-library";

    private static readonly ExportColumn[] Figures =
    [
        new("Слухачів", 11), new("Записів на курси", 12), new("Завершено курсів", 12), new("Частка завершень, %", 13), new("Середній бал тестів, %", 13),
        new("Сертифікатів", 12),
    ];

    public string Key => level == SummaryLevel.Oblast ? ByOblastKey : ByLibraryKey;

    public string Title => level == SummaryLevel.Oblast ? "Підсумки поступу за областями" : "Підсумки поступу за бібліотеками";

    public async Task<Result<string>> DescribeAsync(ExportRequest request, CancellationToken ct) =>
        (await LinesAsync(request, ct)).Succeeded(out var lines, out var error) ? FileTitle(lines.Slice) : error;

    public async Task<Result<ExportTable>> OpenAsync(ExportRequest request, CancellationToken ct)
    {
        if (!(await LinesAsync(request, ct)).Succeeded(out var lines, out var error))
        {
            return error;
        }

        var byLibrary = level == SummaryLevel.Library;
        IReadOnlyList<ExportColumn> columns = byLibrary
            ? [new("Область", 22), new("Громада", 24), new("Бібліотека", 36), .. Figures]
            : [new("Область", 26), .. Figures];
        var rows = (byLibrary ? lines.ByLibrary : lines.ByOblast).Select(l => (object?[])
        [
            l.Oblast, .. byLibrary ? new object?[] { l.Hromada, l.Library } : [], l.Learners, l.Enrolled, l.Completed, l.CompletionPercent, l.AverageGrade, l.Certificates,
        ]).ToList();
        return new ExportTable(FileTitle(lines.Slice), columns, rows.Count, rows.ToAsyncEnumerable());
    }

    private async Task<Result<ProgressSummaries>> LinesAsync(ExportRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReportQueryParameter.Read(request.Parameter).Succeeded(out var query, out var error)
            ? await summaries.SummariesAsync(request.Scope, query, ct)
            : error;
    }

    private string FileTitle(ReportSlice slice) => string.Create(CultureInfo.InvariantCulture, $"{Title} {slice.From:dd.MM.yyyy}–{slice.To:dd.MM.yyyy}");
}
