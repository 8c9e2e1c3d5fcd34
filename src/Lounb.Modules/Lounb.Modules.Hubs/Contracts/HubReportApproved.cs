using Lounb.Modules.Core.Events;

namespace Lounb.Modules.Hubs.Contracts;

/// <summary>
/// A mentor approved a hub's monthly activity report. A correction approved later is raised again with the same
/// <see cref="ReportId"/> and the corrected figures: subscribers replace what they kept for that report.
/// </summary>
public sealed record HubReportApproved(
    Guid ReportId,
    Guid HubId,
    Guid LibraryId,
    string OblastCode,
    Guid CoordinatorId,
    int Year,
    int Month,
    int EventsHeld,
    int ParticipantsDisplaced,
    int ParticipantsOlder,
    int ParticipantsYouth,
    int ParticipantsWithDisabilities,
    int ParticipantsOther,
    int Consultations,
    DateTime ApprovedAt) : IIntegrationEvent
{
    public int Participants => ParticipantsDisplaced + ParticipantsOlder + ParticipantsYouth + ParticipantsWithDisabilities + ParticipantsOther;
}
