using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Certificates.Contracts;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Reports.Application.Exports;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// Every list of Reports can be exported: the dashboard's drill-down list and the progress summaries per oblast and per
/// library, on known facts in oblasts no other test of the class touches (Вінницька UA-05, Волинська UA-07), with the
/// same filter and scope checks as the pages; a refused request queues nothing.
/// </summary>
public abstract partial class ReportsPlanTests
{
    private const string SummaryUrl = "/admin/reports/progress/summary";
    private const string ExportsUrl = "/admin/reports/exports";

    /// <summary>
    /// Two libraries of <paramref name="oblast"/>: the first with learners A and B, the second with C. All three enrol in one course; A
    /// finishes it and gets a certificate; quiz grades A 80, B 60, C 90. Recorded through Reports' own event subscribers.
    /// </summary>
    private async Task<(Guid CourseId, string[] Emails, string[] Libraries)> KnownSummaryAsync(string oblast)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var libraries = new[] { $"Ковельська бібліотека {tag}", $"Луцька бібліотека {tag}" };
        var libraryIds = await App.WithDbAsync(async db =>
        {
            var hromada = new Hromada(oblast, $"Громада {tag}");
            db.Add(hromada);
            var created = libraries.Select(name => new Library(hromada.Id, oblast, name)).ToList();
            db.AddRange(created);
            await db.SaveChangesAsync();
            return created.Select(l => l.Id).ToList();
        });
        var emails = new[] { $"a.{tag}@example.org", $"b.{tag}@example.org", $"c.{tag}@example.org" };
        var people = new List<Guid>();
        for (var i = 0; i < emails.Length; i++)
        {
            people.Add(await App.CreatePersonAsync(emails[i], libraryId: libraryIds[i < 2 ? 0 : 1]));
        }

