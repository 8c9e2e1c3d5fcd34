namespace Lounb.Modules.Webinars.Application;

/// <summary>
/// Reacts after an event's time or details change or it is cancelled, and after registrations change: reminders are
/// re-planned, registrants told. Implemented by the reminders; kept as a seam so scheduling does not know how people are told.
/// </summary>
internal interface IWebinarChangeListener
{
    Task EventChangedAsync(Guid eventId, bool rescheduled, CancellationToken ct);

    Task EventCancelledAsync(Guid eventId, CancellationToken ct);

    Task RegistrationConfirmedAsync(Guid eventId, Guid userId, CancellationToken ct);

    Task RegistrationEndedAsync(Guid eventId, Guid userId, CancellationToken ct);
}
