using System.Net;
using ClosedXML.Excel;
using Lounb.Modules.Attestation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Tests;

/// <summary>The campaign's documents through HTTP: who may download which, and what they say.</summary>
public abstract partial class AttestationTests
{
    /// <summary>The librarian decided «за умови» (4 of 5; one «не відповідає»), with a condition; not yet told.</summary>
    private async Task<(Candidate Librarian, BrowserSession Secretary)> DecidedAsync(Setup setup)
    {
        var (candidate, secretary) = await InterviewedAsync(setup);
        var page = $"{setup.Url}/candidates/{candidate.Id}";
        var votes = setup.Commission.Select((m, i) => (m, i == 4 ? "NotFit" : "FitWithConditions"));
        using var decided = await secretary.SubmitAsync(page, $"{page}/decision", Sheet(votes, new("Category", "Keep"),
            new("Conditions[0].Text", "Пройти курс «Закон про бібліотеки»"), new("Conditions[0].DueOn", "2030-09-01")));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        return (candidate, secretary);
    }

    private static async Task<byte[]> DownloadAsync(BrowserSession session, string url, string contentType)
    {
        using var response = await session.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task AssertNotFoundAsync(BrowserSession session, params string[] urls)
    {
        foreach (var url in urls)
        {
            using var response = await session.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}, expected 404");
        }
    }

