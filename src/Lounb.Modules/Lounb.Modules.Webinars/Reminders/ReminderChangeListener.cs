using Lounb.Modules.Webinars.Application;

namespace Lounb.Modules.Webinars.Reminders;

/// <summary>Scheduling's and registration's changes, as the reminder jobs follow them.</summary>
internal sealed class ReminderChangeListener(ReminderPlanner planner) : IWebinarChangeListener
{
    public Task RegistrationConfirmedAsync(Guid eventId, Guid userId, CancellationToken ct) => planner.PlanForRegistrationAsync(eventId, userId, ct);

    public Task RegistrationEndedAsync(Guid eventId, Guid userId, CancellationToken ct) => planner.CancelForRegistrationAsync(eventId, userId, ct);

    public Task EventChangedAsync(Guid eventId, bool rescheduled, CancellationToken ct) =>
        rescheduled ? planner.ReplanEventAsync(eventId, ct) : Task.CompletedTask;

    public Task EventCancelledAsync(Guid eventId, CancellationToken ct) => planner.ReplanEventAsync(eventId, ct);
}

/// <summary>
/// Tells every listener in turn: the reminders first (rows in the database: they must not be lost because a letter
/// could not be sent right now), then the registrants' immediate letters.
/// </summary>
internal sealed class WebinarChangeListeners(params IWebinarChangeListener[] listeners) : IWebinarChangeListener
{
    public async Task RegistrationConfirmedAsync(Guid eventId, Guid userId, CancellationToken ct)
    {
        foreach (var listener in listeners)
        {
            await listener.RegistrationConfirmedAsync(eventId, userId, ct);
        }
    }

    public async Task RegistrationEndedAsync(Guid eventId, Guid userId, CancellationToken ct)
    {
        foreach (var listener in listeners)
        {
            await listener.RegistrationEndedAsync(eventId, userId, ct);
        }
    }

    public async Task EventChangedAsync(Guid eventId, bool rescheduled, CancellationToken ct)
    {
        foreach (var listener in listeners)
        {
            await listener.EventChangedAsync(eventId, rescheduled, ct);
        }
    }

    public async Task EventCancelledAsync(Guid eventId, CancellationToken ct)
    {
        foreach (var listener in listeners)
        {
            await listener.EventCancelledAsync(eventId, ct);
        }
    }
}
