namespace Lounb.Modules.Webinars.Areas.Webinars.ViewModels;

/// <summary>What the live panel (chat, questions, polls, hands, presence) of an event's room needs to render.</summary>
internal sealed record LivePanelModel(Guid EventId, string EventTitle, Guid UserId, string DisplayName, bool CanModerate);
