using System.Net;
using ClosedXML.Excel;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Reports.Application.Exports;
using Lounb.Modules.Reports.Application.Plan;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Learning.Tests;

/// <summary>The annual plan, learner progress and export jobs through HTTP, and the monthly summary letters.</summary>
public abstract partial class ReportsPlanTests(LounbAppFactory app)
{
    private const string National = "metodyst@lounb.demo";
    private const string Luhansk = "metodyst.luhansk@lounb.demo";
    private const string Cherkasy = "metodyst.cherkasy@lounb.demo";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private LounbAppFactory App { get; } = app;

    private static int Year => DateTime.UtcNow.Year;

    /// <summary>People of an oblast the demo leaves empty (Закарпатська, UA-21): 3 registered now, 2 of them learning in a run.</summary>
    private async Task<string> KnownOblastAsync()
    {
        const string oblast = "UA-21";
        var ids = await PeopleAsync(3);
        await App.WithDbAsync(db => db.Set<LounbUser>().Where(u => ids.Contains(u.Id)).ExecuteUpdateAsync(u => u.SetProperty(x => x.OblastCode, oblast)));
        await EnrolAsync(ids.Take(2));
        return oblast;
    }

    /// <summary>New people of Luhansk (UA-09).</summary>
    private async Task<List<Guid>> PeopleAsync(int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await App.CreatePersonAsync($"plan{i}.{Guid.NewGuid():N}@example.org"));
        }

        return ids;
    }

    /// <summary>Each person learning in a demo course's open run.</summary>
    private async Task EnrolAsync(IEnumerable<Guid> ids)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var enrolments = scope.ServiceProvider.GetRequiredService<ICourseEnrolments>();
        var courses = (await scope.ServiceProvider.GetRequiredService<ICourseRoster>().OpenRunsAsync(CancellationToken.None)).Select(r => r.CourseId).Distinct();
        foreach (var id in ids)
        {
            var placed = false;
            foreach (var course in courses)
            {
                if (await enrolments.EnrolAsync(course, id, CancellationToken.None) == AssignedEnrolment.Learning)
                {
                    placed = true;
                    break;
                }
            }

            Assert.True(placed, "a demo course has an open run with seats");
        }
    }

    private async Task<BrowserSession> SignedInAsync(string email)
    {
        var session = new BrowserSession(App);
        await session.SignInAsync(email);
        return session;
    }

    private static List<KeyValuePair<string, string>> Form(string oblast, params (string Key, string Value)[] values) =>
        [new("year", Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("oblast", oblast), .. values.Select(v => new KeyValuePair<string, string>($"values[{v.Key}]", v.Value))];

    private static async Task<XLWorkbook> WorkbookAsync(BrowserSession session, string url)
    {
        using var response = await session.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Plan_TargetsAndAMonthlyFigure_ReportShowsMeasuredPlusEnteredWithExactPercentages()
    {
        var oblast = await KnownOblastAsync();
        using var methodologist = await SignedInAsync(National);
        var page = $"/admin/reports/plan?year={Year}&oblast={oblast}";
        using (var saved = await methodologist.SubmitAsync(page, "/admin/reports/plan/targets", Form(oblast, ("Users", "20"), ("ServedUsers", "8"), ("BookIssue", "1 000"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var month = DateTime.UtcNow.AddHours(2).Month; // Kyiv's month, near enough away from midnight on the 1st
        using (var saved = await methodologist.SubmitAsync(page, "/admin/reports/plan/figures", [.. Form(oblast, ("BookIssue", "350"), ("Users", "7")), new("month", $"{month}")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var workbook = await WorkbookAsync(methodologist, $"/admin/reports/plan/report.xlsx?year={Year}&oblast={oblast}");
        var sheet = workbook.Worksheets.First();
        Assert.Equal("Показник", sheet.Cell(3, 1).GetString());
        Assert.Equal("Виконання, %", sheet.Cell(3, 7).GetString());
        IXLRow Row(string name) => sheet.RowsUsed().Single(r => r.Cell(1).GetString() == name);
        var users = Row("Кількість користувачів");
        Assert.Equal((20, 10, 3, 7, 50.0), (users.Cell(3).GetValue<int>(), users.Cell(4).GetValue<int>(), users.Cell(5).GetValue<int>(), users.Cell(6).GetValue<int>(), users.Cell(7).GetValue<double>()));
        var served = Row("Кількість обслужених користувачів");
        Assert.Equal((8, 2, 25.0), (served.Cell(3).GetValue<int>(), served.Cell(4).GetValue<int>(), served.Cell(7).GetValue<double>()));
        var books = Row("Книговидача");
        Assert.Equal((1000, 350, 35.0), (books.Cell(3).GetValue<int>(), books.Cell(4).GetValue<int>(), books.Cell(7).GetValue<double>()));
        Assert.Equal(350, books.Cell(7 + month).GetValue<int>());
        Assert.True(Row("Відвідування вебсайту").Cell(7).IsEmpty(), "no target, no percentage");

        var html = await methodologist.GetHtmlAsync(page);
        Assert.Contains("data-percent=\"50.0\"", html, StringComparison.Ordinal);
        Assert.Contains("data-percent=\"35.0\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-5", "не може бути від’ємним")]
    [InlineData("багато", "має бути цілим числом")]
    [InlineData("12,5", "має бути цілим числом")]
    public async Task Plan_BadFigure_RefusedInUkrainian_NothingChanged(string figure, string message)
    {
        const string oblast = "UA-26";
        using var methodologist = await SignedInAsync(National);
        var page = $"/admin/reports/plan?year={Year}&oblast={oblast}";
        var month = DateTime.UtcNow.AddHours(2).Month;
        using (var saved = await methodologist.SubmitAsync(page, "/admin/reports/plan/figures", [.. Form(oblast, ("WebsiteVisits", "100")), new("month", $"{month}")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var before = await App.WithDbAsync(db => db.Set<PlanMonthFigure>().AsNoTracking().Where(f => f.OblastCode == oblast).OrderBy(f => f.Indicator).Select(f => new { f.Indicator, f.Month, f.Value }).ToListAsync());
        using (var refused = await methodologist.SubmitAsync(page, "/admin/reports/plan/figures", [.. Form(oblast, ("BookIssue", "5"), ("WebsiteVisits", figure)), new("month", $"{month}")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        }

        Assert.Contains(message, await methodologist.GetHtmlAsync(page), StringComparison.Ordinal);
        var next = DateTime.UtcNow.AddHours(2).AddMonths(1);
        using (var future = await methodologist.SubmitAsync(page, "/admin/reports/plan/figures",
            [new("year", $"{next.Year}"), new("month", $"{next.Month}"), new("oblast", oblast), new("values[BookIssue]", "5")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, future.StatusCode);
        }

        Assert.Contains("що ще не почався", await methodologist.GetHtmlAsync(page), StringComparison.Ordinal);
        var after = await App.WithDbAsync(db => db.Set<PlanMonthFigure>().AsNoTracking().Where(f => f.OblastCode == oblast).OrderBy(f => f.Indicator).Select(f => new { f.Indicator, f.Month, f.Value }).ToListAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Plan_OtherOblast_Refused403_AndNothingSaved()
    {
        using var cherkasy = await SignedInAsync(Cherkasy);
        using var page = await cherkasy.GetAsync($"/admin/reports/plan?year={Year}&oblast=UA-09");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        using var report = await cherkasy.GetAsync($"/admin/reports/plan/report.xlsx?year={Year}&oblast=UA-09");
        Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode);
    }

    [Fact]
    public async Task Export_RunsToCompletion_XlsxHasUkrainianHeadersAndTheRows_OtherUserGets404()
    {
        var learners = await PeopleAsync(2);
        await EnrolAsync(learners);
        var names = await App.WithDbAsync(db => db.Users.Where(u => learners.Contains(u.Id)).Select(u => u.FullName).ToListAsync());
        using var methodologist = await SignedInAsync(Luhansk);
        using var started = await methodologist.SubmitAsync("/admin/reports/exports", "/admin/reports/exports",
            [new("source", LearnerProgressExport.SourceKey), new("format", "Xlsx")]);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var jobUrl = started.Headers.Location!.OriginalString;
        var jobId = Guid.Parse(jobUrl.Split('/')[^1]);
        Assert.Contains("Поступ слухачів курсів", await methodologist.GetHtmlAsync(jobUrl), StringComparison.Ordinal);

        await RunExportsAsync(jobId);
        Assert.Contains("\"status\":\"Ready\"", await methodologist.GetHtmlAsync($"{jobUrl}/status"), StringComparison.Ordinal);

        int expected;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Lounb.Modules.Core.Data.LounbDbContext>().Users.Where(u => u.OblastCode == "UA-09");
            expected = await scope.ServiceProvider.GetRequiredService<ICourseFacts>().Enrolments.Join(users, e => e.UserId, u => u.Id, (e, u) => e.EnrollmentId).CountAsync();
        }

        using (var workbook = await WorkbookAsync(methodologist, $"{jobUrl}/file"))
        {
            var sheet = workbook.Worksheets.First();
            Assert.Equal(["ПІБ", "Область", "Громада", "Бібліотека", "Курс", "Потік", "Статус", "Уроків пройдено", "Записано", "Завершено"],
                sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList());
            Assert.Equal(expected, sheet.RowsUsed().Count() - 1);
            var listed = sheet.Column(1).CellsUsed().Select(c => c.GetString()).ToList();
            Assert.All(names, name => Assert.Contains(name, listed));
            Assert.All(sheet.Column(2).CellsUsed().Skip(1), c => Assert.Equal("Луганська область", c.GetString()));
        }

        using var other = await SignedInAsync(Cherkasy);
        foreach (var url in new[] { $"{jobUrl}/file", $"{jobUrl}/status", jobUrl })
        {
            using var refused = await other.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }
    }

    [Fact]
    public async Task Export_Csv_HasBomAndSemicolons_AndExpiredFilesAreDeleted()
    {
        using var methodologist = await SignedInAsync(Luhansk);
        using var started = await methodologist.SubmitAsync("/admin/reports/exports", "/admin/reports/exports",
            [new("source", LearnerProgressExport.SourceKey), new("format", "Csv")]);
        var jobUrl = started.Headers.Location!.OriginalString;
        var jobId = Guid.Parse(jobUrl.Split('/')[^1]);
        await RunExportsAsync(jobId);
        using (var response = await methodologist.GetAsync($"{jobUrl}/file"))
        {
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            Assert.StartsWith("ПІБ;Область;Громада", System.Text.Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
        }

        await App.WithDbAsync(db => db.Set<ExportJob>().Where(j => j.Id == jobId).ExecuteUpdateAsync(u => u.SetProperty(j => j.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ExportDispatcher>().DeleteExpiredAsync(CancellationToken.None);
        Assert.False(await App.WithDbAsync(db => db.Set<ExportJob>().AnyAsync(j => j.Id == jobId)));
        using var gone = await methodologist.GetAsync($"{jobUrl}/file");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var storage = scope.ServiceProvider.GetRequiredService<Lounb.Modules.Core.Storage.IFileStorage>();
        Assert.Null(await storage.OpenReadAsync($"reports/exports/{jobId:N}.csv", CancellationToken.None));
    }

    [Fact]
    public async Task Progress_RunReport_ShowsOnlyTheViewersOblast_WithLessonsAndSummaries()
    {
        var people = await PeopleAsync(2);
        await App.WithDbAsync(db => db.Set<LounbUser>().Where(u => u.Id == people[1]).ExecuteUpdateAsync(u => u.SetProperty(x => x.OblastCode, "UA-71")));
        await EnrolAsync(people);
        var runs = await App.WithDbAsync(async db =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ICourseFacts>().Enrolments.Where(e => people.Contains(e.UserId))
                .Select(e => new { e.UserId, e.RunId }).ToListAsync();
        });
        var names = await App.WithDbAsync(db => db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName));
        var luhanskRun = runs.Single(r => r.UserId == people[0]).RunId;

        using var luhansk = await SignedInAsync(Luhansk);
        var html = await luhansk.GetHtmlAsync($"/admin/reports/progress/{luhanskRun}");
        Assert.Contains(System.Net.WebUtility.HtmlEncode(names[people[0]]), html, StringComparison.Ordinal);
        Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(names[people[1]]), html, StringComparison.Ordinal);
        Assert.Contains("навчається", html, StringComparison.Ordinal);
        Assert.Contains("id=\"by-oblast\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Черкаська область", html, StringComparison.Ordinal);

        using var unknown = await luhansk.GetAsync($"/admin/reports/progress/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task MonthlySummary_RunTwiceOnTwoNodes_QueuesExactlyOneLetterPerMethodologist()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var queued = 0;
        for (var node = 0; node < 2; node++)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var letters = ActivatorUtilities.CreateInstance<PlanSummaryLetters>(scope.ServiceProvider, clock);
            queued += await letters.SendDueAsync(CancellationToken.None);
            queued += await letters.SendDueAsync(CancellationToken.None);
        }

        var mail = await App.WithDbAsync(db => db.Set<QueuedMail>().AsNoTracking().Where(m => m.Subject == "Підсумки місяця: жовтень 2026").ToListAsync());
        Assert.Equal(queued, mail.Count);
        foreach (var address in new[] { National, Luhansk, Cherkasy })
        {
            Assert.Single(mail, m => m.To == address);
        }

        Assert.Equal(mail.Count, mail.Select(m => m.To).Distinct().Count());
        var luhansk = mail.Single(m => m.To == Luhansk).Body;
        Assert.Contains("Луганська область", luhansk, StringComparison.Ordinal);
        Assert.DoesNotContain("Черкаська область", luhansk, StringComparison.Ordinal);
    }

    /// <summary>Runs export passes (as a node's worker does) until the job is finished; the node's own worker may take it first.</summary>
    private async Task RunExportsAsync(Guid jobId)
    {
        for (var pass = 0; pass < 200; pass++)
        {
            await using (var scope = App.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ExportDispatcher>().RunDueAsync(CancellationToken.None);
            }

            var status = await App.WithDbAsync(db => db.Set<ExportJob>().Where(j => j.Id == jobId).Select(j => j.Status).SingleAsync());
            if (status is ExportStatus.Ready or ExportStatus.Failed)
            {
                Assert.Equal(ExportStatus.Ready, status);
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The export did not finish.");
    }
}

public sealed class SqliteReportsPlanTests(SqliteApp app) : ReportsPlanTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresReportsPlanTests(PostgresApp app) : ReportsPlanTests(app), IClassFixture<PostgresApp>;
