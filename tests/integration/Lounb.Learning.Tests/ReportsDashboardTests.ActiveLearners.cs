using Lounb.Modules.Core.People;
using Lounb.Modules.Reports.Application;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// Active learners are counted from the learner months by each person's previous day with learning, and by a distinct
/// count only for people who learned in several places: for every filter the dashboard offers and periods that cut
/// months, the figure is the distinct count of people over the facts, also after a late fact for an earlier month and
/// a fact moved to another month, and the rebuild's set-based linking gives the live writer's rows.
/// </summary>
public abstract partial class ReportsDashboardTests
{
    [Fact]
    public async Task Active_learners_across_months_libraries_courses_and_audiences_are_the_distinct_people_of_the_facts_for_every_filter_live_and_after_a_recount()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        PersonCard home;
        List<(Guid Id, string OblastCode)> libraries;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var directory = scope.ServiceProvider.GetRequiredService<IPeopleDirectory>();
            home = (await directory.FindByEmailAsync("slukhach@lounb.demo", CancellationToken.None))!;
            libraries = (await directory.Libraries.Select(l => new { l.Id, l.OblastCode }).ToListAsync())
                .Where(l => l.OblastCode != home.OblastCode).DistinctBy(l => l.OblastCode).Take(2).Select(l => (l.Id, l.OblastCode)).ToList();
        }

        var ((here, hereOblast), (there, thereOblast)) = (libraries[0], libraries[1]);
        var (settled, late, moved) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        ActivityFact Fact(string measure, Guid person, Guid course, int month, int day, Guid? library = null) =>
            new($"{measure}:{course}:{person}", measure, new DateTime(2023, month, day, 9, 0, 0, DateTimeKind.Utc), person, course, LibraryId: library, Day: new DateOnly(2023, month, day));
        await RecordAsync(
        [
            // At home in two courses, then one lesson in another oblast's library (a track in several places).
            Fact(ReportMeasures.Enrolled, home.Id, first, 1, 10), Fact(ReportMeasures.LessonCompleted, home.Id, first, 3, 5, there), Fact(ReportMeasures.Enrolled, home.Id, second, 2, 12),

            // One library, two courses, four months.
            Fact(ReportMeasures.Enrolled, settled, first, 1, 20, here), Fact(ReportMeasures.LessonCompleted, settled, first, 2, 3, here),
            Fact(ReportMeasures.CourseCompleted, settled, first, 4, 15, here), Fact(ReportMeasures.Enrolled, settled, second, 2, 14, here),
            Fact(ReportMeasures.LessonCompleted, late, first, 3, 20, here),
            Fact(ReportMeasures.Enrolled, moved, second, 1, 31, there), Fact(ReportMeasures.LessonCompleted, moved, second, 2, 1, there),
        ]);
        using var staff = new BrowserSession(App);
        await staff.SignInAsync(National);
        var slices = new (Guid? Course, string? Oblast, Guid? Library, string? Audience)[]
        {
            (null, null, null, null), (first, null, null, null), (second, null, null, null), (null, hereOblast, null, null), (null, thereOblast, null, null),
            (null, home.OblastCode, null, null), (null, null, here, null), (null, null, there, null), (first, null, here, null), (second, thereOblast, null, null),
            (null, null, null, ReportAudience.Librarian), (null, null, null, ReportAudience.Of(home.Kind, home.AgeGroup)), (first, null, null, ReportAudience.Librarian),
        };
        var periods = new (DateOnly From, DateOnly To)[]
        {
            (new(2023, 1, 15), new(2023, 3, 10)), (new(2023, 2, 1), new(2023, 2, 28)), (new(2023, 3, 6), new(2023, 4, 30)), (new(2023, 1, 1), new(2023, 12, 31)),
            (new(2023, 2, 2), new(2023, 3, 19)), (new(2023, 1, 6), new(2023, 1, 19)), (new(2023, 1, 31), new(2023, 2, 1)), (new(2023, 2, 4), new(2023, 5, 31)),
        };

        async Task<int> AssertAllAsync()
        {
            var nonZero = 0;
            foreach (var (from, to) in periods)
            {
                foreach (var slice in slices)
                {
                    nonZero += await AssertActiveAsync(staff, from, to, slice) > 0 ? 1 : 0;
                }
            }

            return nonZero;
        }

        Assert.True(await AssertAllAsync() > periods.Length * slices.Length / 2);
        Assert.Equal(3, await AssertActiveAsync(staff, new(2023, 1, 15), new(2023, 3, 10), (null, null, null, null)));
        Assert.Equal(0, await AssertActiveAsync(staff, new(2023, 1, 6), new(2023, 1, 9), (null, null, null, null)));

        // A first fact arriving late for January (the March row's previous day changes), a fact moved from February to May.
        await RecordAsync([Fact(ReportMeasures.Enrolled, late, first, 1, 5, here), Fact(ReportMeasures.LessonCompleted, moved, second, 5, 2, there)]);
        Assert.Equal(1, await AssertActiveAsync(staff, new(2023, 1, 1), new(2023, 1, 9), (null, null, null, null)));
        Assert.Equal(2, await AssertActiveAsync(staff, new(2023, 2, 2), new(2023, 3, 20), (null, null, here, null)));
        Assert.True(await AssertAllAsync() > periods.Length * slices.Length / 2);

        // The rebuild's set-based linking gives the rows the live writer keeps.
        var people = new[] { home.Id, settled, late, moved };
        async Task<List<string>> RowsAsync() => await App.WithDbAsync(async db => (await db.Set<LearnerMonth>().AsNoTracking().Where(l => people.Contains(l.PersonId)).ToListAsync())
            .Select(l => $"{l.Key} {l.Days} {l.PreviousDay:yyyy-MM-dd} {l.SeveralPlaces}").Order(StringComparer.Ordinal).ToList());
        var live = await RowsAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReadModelRebuilder>().RecountLearnerMonthsAsync(CancellationToken.None);
        }

        Assert.Equal(live, await RowsAsync());
        Assert.Contains(live, r => r.Contains(" True", StringComparison.Ordinal));
        Assert.Contains(live, r => r.Contains("2023-01-05 False", StringComparison.Ordinal));
        Assert.True(await AssertAllAsync() > periods.Length * slices.Length / 2);
    }

    /// <summary>The dashboard's active learners for the slice are the distinct people of its learning facts; returns them.</summary>
    private async Task<int> AssertActiveAsync(BrowserSession staff, DateOnly from, DateOnly to, (Guid? Course, string? Oblast, Guid? Library, string? Audience) slice)
    {
        var html = await staff.GetHtmlAsync($"/admin/reports?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&course={slice.Course}&oblast={slice.Oblast}&library={slice.Library}&audience={slice.Audience}");
        var learning = ReportMeasures.Learning.ToList();
        var expected = await App.WithDbAsync(db => db.Set<ReportFact>().AsNoTracking()
            .Where(f => learning.Contains(f.Measure) && f.Day >= from && f.Day <= to)
            .Where(f => slice.Course == null || f.CourseId == slice.Course)
            .Where(f => slice.Oblast == null || f.OblastCode == slice.Oblast)
            .Where(f => slice.Library == null || f.LibraryId == slice.Library)
            .Where(f => slice.Audience == null || f.Audience == slice.Audience)
            .Select(f => f.PersonId).Distinct().CountAsync());
        Assert.True($"{expected}" == Figure(html, "Активні слухачі"), $"{from}–{to} {slice}: the facts give {expected}, the dashboard {Figure(html, "Активні слухачі")}");
        return expected;
    }
}
