using Lounb.Modules.Core.Events;

namespace Lounb.Modules.Webinars.Contracts;

/// <summary>A person registered for a live session (confirmed, pending approval or waiting); raised once per registration.</summary>
public sealed record WebinarRegistered(Guid RegistrationId, Guid EventId, Guid UserId, DateTime RegisteredAt) : IIntegrationEvent;

/// <summary>An attendance as kept: the session, the person and when it was reported (<see cref="WebinarAttended"/>).</summary>
public sealed record AttendedSession(Guid EventId, Guid UserId, DateTime AttendedAt);
