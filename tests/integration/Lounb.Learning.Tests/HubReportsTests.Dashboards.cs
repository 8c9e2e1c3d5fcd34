using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Lounb.Modules.Core.People;
using Lounb.Modules.Hubs.Application.Reports;
using Lounb.Modules.Hubs.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Tests;

/// <summary>The oblast dashboard, the national table and its export on known data: March 2025, which no other test reports.</summary>
public abstract partial class HubReportsTests
{
    private static readonly ReportMonth March2025 = new(2025, 3);

    /// <summary>
    /// Luhansk: hub A approved (two events: 1/2/3/4/5 and 10/0/0/0/0 people; consultations 1..6), hub B only submitted
    /// (100s, must not count). Cherkasy: hub C approved with 0/7/0/0/0 and 9 Diia consultations, then a correction in
    /// progress with 50 people (must not count until approved).
    /// </summary>
    private async Task<(Setup A, Setup B, Setup C)> KnownDataAsync()
    {
        var (a, b, c) = (await HubAsync(), await HubAsync(), await HubAsync(Cherkasy));
        var now = DateTime.UtcNow;
        var day = (int d) => new DateOnly(2025, 3, d);
        await App.WithDbAsync(async db =>
        {
            var approvedA = new ReportOfMonth(a.Hub, a.Coordinator.Id, March2025, now);
            Check(approvedA.Save(new ReportFigures(
                [
                    new(ReportEventKind.DigitalLiteracy, day(4), "Дія для старших", new ParticipantCounts(1, 2, 3, 4, 5)),
                    new(ReportEventKind.MobileHubVisit, day(20), "Виїзд мобільного хабу", new ParticipantCounts(10, 0, 0, 0, 0)),
                ],
                new ConsultationCounts(1, 2, 3, 4, 5, 6), null), KyivToday, now));
            Check(approvedA.Submit(a.Coordinator.Id, now));
            Check(approvedA.Approve(a.Mentor!.Id, now));
            var waitingB = new ReportOfMonth(b.Hub, b.Coordinator.Id, March2025, now);
            Check(waitingB.Save(new ReportFigures([new(ReportEventKind.Other, day(5), "Не затверджено", new ParticipantCounts(100, 100, 100, 100, 100))], new ConsultationCounts(100, 0, 0, 0, 0, 0), null), KyivToday, now));
            Check(waitingB.Submit(b.Coordinator.Id, now));
            var correctedC = new ReportOfMonth(c.Hub, c.Coordinator.Id, March2025, now);
            Check(correctedC.Save(new ReportFigures([new(ReportEventKind.CodeClub, day(7), "Code Club", new ParticipantCounts(0, 7, 0, 0, 0))], new ConsultationCounts(9, 0, 0, 0, 0, 0), null), KyivToday, now));
            Check(correctedC.Submit(c.Coordinator.Id, now));
            Check(correctedC.Approve(c.Mentor!.Id, now));
            Check(correctedC.StartCorrection(c.Coordinator.Id, now));
            Check(correctedC.Save(new ReportFigures([new(ReportEventKind.CodeClub, day(7), "Code Club", new ParticipantCounts(0, 50, 0, 0, 0))], new ConsultationCounts(90, 0, 0, 0, 0, 0), null), KyivToday, now));
            Check(correctedC.Submit(c.Coordinator.Id, now));
            db.AddRange(approvedA, waitingB, correctedC);
            return await db.SaveChangesAsync();
        });
        return (a, b, c);
    }

    private static void Check(Lounb.Modules.Core.Results.Result result) => Assert.True(result.IsSuccess, result.Error?.Message);