    [Fact]
    public async Task Documents_SheetNamesTheCandidateDecisionVotesAndSignatures_ProtocolListsEveryone_SummaryCounts()
    {
        using var setup = await CampaignAsync();
        var (candidate, secretary) = await DecidedAsync(setup);
        using var _ = secretary;
        var sheetUrl = $"{setup.Url}/candidates/{candidate.Id}/sheet.pdf";

        var candidatePage = await setup.Methodologist.GetHtmlAsync($"{setup.Url}/candidates/{candidate.Id}");
        Assert.Contains($"href=\"{sheetUrl}\"", candidatePage, StringComparison.Ordinal);
        var campaignPage = await setup.Methodologist.GetHtmlAsync(setup.Url);
        Assert.Contains($"href=\"{setup.Url}/protocol.xlsx\"", campaignPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"{setup.Url}/summary.xlsx\"", campaignPage, StringComparison.Ordinal);

        var sheet = Pdfs.Words(await DownloadAsync(setup.Methodologist, sheetUrl, "application/pdf"));
        Assert.Contains("АТЕСТАЦІЙНИЙ ЛИСТ", sheet, StringComparison.Ordinal);
        Assert.Contains("Савченко Тетяна Іванівна", sheet, StringComparison.Ordinal);
        Assert.Contains("бібліотекар", sheet, StringComparison.Ordinal);
        Assert.Contains(Library, sheet, StringComparison.Ordinal);
        Assert.Contains("наказ № 45-ОД від 20.02.2026", sheet, StringComparison.Ordinal);
        Assert.Contains("82.5 %", sheet.Replace(',', '.'), StringComparison.Ordinal);
        Assert.Contains("«Відповідає займаній посаді за умови»", sheet, StringComparison.Ordinal);
        Assert.Contains("«відповідає» — 0, «відповідає за умови» — 4, «не відповідає» — 1", sheet, StringComparison.Ordinal);
        Assert.Contains("5 із 5", sheet, StringComparison.Ordinal);
        Assert.Contains("Пройти курс «Закон про бібліотеки» — до 01.09.2030", sheet, StringComparison.Ordinal);
        Assert.Contains("залишити кваліфікаційну категорію", sheet, StringComparison.Ordinal);
        Assert.Contains("Голова комісії", sheet, StringComparison.Ordinal);
        Assert.Contains("Секретар комісії", sheet, StringComparison.Ordinal);
        Assert.Contains("З атестаційним листом ознайомлений(а)", sheet, StringComparison.Ordinal);

        // A plain member of the commission downloads the protocol: both candidates, the votes, dates as dates.
        using var member = new BrowserSession(App);
        await member.SignInAsync(setup.CommissionEmails[4]);
        using (var workbook = new XLWorkbook(new MemoryStream(await DownloadAsync(member, $"{setup.Url}/protocol.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))))
        {
            var protocol = workbook.Worksheet("Протокол");
            Assert.Equal("ПІБ", protocol.Cell(1, 2).GetString());
            Assert.Equal(1, protocol.SheetView.SplitRow);
            var names = protocol.Column(2).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
            Assert.Equal(["Бондаренко Марія", "Савченко Тетяна Іванівна"], names);
            var decided = protocol.RowsUsed().Single(r => r.Cell(2).GetString() == "Савченко Тетяна Іванівна");
            Assert.Equal((4, 1), (decided.Cell(13).GetValue<int>(), decided.Cell(14).GetValue<int>()));
            Assert.Equal(XLDataType.DateTime, decided.Cell(9).DataType);
            Assert.Equal("Відповідає займаній посаді за умови", decided.Cell(15).GetString());
            Assert.Equal(5, workbook.Worksheet("Комісія").RowsUsed().Count() - 1);
        }

        var protocolPdf = Pdfs.Words(await DownloadAsync(member, $"{setup.Url}/protocol.pdf", "application/pdf"));
        Assert.Contains("ПРОТОКОЛ ЗАСІДАННЯ АТЕСТАЦІЙНОЇ КОМІСІЇ", protocolPdf, StringComparison.Ordinal);
        Assert.Contains("Бондаренко Марія", protocolPdf, StringComparison.Ordinal);
        Assert.Contains("Савченко Тетяна Іванівна", protocolPdf, StringComparison.Ordinal);

        using (var summary = new XLWorkbook(new MemoryStream(await DownloadAsync(setup.Methodologist, $"{setup.Url}/summary.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))))
        {
            var libraries = summary.Worksheet("За бібліотеками");
            var total = libraries.RowsUsed().Last();
            Assert.Equal("Усього", total.Cell(1).GetString());
            Assert.Equal(2, total.Cell(3).GetValue<int>());
            var row = libraries.RowsUsed().Single(r => r.Cell(2).GetString() == Library);
            Assert.False(string.IsNullOrEmpty(row.Cell(1).GetString()), "the library's hromada is named");
            Assert.Equal(1, row.Cell(3).GetValue<int>());
            var outcome = libraries.Row(1).CellsUsed().Single(c => c.GetString() == "«Відповідає займаній посаді за умови»").Address.ColumnNumber;
            Assert.Equal(1, total.Cell(outcome).GetValue<int>());
            Assert.Equal(2, summary.Worksheet("За громадами").RowsUsed().Last().Cell(2).GetValue<int>());
        }
    }

    [Fact]
    public async Task Documents_CandidateGetsOnlyTheirOwnSheetOnceTold_OthersGet404()
    {
        using var setup = await CampaignAsync();
        var (candidate, secretary) = await DecidedAsync(setup);
        using var _ = secretary;
        var other = await App.WithDbAsync(db => db.Set<Candidate>().Where(c => c.CampaignId == setup.CampaignId && c.Surname == "Бондаренко").Select(c => c.Id).SingleAsync());
        var campaignDocuments = new[]
        {
            $"{setup.Url}/candidates/{candidate.Id}/sheet.pdf", $"{setup.Url}/candidates/{other}/sheet.pdf",
            $"{setup.Url}/protocol.pdf", $"{setup.Url}/protocol.xlsx", $"{setup.Url}/summary.xlsx",
        };
        var mySheet = $"/my/attestation/{candidate.Id}/sheet.pdf";

        using var librarian = new BrowserSession(App);
        await librarian.SignInAsync(Librarian);
        await AssertNotFoundAsync(librarian, mySheet); // not told of the decision yet
        Assert.DoesNotContain(mySheet, await librarian.GetHtmlAsync("/my/attestation"), StringComparison.Ordinal);

        var page = $"{setup.Url}/candidates/{candidate.Id}";
        using (var notified = await secretary.SubmitAsync(page, $"{page}/notify", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, notified.StatusCode);
        }

        Assert.Equal(CandidateStep.Notified, (await CandidateAsync(setup.CampaignId, Librarian)).Step);
        Assert.Contains($"href=\"{mySheet}\"", await librarian.GetHtmlAsync("/my/attestation"), StringComparison.Ordinal);
        var own = Pdfs.Words(await DownloadAsync(librarian, mySheet, "application/pdf"));
        Assert.Contains("Савченко Тетяна Іванівна", own, StringComparison.Ordinal);
        Assert.Contains("«Відповідає займаній посаді за умови»", own, StringComparison.Ordinal);
        await AssertNotFoundAsync(librarian, [.. campaignDocuments, $"/my/attestation/{other}/sheet.pdf"]);

        using var cherkasy = new BrowserSession(App);
        await cherkasy.SignInAsync("metodyst.cherkasy@lounb.demo");
        await AssertNotFoundAsync(cherkasy, [.. campaignDocuments, mySheet]);
        using var stranger = new BrowserSession(App);
        await stranger.SignInAsync("slukhach@lounb.demo");
        await AssertNotFoundAsync(stranger, [.. campaignDocuments, mySheet]);
        await AssertNotFoundAsync(setup.Methodologist, mySheet, $"/attestation/campaigns/{Guid.NewGuid()}/protocol.xlsx", $"{setup.Url}/candidates/{Guid.NewGuid()}/sheet.pdf");
    }
}
