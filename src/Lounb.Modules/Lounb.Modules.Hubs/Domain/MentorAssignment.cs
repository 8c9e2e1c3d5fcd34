namespace Lounb.Modules.Hubs.Domain;

/// <summary>
/// A mentor accompanies a coordinator from <see cref="Since"/> until <see cref="Until"/>. One mentor has many mentees;
/// a coordinator has one current mentor, and reassignment ends the old row, so history stays.
/// </summary>
internal sealed class MentorAssignment : IAssignmentPeriod
{
    private MentorAssignment()
    {
    }

    public MentorAssignment(Guid mentorId, Guid coordinatorId, DateOnly since)
    {
        Id = Guid.CreateVersion7();
        MentorId = mentorId;
        CoordinatorId = coordinatorId;
        Since = since;
    }

    public Guid Id { get; private set; }

    public Guid MentorId { get; private set; }

    public Guid CoordinatorId { get; private set; }

    public DateOnly Since { get; private set; }

    public DateOnly? Until { get; private set; }

    public bool IsCurrentOn(DateOnly day) => Since <= day && (Until is null || day <= Until);

    public void End(DateOnly until) => Until = until;
}
