using System.Runtime.CompilerServices;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Reports.Application.Progress;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Reports.Application.Exports;

/// <summary>
/// Every enrolment of people in reach, one row each: the learners × course runs list (the large export: it streams from
/// the database, so 100,000 rows need no more memory than 1,000).
/// </summary>
internal sealed class LearnerProgressExport(ICourseFacts courses, IPeopleDirectory people) : IExportSource
{
    public const string SourceKey = "learner-progress";

    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("ПІБ", 32), new("Область", 22), new("Громада", 24), new("Бібліотека", 32), new("Курс", 40), new("Потік", 24),
        new("Статус", 16), new("Уроків пройдено", 10), new("Записано", 12), new("Завершено", 12),
    ];

    public string Key => SourceKey;

    public string Title => "Поступ слухачів курсів";

    public Task<Result<string>> DescribeAsync(ExportRequest request, CancellationToken ct) => Task.FromResult<Result<string>>(Title);

    public async Task<Result<ExportTable>> OpenAsync(ExportRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = Rows(request);
        var count = await rows.CountAsync(ct);
        var oblasts = await people.Oblasts.ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var libraries = await people.Libraries.ToDictionaryAsync(l => l.Id, l => (l.ShortName ?? l.Name, l.HromadaName), ct);
        return new ExportTable(Title, Columns, count, Read(rows, oblasts, libraries, ct));
    }

    private IQueryable<LearnerRow> Rows(ExportRequest request) =>
        courses.Enrolments
            .Join(request.Scope.Filter(people.People, p => p.OblastCode), e => e.UserId, p => p.Id, (e, p) => new LearnerRow
            {
                EnrollmentId = e.EnrollmentId,
                FullName = p.FullName,
                SortName = p.SortName,
                OblastCode = p.OblastCode,
                LibraryId = p.LibraryId,
                CourseTitle = e.CourseTitle,
                RunTitle = e.RunTitle,
                Status = e.Status,
                LessonsDone = e.LessonsDone,
                EnrolledAt = e.EnrolledAt,
                CompletedAt = e.CompletedAt,
            })
            .OrderBy(r => r.SortName).ThenBy(r => r.EnrollmentId);

    /// <summary>The rows as the database streams them; one array reused for every row (a writer takes a row before the next).</summary>
    private static async IAsyncEnumerable<object?[]> Read(IQueryable<LearnerRow> rows, Dictionary<string, string> oblasts,
        Dictionary<Guid, (string Name, string Hromada)> libraries, [EnumeratorCancellation] CancellationToken ct)
    {
        var cells = new object?[Columns.Count];
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var library = r.LibraryId is { } id && libraries.TryGetValue(id, out var l) ? l : (Name: (string?)null, Hromada: (string?)null);
            cells[0] = r.FullName;
            cells[1] = r.OblastCode is { } code && oblasts.TryGetValue(code, out var oblast) ? oblast : null;
            cells[2] = library.Hromada;
            cells[3] = library.Name;
            cells[4] = r.CourseTitle;
            cells[5] = r.RunTitle;
            cells[6] = EnrolmentFactStatus.Ukrainian(r.Status);
            cells[7] = r.LessonsDone;
            cells[8] = r.EnrolledAt;
            cells[9] = r.CompletedAt;
            yield return cells;
        }
    }

    /// <summary>One enrolment with its person (member-initialised, so EF Core orders and streams it in SQL).</summary>
    private sealed class LearnerRow
    {
        public Guid EnrollmentId { get; init; }

        public string FullName { get; init; } = "";

        public string SortName { get; init; } = "";

        public string? OblastCode { get; init; }

        public Guid? LibraryId { get; init; }

        public string CourseTitle { get; init; } = "";

        public string RunTitle { get; init; } = "";

        public string Status { get; init; } = "";

        public int LessonsDone { get; init; }

        public DateTime EnrolledAt { get; init; }

        public DateTime? CompletedAt { get; init; }
    }
}

/// <summary>One run's people × lessons (the progress page's table), for the people in reach.</summary>
internal sealed class RunProgressExport(ProgressService progress) : IExportSource
{
    public const string SourceKey = "run-progress";

    public string Key => SourceKey;

    public string Title => "Поступ слухачів потоку";

    public async Task<Result<string>> DescribeAsync(ExportRequest request, CancellationToken ct)
    {
        if (!(await ReportAsync(request, ct)).Succeeded(out var report, out var error))
        {
            return error;
        }

        return $"{Title}: {report.Run.CourseTitle} · {report.Run.RunTitle}";
    }

    public async Task<Result<ExportTable>> OpenAsync(ExportRequest request, CancellationToken ct)
    {
        if (!(await ReportAsync(request, ct)).Succeeded(out var report, out var error))
        {
            return error;
        }

        IReadOnlyList<ExportColumn> columns =
        [
            new("ПІБ", 32), new("Область", 22), new("Бібліотека", 32), new("Статус", 16),
            .. report.Lessons.Select(l => new ExportColumn(l.Title, 16)),
            new("Уроків пройдено", 10), new("Завершено", 12),
        ];
        var rows = report.Rows.Select(r => (object?[])[r.FullName, r.OblastName, r.LibraryName, r.Status, .. r.Cells, r.LessonsDone, r.CompletedAt]).ToList();
        return new ExportTable(FormattedWorkbook.SheetName(report.Run.CourseTitle), columns, rows.Count, rows.ToAsyncEnumerable());
    }

    private async Task<Result<RunProgressReport>> ReportAsync(ExportRequest request, CancellationToken ct) =>
        Guid.TryParse(request.Parameter, out var runId) ? await progress.ReportAsync(request.Scope, runId, ct) : Domain.ReportsErrors.RunNotFound;
}
