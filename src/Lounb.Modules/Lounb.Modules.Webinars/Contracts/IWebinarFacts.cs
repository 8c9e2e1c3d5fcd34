namespace Lounb.Modules.Webinars.Contracts;

/// <summary>A person's attendance of a live session as reports see it (the trainer's correction applied).</summary>
public sealed class AttendanceFact
{
    public Guid EventId { get; init; }

    public Guid UserId { get; init; }

    /// <summary>The course run the session belongs to (an online class), if any.</summary>
    public Guid? CourseRunId { get; init; }

    public string? EventOblastCode { get; init; }

    /// <summary>When the session started (UTC).</summary>
    public DateTime StartsAt { get; init; }

    public bool Attended { get; init; }

    public int Minutes { get; init; }
}

/// <summary>
/// Read-only facts of Webinars for another module (Reports): queryable attendances (the trainer's correction applied)
/// for counts and progress reports, and every registration and reported attendance streamed as the events that
/// announced them (what a read model is rebuilt from).
/// </summary>
public interface IWebinarFacts
{
    /// <summary>Every attendance record (attended or not), untracked.</summary>
    IQueryable<AttendanceFact> Attendances { get; }

    IAsyncEnumerable<WebinarRegistered> RegistrationsAsync(CancellationToken ct);

    /// <summary>The attendances once reported (<see cref="WebinarAttended"/> was raised for them), as announced.</summary>
    IAsyncEnumerable<AttendedSession> AttendancesAsync(CancellationToken ct);
}
