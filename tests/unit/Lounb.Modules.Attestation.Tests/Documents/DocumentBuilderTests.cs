using System.Diagnostics;
using ClosedXML.Excel;
using Lounb.Modules.Attestation.Documents;
using Lounb.Modules.Attestation.Domain;
using PdfSharp.Pdf.IO;
using static Lounb.Modules.Attestation.Tests.Documents.DocumentSamples;

namespace Lounb.Modules.Attestation.Tests.Documents;

public sealed class DocumentBuilderTests
{
    private static readonly ConditionLine Course = new("Пройти курс «Закон про бібліотеки»", new DateOnly(2026, 9, 1), false);

    [Fact]
    public void Sheet_NamesThePersonCampaignTestDecisionVotesConditionsCategoryAndSignatures()
    {
        var sheet = new AttestationSheet(Heading, Candidate("Савченко Тетяна Іванівна", decisions: Decision(AttestationOutcome.FitWithConditions, 1, Course)), "Луганська область", Members);
        var writer = new RecordingWriter();

        AttestationSheetPdf.Write(sheet, writer);

        Assert.Equal("АТЕСТАЦІЙНИЙ ЛИСТ", writer.Lines[0]);
        Assert.Contains("Підстава: наказ № 45-ОД від 20.02.2026", writer.Lines);
        Assert.Contains("Прізвище, ім'я, по батькові: Савченко Тетяна Іванівна", writer.Lines);
        Assert.Contains("Громада, область: Сєвєродонецька громада, Луганська область", writer.Lines);
        Assert.Contains("Бібліотека: Сєвєродонецька міська публічна бібліотека", writer.Lines);
        Assert.Contains(writer.Lines, l => l.StartsWith("Результат: 82", StringComparison.Ordinal) && l.EndsWith("% (складено)", StringComparison.Ordinal));
        Assert.Contains("Рішення: «Відповідає займаній посаді за умови» (10.03.2026)", writer.Lines);
        Assert.Contains("Присутні члени комісії: 4 із 5", writer.Lines);
        Assert.Contains("Голосували: «відповідає» — 1, «відповідає за умови» — 3, «не відповідає» — 0", writer.Lines);
        Assert.Contains("Умови та строки: Пройти курс «Закон про бібліотеки» — до 01.09.2026", writer.Lines);
        Assert.Contains("Рекомендація: залишити кваліфікаційну категорію", writer.Lines);
        Assert.Contains("Голова комісії ____ Коваленко Ірина Петрівна", writer.Lines);
        Assert.Contains("Секретар комісії ____ Шевчук Олена Василівна", writer.Lines);
        Assert.Equal(Members.Count, writer.Lines.Count(l => l.Contains(" ____ ", StringComparison.Ordinal) && Members.Any(m => l.EndsWith(m.FullName, StringComparison.Ordinal))));
        Assert.Contains("З атестаційним листом ознайомлений(а):", writer.Lines);
        Assert.DoesNotContain(writer.Lines, l => l.StartsWith("Апеляція", StringComparison.Ordinal));
    }

    [Fact]
    public void Sheet_AfterAnAppeal_ShowsTheFirstDecisionTheAppealAndTheDecisionThatStands()
    {
        var sheet = new AttestationSheet(Heading,
            Candidate("Савченко Тетяна Іванівна", step: CandidateStep.Redecided, decisions: [Decision(AttestationOutcome.NotFit), Decision(AttestationOutcome.Fit, 2)]), "Луганська область", Members);
        var writer = new RecordingWriter();

        AttestationSheetPdf.Write(sheet, writer);

        var first = writer.Lines.IndexOf("Первинне рішення: «Не відповідає займаній посаді» (10.03.2026)");
        var appeal = writer.Lines.IndexOf("Апеляція: Прошу переглянути.");
        var standing = writer.Lines.IndexOf("Рішення за апеляцією: «Відповідає займаній посаді» (10.03.2026)");
        Assert.True(first >= 0 && appeal > first && standing > appeal, writer.Text);
    }

