using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Reports.Domain;
using Lounb.Modules.Webinars.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Reports.Application.Progress;

/// <summary>A learner's row: who, where, each lesson's cell, and whether they finished.</summary>
internal sealed record ProgressRow(Guid UserId, string FullName, string OblastName, string LibraryName, string Status, IReadOnlyList<string> Cells,
    int LessonsDone, bool Completed, DateTime? CompletedAt);

/// <summary>A summary line (a library or an oblast): learners, finished, completion rate, average quiz grade.</summary>
internal sealed record ProgressSummary(string Name, int Learners, int Completed, decimal CompletionPercent, decimal? AverageQuizPercent);

/// <summary>A run's learner progress report, within the viewer's oblasts.</summary>
internal sealed record RunProgressReport(RunSummary Run, IReadOnlyList<RunLesson> Lessons, IReadOnlyList<ProgressRow> Rows,
    IReadOnlyList<ProgressSummary> ByLibrary, IReadOnlyList<ProgressSummary> ByOblast);

/// <summary>The run picker of the progress page.</summary>
internal sealed record ProgressIndex(IReadOnlyList<RunSummary> Runs);

/// <summary>
/// Learner progress per course run: people × lessons (done, quiz grade, attendance of an online class), completion, and
/// summaries per library and per oblast. Only people of the viewer's oblasts are shown (national viewers see all).
/// </summary>
internal sealed class ProgressService(ICourseFacts courses, IAssessmentFacts grades, IWebinarFacts webinars, IPeopleDirectory people)
{
    public const string QuizKind = ReferenceKinds.Quiz;

    public const string LiveKind = ReferenceKinds.WebinarEvent;

    public async Task<ProgressIndex> IndexAsync(CancellationToken ct) => new(await courses.RunsAsync(ct));

    public async Task<Result<RunProgressReport>> ReportAsync(AccessScope scope, Guid runId, CancellationToken ct)
    {
        var sheet = await courses.ProgressSheetAsync(runId, ct);
        if (sheet is null)
        {
            return ReportsErrors.RunNotFound;
        }

        var userIds = sheet.Learners.Select(l => l.UserId).ToList();
        var persons = await scope.Filter(people.People.Where(p => userIds.Contains(p.Id)), p => p.OblastCode)
            .Select(p => new { p.Id, p.FullName, p.SortName, p.OblastCode, p.OblastName, p.LibraryId }).ToListAsync(ct);
        var libraryIds = persons.Where(p => p.LibraryId != null).Select(p => p.LibraryId!.Value).Distinct().ToList();
        var libraries = await people.Libraries.Where(l => libraryIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.ShortName ?? l.Name, ct);

        var visible = persons.Select(p => p.Id).ToList();
        var quizIds = sheet.Lessons.Where(l => l.Kind == QuizKind).Select(l => RefId(l.ExtensionRef)).OfType<Guid>().ToList();
        var eventIds = sheet.Lessons.Where(l => l.Kind == LiveKind).Select(l => RefId(l.ExtensionRef)).OfType<Guid>().ToList();
        var quizGrades = (await grades.Grades.Where(g => quizIds.Contains(g.QuizId) && visible.Contains(g.UserId)).ToListAsync(ct))
            .ToDictionary(g => (g.QuizId, g.UserId), g => g.Percent);
        var attended = (await webinars.Attendances.Where(a => eventIds.Contains(a.EventId) && visible.Contains(a.UserId)).ToListAsync(ct))
            .ToDictionary(a => (a.EventId, a.UserId), a => a.Attended);

        var learners = sheet.Learners.ToDictionary(l => l.UserId);
        var rows = persons.OrderBy(p => p.SortName, StringComparer.Ordinal).Select(p =>
        {
            var learner = learners[p.Id];
            var cells = sheet.Lessons.Select(lesson => Cell(lesson, learner, quizGrades, attended)).ToList();
            var completed = learner.Status == EnrolmentFactStatus.Completed;
            return new ProgressRow(p.Id, p.FullName, p.OblastName ?? "—", p.LibraryId is { } id && libraries.TryGetValue(id, out var name) ? name : "—",
                EnrolmentFactStatus.Ukrainian(learner.Status), cells, sheet.Lessons.Count(l => learner.LessonsDone.Contains(l.LessonId)), completed, learner.CompletedAt);
        }).ToList();

        var quizByUser = rows.ToDictionary(r => r.UserId, r => quizIds.Select(q => quizGrades.TryGetValue((q, r.UserId), out var g) ? g : (decimal?)null).OfType<decimal>().ToList());
        return new RunProgressReport(sheet.Run, sheet.Lessons, rows, Summaries(rows, r => r.LibraryName, quizByUser), Summaries(rows, r => r.OblastName, quizByUser));
    }

    /// <summary>Groups rows into summary lines, largest first.</summary>
    public static IReadOnlyList<ProgressSummary> Summaries(IReadOnlyList<ProgressRow> rows, Func<ProgressRow, string> key, IReadOnlyDictionary<Guid, List<decimal>> quizByUser) =>
        rows.GroupBy(key).Select(g =>
        {
            var learners = g.Count();
            var completed = g.Count(r => r.Completed);
            var quiz = g.SelectMany(r => quizByUser[r.UserId]).ToList();
            return new ProgressSummary(g.Key, learners, completed, Math.Round(completed * 100m / learners, 1, MidpointRounding.AwayFromZero),
                quiz.Count == 0 ? null : Math.Round(quiz.Average(), 1, MidpointRounding.AwayFromZero));
        }).OrderByDescending(s => s.Learners).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

    private static string Cell(RunLesson lesson, RunLearner learner, Dictionary<(Guid QuizId, Guid UserId), decimal> quizGrades, Dictionary<(Guid EventId, Guid UserId), bool> attended)
    {
        var done = learner.LessonsDone.Contains(lesson.LessonId);
        if (lesson.Kind == QuizKind && RefId(lesson.ExtensionRef) is { } quizId && quizGrades.TryGetValue((quizId, learner.UserId), out var grade))
        {
            return $"{grade:0.#}%{(done ? " ✓" : "")}";
        }

        if (lesson.Kind == LiveKind && RefId(lesson.ExtensionRef) is { } eventId && attended.TryGetValue((eventId, learner.UserId), out var was))
        {
            return was ? "був(-ла) ✓" : "не був(-ла)";
        }

        return done ? "✓" : "—";
    }

    private static Guid? RefId(string? extensionRef) => Guid.TryParse(extensionRef, out var id) ? id : null;
}
