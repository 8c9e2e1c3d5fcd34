using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Application;

/// <summary>What the scheduling form sends: Kyiv wall-clock date and time, people by e-mail (guest speakers by name).</summary>
internal sealed record EventInput
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public EventKind Kind { get; init; }

    public DateOnly? Date { get; init; }

    public TimeOnly? Time { get; init; }

    public int DurationMinutes { get; init; } = 90;

    /// <summary>Owner oblast code; empty for a national event.</summary>
    public string? OblastCode { get; init; }

    public string? Location { get; init; }

    public Guid? CourseRunId { get; init; }

    public RegistrationMode RegistrationMode { get; init; }

    public int? Capacity { get; init; }

    public RoomKind RoomKind { get; init; }

    public string? ExternalUrl { get; init; }

    /// <summary>One per line: a platform user's e-mail, or a guest speaker's name.</summary>
    public string? Speakers { get; init; }

    /// <summary>One e-mail per line.</summary>
    public string? Moderators { get; init; }

    public string? Materials { get; init; }

    public string? RecordingUrl { get; init; }
}