    [Fact]
    public void Sheet_WithoutDecisionOrTest_SaysSo()
    {
        var writer = new RecordingWriter();

        AttestationSheetPdf.Write(new AttestationSheet(Heading, Candidate("Бондаренко Марія", step: CandidateStep.Invited), "Луганська область", Members), writer);

        Assert.Contains("Результат: не складав(ла)", writer.Lines);
        Assert.Contains("Рішення: рішення ще не ухвалено", writer.Lines);
    }

    [Fact]
    public void SheetPdf_IsOneA4PortraitPageWithTheFontEmbedded()
    {
        var bytes = AttestationSheetPdf.Render(new AttestationSheet(Heading, Candidate("Савченко Тетяна Іванівна", decisions: Decision(AttestationOutcome.Fit)), "Луганська область", Members));

        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(1, pdf.PageCount);
        Assert.Equal((595, 842), ((int)Math.Round(pdf.Pages[0].Width.Point), (int)Math.Round(pdf.Pages[0].Height.Point)));
        Assert.Contains("Савченко Тетяна Іванівна", pdf.Info.Title, StringComparison.Ordinal);
        var raw = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.Contains("/FontFile2", raw, StringComparison.Ordinal); // the TrueType font travels inside the file
    }

    [Fact]
    public void ProtocolPdf_OfManyCandidates_FlowsOntoMorePages_AndReadsBackInUkrainian()
    {
        var bytes = CommissionProtocolPdf.Render(Protocol(60));

        using (var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import))
        {
            Assert.True(pdf.PageCount > 3, $"{pdf.PageCount} pages");
        }

