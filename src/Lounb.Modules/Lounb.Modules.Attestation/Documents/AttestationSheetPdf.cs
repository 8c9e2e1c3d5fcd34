using Lounb.Modules.Attestation.Domain;

namespace Lounb.Modules.Attestation.Documents;

/// <summary>Атестаційний лист: one candidate's data, test, the commission's decision with its votes, and the signature lines.</summary>
internal static class AttestationSheetPdf
{
    public static byte[] Render(AttestationSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return PdfFlow.Render($"Атестаційний лист: {sheet.Candidate.FullName}", sheet.Campaign.Name, flow => Write(sheet, flow));
    }

    /// <summary>The sheet's content, in reading order.</summary>
    public static void Write(AttestationSheet sheet, IDocumentWriter flow)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(flow);
        var candidate = sheet.Candidate;
        sheet.Campaign.Head(flow, "АТЕСТАЦІЙНИЙ ЛИСТ");
        flow.Space(6);

        flow.Heading("1. Відомості про працівника");
        flow.Field("Прізвище, ім'я, по батькові", candidate.FullName);
        flow.Field("Посада", candidate.Position);
        flow.Field("Бібліотека", candidate.LibraryName);
        flow.Field("Громада, область", $"{candidate.HromadaName}, {sheet.OblastName}");

        flow.Heading("2. Результат тестування");
        flow.Field("Результат", DocumentText.Test(candidate.TestPercent, candidate.TestPassed));
        if (!string.IsNullOrWhiteSpace(candidate.InterviewNotes))
        {
            flow.Field("Співбесіда", candidate.InterviewNotes);
        }

        flow.Heading("3. Рішення атестаційної комісії");
        if (candidate.Appealed is { } first)
        {
            Decision(flow, first, "Первинне рішення");
            flow.Field("Апеляція", string.IsNullOrWhiteSpace(candidate.AppealText) ? "подано" : candidate.AppealText);
        }

        if (candidate.Standing is { } standing)
        {
            Decision(flow, standing, candidate.Appealed is null ? "Рішення" : "Рішення за апеляцією");
        }
        else
        {
            flow.Field("Рішення", DocumentText.Outcome(null));
        }

        flow.Heading("4. Підписи");
        foreach (var member in sheet.Members.OrderBy(m => m.Role))
        {
            flow.Signature(DocumentText.Signer(member.Role), member.FullName);
        }

        flow.Space(10);
        flow.Paragraph("З атестаційним листом ознайомлений(а):");
        flow.Signature("Підпис працівника", candidate.FullName);
        flow.Signature("Дата", "«____» ______________ 20___ р.");
    }

    private static void Decision(IDocumentWriter flow, DecisionLine decision, string label)
    {
        flow.Field(label, $"«{DecisionText.Of(decision.Outcome)}» ({decision.DecidedAtLocal:dd.MM.yyyy})");
        flow.Field("Присутні члени комісії", $"{decision.Present} із {decision.Composition}");
        flow.Field("Голосували", decision.Votes + (decision.TieDecidedByChair ? "; за рівного розподілу вирішив голос головуючого" : ""));
        if (decision.Conditions.Count > 0)
        {
            flow.Field("Умови та строки", DocumentText.Conditions(decision.Conditions));
        }

        flow.Field("Рекомендація", DecisionText.Of(decision.Category));
    }
}
