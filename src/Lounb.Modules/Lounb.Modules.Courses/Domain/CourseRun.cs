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

    /// <summary>Seats still free; <see cref="int.MaxValue"/> for an unlimited run.</summary>
    public int FreeSeats => Capacity is { } capacity ? Math.Max(0, capacity - SeatsTaken) : int.MaxValue;

    public bool IsOpenOn(DateOnly today) => State == RunState.Published && today <= EndsOn;

    /// <summary>Where a request that passed <see cref="EnrolmentRules"/> lands: approval first when the run asks for it, otherwise <see cref="SeatOrWaitingList"/>.</summary>
    public EnrollmentStatus Admit() => Mode == EnrolmentMode.Approval ? EnrollmentStatus.PendingApproval : SeatOrWaitingList();

    /// <summary>A seat while one is free (taken now), otherwise the waiting list.</summary>
    public EnrollmentStatus SeatOrWaitingList()
    {
        if (!HasFreeSeat)
        {
            return EnrollmentStatus.Waitlisted;
        }

        TakeSeat();
        return EnrollmentStatus.Active;
    }

    /// <summary>Gives the free seats to the people waiting, longest-waiting first; returns who got one.</summary>
    public IReadOnlyList<Enrollment> PromoteWaiting(IEnumerable<Enrollment> waiting, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        var promoted = new List<Enrollment>();
        foreach (var next in waiting.Where(e => e.RunId == Id && e.Status == EnrollmentStatus.Waitlisted)
                     .OrderBy(e => e.StatusChangedAt).ThenBy(e => e.Id))
        {
            if (!HasFreeSeat)
            {
                break;
            }

            next.MoveTo(EnrollmentStatus.Active, now);
            TakeSeat();
            promoted.Add(next);
        }

        return promoted;
    }

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
