namespace Lounb.Modules.Webinars.Domain;

/// <summary>A person's place at an event: confirmed, waiting for approval, on the waiting list, cancelled or declined.</summary>
internal sealed class Registration
{
    /// <summary>For EF Core.</summary>
    private Registration()
    {
    }

    public Registration(Guid eventId, Guid userId, RegistrationStatus status, DateTime now)
    {
        Id = Guid.CreateVersion7();
        EventId = eventId;
        UserId = userId;
        Status = status;
        CreatedAt = now;
        StatusChangedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid UserId { get; private set; }

    public RegistrationStatus Status { get; private set; }

    /// <summary>Order on the waiting list: the time the person asked (re-registering goes to the end).</summary>
    public DateTime CreatedAt { get; private set; }

    public DateTime StatusChangedAt { get; private set; }

    public bool HoldsSeat => Status == RegistrationStatus.Confirmed;

    public bool IsActive => Status is RegistrationStatus.Confirmed or RegistrationStatus.Pending or RegistrationStatus.Waitlisted;

    public void MoveTo(RegistrationStatus status, DateTime now)
    {
        if (status != Status && !IsActive && status != RegistrationStatus.Cancelled)
        {
            // Coming back after a cancellation queues behind those who waited.
            CreatedAt = now;
        }

        Status = status;
        StatusChangedAt = now;
    }
}
