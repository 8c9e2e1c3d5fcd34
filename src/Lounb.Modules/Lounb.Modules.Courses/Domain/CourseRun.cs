namespace Lounb.Modules.Courses.Domain;

/// <summary>
/// One run of a course for a cohort ("Code Club Луганщина — осінній семестр"): dates, capacity, trainers and how people enrol.
/// Seats are counted on the run itself and the count is a concurrency token, so the last free seat cannot be taken twice.
/// </summary>
internal sealed class CourseRun
{
    public CourseRun(Guid courseId, string title, DateOnly startsOn, DateOnly endsOn)
    {
        Id = Guid.CreateVersion7();
        CourseId = courseId;
        Title = title;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public string Title { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>Seats; null for unlimited.</summary>
    public int? Capacity { get; set; }

    public EnrolmentMode Mode { get; set; }

    public string? InviteCode { get; set; }

    public RunState State { get; set; }

    /// <summary>Active and completed enrolments holding a seat.</summary>
    public int SeatsTaken { get; private set; }

    /// <summary>Raised with every seat change; EF Core refuses a save made from a stale read.</summary>
    public int Version { get; private set; }

    public List<RunTrainer> Trainers { get; } = [];

    public bool HasFreeSeat => Capacity is null || SeatsTaken < Capacity;

    public bool IsOpenOn(DateOnly today) => State == RunState.Published && today <= EndsOn;

    public void TakeSeat()
    {
        SeatsTaken++;
        Version++;
    }

    public void FreeSeat()
    {
        SeatsTaken = Math.Max(0, SeatsTaken - 1);
        Version++;
    }
}

internal sealed class RunTrainer
{
    public Guid RunId { get; set; }

    public Guid UserId { get; set; }
}
