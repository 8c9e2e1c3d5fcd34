using Lounb.Modules.Core.Events;

namespace Lounb.Modules.Webinars.Contracts;

/// <summary>
/// A person attended a live session (by the configured share of its duration, or by a trainer's decision); raised once
/// per person and session. Courses completes the lessons that point at the session; Certificates may issue one.
/// </summary>
/// <param name="SeriesId">The series the session belongs to, if any (a certificate may cover a series).</param>
/// <param name="DurationMinutes">The scheduled length of the session (what a certificate's hours are counted from).</param>
/// <param name="PartOfCourse">True for an online class of a course run: the course's own certificate covers it.</param>
/// <param name="SelfReported">True when only browser-reported signals (Jitsi, an external link) or a check-in back it.</param>
public sealed record WebinarAttended(
    Guid EventId, Guid UserId, Guid? SeriesId, string Title, string? OblastCode, int Minutes, int DurationMinutes, bool PartOfCourse, DateTime AttendedAt, bool SelfReported) : IIntegrationEvent;
