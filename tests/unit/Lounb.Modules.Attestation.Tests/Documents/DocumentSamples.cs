using Lounb.Modules.Attestation.Documents;
using Lounb.Modules.Attestation.Domain;

namespace Lounb.Modules.Attestation.Tests.Documents;

/// <summary>A campaign of Luhansk with a commission of five and candidates at different steps, as the documents get them.</summary>
internal static class DocumentSamples
{
    public static CampaignHeading Heading { get; } = new("Атестація бібліотечних працівників деокупованих громад Луганщини", "45-ОД", new DateOnly(2026, 2, 20), "Луганська область", "2/3");

    public static IReadOnlyList<MemberLine> Members { get; } =
    [
        new("Коваленко Ірина Петрівна", CommissionRole.Chair, true),
        new("Ґудзь Богдан Олегович", CommissionRole.Deputy, true),
        new("Шевчук Олена Василівна", CommissionRole.Secretary, true),
        new("Їжакевич Євген Іванович", CommissionRole.Member, true),
        new("Бойко Ярина Степанівна", CommissionRole.Member, false),
    ];

    public static DecisionLine Decision(AttestationOutcome outcome, int round = 1, params ConditionLine[] conditions) => new(
        round, outcome, new DateTime(2026, 3, 10, 11, 30, 0), 4, 5,
        outcome == AttestationOutcome.Fit ? 3 : 1, outcome == AttestationOutcome.FitWithConditions ? 3 : 0, outcome == AttestationOutcome.NotFit ? 3 : 0,
        false, CategoryRecommendation.Keep, conditions);

    public static CandidateLine Candidate(string name, string library = "Сєвєродонецька міська публічна бібліотека", string hromada = "Сєвєродонецька громада",
        CandidateStep step = CandidateStep.Decided, params DecisionLine[] decisions) =>
        new(Guid.NewGuid(), name, "бібліотекар", library, hromada, step, decisions.Length == 0 ? null : 82.5m, decisions.Length == 0 ? null : true,
            "Знає Закон «Про бібліотеки і бібліотечну справу».", decisions.Length > 1 ? "Прошу переглянути." : null, decisions);

    public static CommissionProtocol Protocol(int candidates) => new(Heading, Members,
        [.. Enumerable.Range(1, candidates).Select(i => Candidate($"Кандидат{i:0000} Марія Іванівна", $"Бібліотека №{i % 40}", $"Громада №{i % 12}",
            (CandidateStep)(i % 8), i % 3 == 0 ? [] : [Decision((AttestationOutcome)(i % 3), 1, i % 3 == 1 ? [new ConditionLine("Пройти курс «Закон про бібліотеки»", new DateOnly(2026, 9, 1), false)] : [])]))],
        new DateOnly(2026, 3, 10));
}

/// <summary>Records what a document builder writes, as lines of text.</summary>
internal sealed class RecordingWriter : IDocumentWriter
{
    public List<string> Lines { get; } = [];

    public string Text => string.Join('\n', Lines);

    public void Title(string text) => Lines.Add(text);

    public void Heading(string text) => Lines.Add(text);

    public void Paragraph(string text) => Lines.Add(text);

    public void Field(string label, string value) => Lines.Add($"{label}: {value}");

    public void Signature(string who, string name) => Lines.Add($"{who} ____ {name}");

    public void Space(double points)
    {
    }
}