    private async Task<Dictionary<string, string>> OblastNamesAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPeopleDirectory>().Oblasts.ToDictionaryAsync(o => o.Code, o => o.Name);
    }

    /// <summary>The cells of the row of <paramref name="tableId"/> whose header cell holds <paramref name="header"/> (tags stripped).</summary>
    private static List<string> Row(string html, string tableId, string header)
    {
        var table = Regex.Match(html, $"<table[^>]*id=\"{tableId}\".*?</table>", RegexOptions.Singleline).Value;
        var row = Regex.Matches(table, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value)
            .Single(r => Regex.Match(r, "<th[^>]*>(.*?)</th>", RegexOptions.Singleline) is { Success: true } th && Text(th.Groups[1].Value) == header);
        return Regex.Matches(row, "<t[dh][^>]*>(.*?)</t[dh]>", RegexOptions.Singleline).Select(m => Text(m.Groups[1].Value)).ToList();
    }

    private static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")).Replace('\u00a0', ' ').Trim();

    [Fact]
    public async Task OblastDashboard_NationalTable_AndExport_SumApprovedFiguresOnly()
    {
        var (a, b, c) = await KnownDataAsync();
        var names = await OblastNamesAsync();
        using var national = await SignedInAsync(App, NationalMethodologist);

        var oblast = await national.GetHtmlAsync("/admin/hubs/activity?oblast=UA-09&from=2025-03&to=2025-03");
        //                     hub, status, filed, approved, events, participants, consultations
        Assert.Equal(["Працює", "1", "1", "2", "25", "21"], Row(oblast, "oblast-hubs", a.Hub.Name)[1..]);
        Assert.Equal(["Працює", "1", "0", "0", "0", "0"], Row(oblast, "oblast-hubs", b.Hub.Name)[1..]);
        Assert.Equal("11", Row(oblast, "oblast-participants", "Внутрішньо переміщені особи")[1]);
        Assert.Equal("25", Row(oblast, "oblast-participants", "Усього")[1]);
        Assert.Equal("6", Row(oblast, "oblast-consultations", "Інше")[1]);

        var table = await national.GetHtmlAsync("/admin/hubs/activity/national?from=2025-03&to=2025-03");
        //                                            filed, approved, events, ВПО, older, youth, disab., other, participants, consultations
        Assert.Equal(["2", "1", "2", "11", "2", "3", "4", "5", "25", "21"], Row(table, "national", names["UA-09"])[2..]);
        Assert.Equal(["1", "1", "1", "0", "7", "0", "0", "0", "7", "9"], Row(table, "national", names[Cherkasy])[2..]);
        Assert.Equal(["3", "2", "3", "11", "9", "3", "4", "5", "32", "30"], Row(table, "national", "Усього")[2..]);

        using var export = await national.GetAsync("/admin/hubs/activity/national.xlsx?from=2025-03&to=2025-03");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await export.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(HubActivityWorkbook.SheetName);
        var columns = sheet.Row(2).CellsUsed().ToDictionary(cell => cell.GetString(), cell => cell.Address.ColumnNumber);
        var rows = sheet.Column(1).CellsUsed().Where(cell => cell.Address.RowNumber > 2).ToDictionary(cell => cell.GetString(), cell => cell.Address.RowNumber);
        int Value(string row, string column) => sheet.Cell(rows[row], columns[column]).GetValue<int>();
        Assert.Equal(2, Value(names["UA-09"], "Звітів подано"));
        Assert.Equal(11, Value(names["UA-09"], "Учасники: Внутрішньо переміщені особи"));
        Assert.Equal(7, Value(names[Cherkasy], "Учасники: Люди старшого віку"));
        Assert.Equal(9, Value(names[Cherkasy], "Консультації: Дія — е-документи"));
        Assert.Equal(32, Value("Усього", "Учасників усього"));
        Assert.Equal(30, Value("Усього", "Консультацій усього"));
        Assert.Equal(3, Value("Усього", "Заходів"));
        Assert.True(sheet.Row(rows["Усього"]).Cell(1).Style.Font.Bold);
        Assert.Equal("#,##0", sheet.Cell(rows["Усього"], columns["Учасників усього"]).Style.NumberFormat.Format);

        // A regional methodologist sees their oblast only: another's dashboard is forbidden, the table lists theirs alone.
        using var regional = await SignedInAsync(App, CherkasyMethodologist);
        using (var foreign = await regional.GetAsync("/admin/hubs/activity?oblast=UA-09&from=2025-03&to=2025-03"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        }

        var own = await regional.GetHtmlAsync("/admin/hubs/activity/national?from=2025-03&to=2025-03");
        Assert.Equal("7", Row(own, "national", "Усього")[10]);
        Assert.DoesNotContain(names["UA-09"], own);
        using var backwards = await national.GetAsync("/admin/hubs/activity/national?from=2025-04&to=2025-03");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }
}
