using Lounb.Modules.Attestation.Domain;

namespace Lounb.Modules.Attestation.Documents;

/// <summary>A generated document: its bytes, media type and the file name offered to the browser.</summary>
internal sealed record DocumentFile(byte[] Content, string ContentType, string FileName)
{
    public const string Pdf = "application/pdf";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <summary>The campaign as every document heads it: name, legal basis (the order) and oblast.</summary>
internal sealed record CampaignHeading(string Name, string OrderNumber, DateOnly OrderDate, string OblastName, string Quorum)
{
    public string LegalBasis => $"наказ № {OrderNumber} від {OrderDate:dd.MM.yyyy}";

    /// <summary>The head of a document: its title, the campaign and the order it is held under.</summary>
    public void Head(IDocumentWriter flow, string title)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flow.Title(title);
        flow.Paragraph(Name);
        flow.Field("Підстава", LegalBasis);
    }
}

/// <summary>A commission member as the documents list them; <see cref="Present"/>: voted on at least one candidate.</summary>
internal sealed record MemberLine(string FullName, CommissionRole Role, bool Present);

/// <summary>A condition of a «за умови» decision.</summary>
internal sealed record ConditionLine(string Text, DateOnly DueOn, bool Met);

/// <summary>One round of the commission's decision on a candidate, with the votes per outcome.</summary>
internal sealed record DecisionLine(
    int Round, AttestationOutcome Outcome, DateTime DecidedAtLocal, int Present, int Composition,
    int VotesFit, int VotesFitWithConditions, int VotesNotFit, bool TieDecidedByChair, CategoryRecommendation Category,
    IReadOnlyList<ConditionLine> Conditions)
{
    public string Votes =>
        $"«відповідає» — {VotesFit}, «відповідає за умови» — {VotesFitWithConditions}, «не відповідає» — {VotesNotFit}";
}

/// <summary>A candidate as the sheet, the protocol and the summary see them.</summary>
internal sealed record CandidateLine(
    Guid Id, string FullName, string Position, string LibraryName, string HromadaName, CandidateStep Step,
    decimal? TestPercent, bool? TestPassed, string? InterviewNotes, string? AppealText, IReadOnlyList<DecisionLine> Decisions)
{
    /// <summary>The decision that stands: the last round.</summary>
    public DecisionLine? Standing => Decisions.Count == 0 ? null : Decisions[^1];

    /// <summary>The first decision, when an appeal led to a second one.</summary>
    public DecisionLine? Appealed => Decisions.Count > 1 ? Decisions[0] : null;
}

/// <summary>Атестаційний лист: one candidate, their campaign and its commission.</summary>
internal sealed record AttestationSheet(CampaignHeading Campaign, CandidateLine Candidate, string OblastName, IReadOnlyList<MemberLine> Members);

/// <summary>Протокол засідання: the commission, who was present, and every candidate with the votes and decisions.</summary>
internal sealed record CommissionProtocol(CampaignHeading Campaign, IReadOnlyList<MemberLine> Members, IReadOnlyList<CandidateLine> Candidates, DateOnly? MeetingDate);
