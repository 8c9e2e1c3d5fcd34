using Lounb.Modules.Core.Events;

namespace Lounb.Modules.Core.People;

/// <summary>
/// A person confirmed the e-mail address of their account (published by the host through the outbox). Modules that
/// keep people by e-mail before they have an account (attestation candidates) link them on it.
/// </summary>
public sealed record AccountConfirmed(Guid UserId, DateTime ConfirmedAt) : IIntegrationEvent;