        var text = PdfToText(bytes);
        Assert.Contains("ПРОТОКОЛ ЗАСІДАННЯ АТЕСТАЦІЙНОЇ КОМІСІЇ", text, StringComparison.Ordinal);
        Assert.Contains("Кандидат0060 Марія Іванівна", text, StringComparison.Ordinal);
        Assert.Contains("Їжакевич Євген Іванович", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Protocol_ListsPresentAndAbsentMembers_EveryCandidateWithVotesAndDecision()
    {
        var writer = new RecordingWriter();

        CommissionProtocolPdf.Write(Protocol(3), writer);

        var present = writer.Lines.IndexOf("Присутні члени комісії");
        Assert.Equal("Голова — Коваленко Ірина Петрівна", writer.Lines[present + 1]);
        Assert.Contains("Бойко Ярина Степанівна", writer.Lines[writer.Lines.IndexOf("Відсутні") + 1], StringComparison.Ordinal);
        Assert.Contains("Розглянуто кандидатів: 3", writer.Lines);
        Assert.Contains(writer.Lines, l => l.StartsWith("3. Кандидат0003 Марія Іванівна", StringComparison.Ordinal));
        Assert.Contains("Голосували: присутні 4 із 5; «відповідає» — 1, «відповідає за умови» — 3, «не відповідає» — 0", writer.Lines);
        Assert.Contains(writer.Lines, l => l.StartsWith("Ухвалили: «Відповідає займаній посаді за умови»; залишити кваліфікаційну категорію; умови: Пройти курс", StringComparison.Ordinal));
        Assert.Contains(writer.Lines, l => l.StartsWith("Рішення: рішення ще не ухвалено", StringComparison.Ordinal));
    }

    [Fact]
    public void ProtocolWorkbook_HasUkrainianHeadersFrozenRowDatesAsDatesAndEveryCandidate()
    {
        using var workbook = new XLWorkbook(new MemoryStream(CommissionProtocolWorkbook.Build(Protocol(30))));

        var sheet = workbook.Worksheet("Протокол");
        Assert.Equal(["№", "ПІБ", "Посада", "Бібліотека", "Громада"], sheet.Row(1).Cells(1, 5).Select(c => c.GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(34, sheet.Column(2).Width);
        Assert.Equal(30, sheet.Column(2).CellsUsed().Skip(1).Select(c => c.GetString()).Distinct().Count());
        var decided = sheet.RowsUsed().Skip(1).First(r => !r.Cell(9).IsEmpty());
        Assert.Equal(XLDataType.DateTime, decided.Cell(9).DataType);
        Assert.Equal(new DateTime(2026, 3, 10), decided.Cell(9).GetDateTime());
        Assert.Equal("dd.MM.yyyy", decided.Cell(9).Style.DateFormat.Format);
        Assert.Equal(XLDataType.Number, decided.Cell(12).DataType);
        var members = workbook.Worksheet("Комісія");
        Assert.Equal(["Коваленко Ірина Петрівна", "Голова", "присутній(я)"], members.Row(2).Cells(1, 3).Select(c => c.GetString()));
        Assert.Equal("відсутній(я)", members.Row(6).Cell(3).GetString());
    }

    [Fact]
    public void SummaryWorkbook_CountsPerStepAndOutcome_ByLibraryAndByHromada_WithTotals()
    {
        var candidates = new[]
        {
            Candidate("А", "Бібліотека 1", "Громада А", CandidateStep.Final, Decision(AttestationOutcome.Fit)),
            Candidate("Б", "Бібліотека 1", "Громада А", CandidateStep.Final, Decision(AttestationOutcome.NotFit)),
            Candidate("В", "Бібліотека 2", "Громада А", CandidateStep.Redecided, Decision(AttestationOutcome.NotFit), Decision(AttestationOutcome.Fit, 2)),
            Candidate("Г", "Бібліотека 3", "Громада Б", CandidateStep.Invited),
        };

        using var workbook = new XLWorkbook(new MemoryStream(CampaignSummaryWorkbook.Build(candidates)));

        var libraries = workbook.Worksheet("За бібліотеками");
        int Column(IXLWorksheet sheet, string title) => sheet.Row(1).CellsUsed().Single(c => c.GetString() == title).Address.ColumnNumber;
        Assert.Equal(1, libraries.SheetView.SplitRow);
        var first = libraries.Row(2);
        Assert.Equal(("Громада А", "Бібліотека 1", 2), (first.Cell(1).GetString(), first.Cell(2).GetString(), first.Cell(3).GetValue<int>()));
        Assert.Equal(2, first.Cell(Column(libraries, "Остаточно")).GetValue<int>());
        Assert.Equal(1, first.Cell(Column(libraries, "«Відповідає займаній посаді»")).GetValue<int>());
        Assert.Equal(1, first.Cell(Column(libraries, "«Не відповідає займаній посаді»")).GetValue<int>());
        var total = libraries.Row(5);
        Assert.Equal("Усього", total.Cell(1).GetString());
        Assert.Equal(4, total.Cell(3).GetValue<int>());
        Assert.Equal(2, total.Cell(Column(libraries, "«Відповідає займаній посаді»")).GetValue<int>()); // the decision after the appeal stands
        Assert.Equal(1, total.Cell(Column(libraries, "Без рішення")).GetValue<int>());

        var hromadas = workbook.Worksheet("За громадами");
        Assert.Equal(("Громада А", 3), (hromadas.Cell(2, 1).GetString(), hromadas.Cell(2, 2).GetValue<int>()));
        Assert.Equal(("Громада Б", 1), (hromadas.Cell(3, 1).GetString(), hromadas.Cell(3, 2).GetValue<int>()));
        Assert.Equal(1, hromadas.Cell(3, Column(hromadas, "Запрошено")).GetValue<int>());
    }

    /// <summary>The one check that needs poppler: the embedded font maps back to Ukrainian text.</summary>
    private static string PdfToText(byte[] bytes)
    {
        var file = Path.Combine(Path.GetTempPath(), $"lounb-attestation-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, bytes);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true, StandardOutputEncoding = System.Text.Encoding.UTF8 })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