        var courseId = Guid.NewGuid();
        var runId = Guid.NewGuid();
        var now = DateTime.UtcNow;
        var enrolments = people.Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < people.Count; i++)
        {
            await RecordAsync(new CourseEnrolled(enrolments[i], people[i], courseId, runId, now));
            await RecordAsync(new AttemptGraded(Guid.NewGuid(), Guid.NewGuid(), people[i], 1, new[] { 80m, 60m, 90m }[i], 0, false, now));
        }

        await RecordAsync(new CourseCompleted(enrolments[0], people[0], courseId, runId, "Медіаграмотність", 12, now));
        await RecordAsync(new CertificateIssued(Guid.NewGuid(), people[0], $"ЛОУНБ-{tag}", now));
        return (courseId, emails, libraries);
    }

    /// <summary>Hands the event to Reports' subscribers only (as the outbox would), so no other module reacts to it.</summary>
    private async Task RecordAsync<T>(T integrationEvent)
        where T : IIntegrationEvent
    {
        await using var scope = App.Services.CreateAsyncScope();
        foreach (var subscriber in scope.ServiceProvider.GetServices<IIntegrationEventSubscriber<T>>()
                     .Where(s => s.GetType().Namespace!.StartsWith("Lounb.Modules.Reports", StringComparison.Ordinal)))
        {
            await subscriber.HandleAsync(integrationEvent, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Progress_summaries_per_oblast_and_library_show_and_export_known_figures_in_Ukrainian()
    {
        var (_, _, libraries) = await KnownSummaryAsync("UA-07");
        using var methodologist = await SignedInAsync(National);
        var page = await methodologist.GetHtmlAsync($"{SummaryUrl}?oblast=UA-07");

        Assert.Matches(@"<th scope=""row"">Волинська область</th>\s*<td class=""text-end"">3</td><td class=""text-end"">3</td><td class=""text-end"">1</td>\s*<td class=""text-end"">33,3</td><td class=""text-end"">76,7</td><td class=""text-end"">1</td>", page);
        Assert.Contains($"<td>{libraries[0]}</td>", page, StringComparison.Ordinal);

        var jobUrl = await StartExportAsync(methodologist, $"{SummaryUrl}?oblast=UA-07", ProgressSummaryExport.ByLibraryKey, "Xlsx");
        using (var workbook = await WorkbookAsync(methodologist, $"{jobUrl}/file"))
        {
            var sheet = workbook.Worksheets.First();
            Assert.Equal(["Область", "Громада", "Бібліотека", "Слухачів", "Записів на курси", "Завершено курсів", "Частка завершень, %", "Середній бал тестів, %", "Сертифікатів"],
                sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList());
            Assert.Equal(3, sheet.RowsUsed().Count());
            var first = sheet.Row(2);
            Assert.Equal([libraries[0], "2", "2", "1", "50", "70", "1"], Enumerable.Range(3, 7).Select(c => first.Cell(c).GetString()).ToList());
            var second = sheet.Row(3);
            Assert.Equal([libraries[1], "1", "1", "0", "0", "90", "0"], Enumerable.Range(3, 7).Select(c => second.Cell(c).GetString()).ToList());
            Assert.Equal("Волинська область", second.Cell(1).GetString());
        }

        var oblastUrl = await StartExportAsync(methodologist, $"{SummaryUrl}?oblast=UA-07", ProgressSummaryExport.ByOblastKey, "Xlsx");
        using (var workbook = await WorkbookAsync(methodologist, $"{oblastUrl}/file"))
        {
            var row = workbook.Worksheets.First().Row(2);
            Assert.Equal(["Волинська область", "3", "3", "1", "33.3", "76.7", "1"], Enumerable.Range(1, 7).Select(c => row.Cell(c).GetValue<string>().Replace(',', '.')).ToList());
        }
    }

    [Fact]
    public async Task Drill_down_list_exports_every_person_behind_the_number_with_Ukrainian_headers()
    {
        var (courseId, emails, libraries) = await KnownSummaryAsync("UA-05");
        using var methodologist = await SignedInAsync(National);
        var peopleUrl = $"/admin/reports/people?measure=attempt&course=&oblast=UA-05&library=";
        Assert.Contains(emails[0], await methodologist.GetHtmlAsync(peopleUrl), StringComparison.Ordinal);

        var jobUrl = await StartExportAsync(methodologist, $"/admin/reports/people?measure=enrolled&course={courseId}", DrillDownExport.SourceKey, "Xlsx");
        using (var workbook = await WorkbookAsync(methodologist, $"{jobUrl}/file"))
        {
            var sheet = workbook.Worksheets.First();
            Assert.Equal(["ПІБ", "Електронна пошта", "Область", "Громада", "Бібліотека", "Дата"], sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList());
            Assert.Equal(3, sheet.RowsUsed().Count() - 1);
            Assert.Equal(emails.Order(StringComparer.Ordinal), sheet.Column(2).CellsUsed().Skip(1).Select(c => c.GetString()).Order(StringComparer.Ordinal));
            Assert.All(sheet.Column(3).CellsUsed().Skip(1), c => Assert.Equal("Вінницька область", c.GetString()));
            Assert.Equal(2, sheet.Column(5).CellsUsed().Count(c => c.GetString() == libraries[0]));
        }

        var gradesUrl = await StartExportAsync(methodologist, peopleUrl, DrillDownExport.SourceKey, "Xlsx");
        using (var workbook = await WorkbookAsync(methodologist, $"{gradesUrl}/file"))
        {
            var sheet = workbook.Worksheets.First();
            Assert.Equal("Бал, %", sheet.Cell(1, 7).GetString());
            var grades = sheet.RowsUsed().Skip(1).ToDictionary(r => r.Cell(2).GetString(), r => r.Cell(7).GetValue<double>());
            Assert.Equal([80, 60, 90], emails.Select(e => grades[e]));
        }

        using var other = await SignedInAsync(Cherkasy);
        using var refused = await other.GetAsync($"{jobUrl}/file");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task Exports_out_of_reach_or_with_a_bad_period_are_refused_and_queue_nothing()
    {
        using var cherkasy = await SignedInAsync(Cherkasy);
        var jobsBefore = await App.WithDbAsync(db => db.Set<ExportJob>().CountAsync());

        using (var page = await cherkasy.GetAsync($"{SummaryUrl}?oblast=UA-09"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        }

        const string outOfReach = "enrolled|2026-01-01|2026-12-31|UA-09||||";
        foreach (var source in new[] { DrillDownExport.SourceKey, ProgressSummaryExport.ByOblastKey, ProgressSummaryExport.ByLibraryKey })
        {
            using var forbidden = await cherkasy.SubmitAsync(ExportsUrl, ExportsUrl, [new("source", source), new("parameter", outOfReach), new("format", "Xlsx")]);
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        Assert.Contains("Кінець періоду має бути не раніше за його початок.", await cherkasy.GetHtmlAsync($"{SummaryUrl}?from=2026-05-10&to=2026-05-01"), StringComparison.Ordinal);
        foreach (var parameter in new[] { "enrolled|2026-05-10|2026-05-01|||||", "enrolled|вчора|2026-05-01|||||", "щось" })
        {
            using var refused = await cherkasy.SubmitAsync(ExportsUrl, ExportsUrl, [new("source", DrillDownExport.SourceKey), new("parameter", parameter), new("format", "Csv")]);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            var shown = await cherkasy.GetHtmlAsync(refused.Headers.Location!.OriginalString);
            Assert.Contains(parameter.Contains("2026-05-10", StringComparison.Ordinal) ? "Кінець періоду має бути не раніше за його початок." : "Посилання на звіт пошкоджене", shown, StringComparison.Ordinal);
        }

        Assert.Equal(jobsBefore, await App.WithDbAsync(db => db.Set<ExportJob>().CountAsync()));
    }

    /// <summary>Submits the page's export form of <paramref name="source"/> (its filter as the page wrote it), runs the job; returns the job's address.</summary>
    private async Task<string> StartExportAsync(BrowserSession session, string pageUrl, string source, string format)
    {
        var html = await session.GetHtmlAsync(pageUrl);
        var form = Regex.Match(html, $@"data-export=""{Regex.Escape(source)}"">.*?name=""parameter"" value=""(?<p>[^""]*)""", RegexOptions.Singleline);
        Assert.True(form.Success, $"the page {pageUrl} offers the export {source}");
        var parameter = WebUtility.HtmlDecode(form.Groups["p"].Value);
        using var started = await session.SubmitAsync(pageUrl, ExportsUrl, [new("source", source), new("parameter", parameter), new("format", format)]);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var jobUrl = started.Headers.Location!.OriginalString;
        await RunExportsAsync(Guid.Parse(jobUrl.Split('/')[^1]));
        return jobUrl;
    }
}
