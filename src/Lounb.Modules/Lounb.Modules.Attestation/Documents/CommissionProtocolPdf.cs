using Lounb.Modules.Attestation.Domain;

namespace Lounb.Modules.Attestation.Documents;

/// <summary>Протокол засідання атестаційної комісії as a PDF: members present, then each candidate with the test, votes and decision.</summary>
internal static class CommissionProtocolPdf
{
    public static byte[] Render(CommissionProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return PdfFlow.Render($"Протокол засідання атестаційної комісії: {protocol.Campaign.Name}", protocol.Campaign.Name, flow => Write(protocol, flow));
    }

    /// <summary>The protocol's content, in reading order.</summary>
    public static void Write(CommissionProtocol protocol, IDocumentWriter flow)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(flow);
        protocol.Campaign.Head(flow, "ПРОТОКОЛ ЗАСІДАННЯ АТЕСТАЦІЙНОЇ КОМІСІЇ");
        flow.Field("Область", protocol.Campaign.OblastName);
        if (protocol.MeetingDate is { } date)
        {
            flow.Field("Дата засідання", date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }

        flow.Field("Кворум", $"щонайменше {protocol.Campaign.Quorum} складу комісії");

        flow.Heading("Присутні члени комісії");
        foreach (var member in protocol.Members.Where(m => m.Present).OrderBy(m => m.Role))
        {
            flow.Paragraph($"{CampaignText.Of(member.Role)} — {member.FullName}");
        }

        var absent = protocol.Members.Where(m => !m.Present).ToList();
        if (absent.Count > 0)
        {
            flow.Heading("Відсутні");
            flow.Paragraph(string.Join(", ", absent.Select(m => m.FullName)));
        }

        flow.Heading($"Розглянуто кандидатів: {protocol.Candidates.Count}");
        var number = 0;
        foreach (var candidate in protocol.Candidates)
        {
            number++;
            flow.Space(4);
            flow.Paragraph($"{number}. {candidate.FullName} — {candidate.Position}, {candidate.LibraryName}");
            flow.Field("Тест", DocumentText.Test(candidate.TestPercent, candidate.TestPassed));
            foreach (var decision in candidate.Decisions)
            {
                var round = decision.Round > 1 ? " (за апеляцією)" : "";
                flow.Field("Голосували" + round, $"присутні {decision.Present} із {decision.Composition}; {decision.Votes}");
                flow.Field("Ухвалили" + round, $"«{DecisionText.Of(decision.Outcome)}»; {DecisionText.Of(decision.Category)}" +
                    (decision.Conditions.Count > 0 ? $"; умови: {DocumentText.Conditions(decision.Conditions)}" : ""));
            }

            if (candidate.Decisions.Count == 0)
            {
                flow.Field("Рішення", $"{DocumentText.Outcome(null)} ({StepText.Of(candidate.Step).ToLowerInvariant()})");
            }
        }

        flow.Heading("Підписи");
        foreach (var member in protocol.Members.Where(m => m.Role is CommissionRole.Chair or CommissionRole.Secretary).OrderBy(m => m.Role))
        {
            flow.Signature(DocumentText.Signer(member.Role), member.FullName);
        }
    }
}
