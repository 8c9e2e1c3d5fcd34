using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Hubs.Domain;

internal enum GoalStatus
{
    Planned,
    InProgress,
    Achieved,
    Dropped,
}

internal enum SessionFormat
{
    Online,
    InPerson,
}

internal enum ActionOwner
{
    Mentor,
    Coordinator,
}

/// <summary>A goal of a coordinator's mentoring plan.</summary>
internal sealed class MentoringGoal
{
    private MentoringGoal()
    {
    }

    private MentoringGoal(Guid coordinatorId, string title, DateOnly targetDate)
    {
        Id = Guid.CreateVersion7();
        CoordinatorId = coordinatorId;
        Title = title;
        TargetDate = targetDate;
        Status = GoalStatus.Planned;
    }

    public Guid Id { get; private set; }

    public Guid CoordinatorId { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly TargetDate { get; private set; }

    public GoalStatus Status { get; private set; }

    public static Result<MentoringGoal> Set(Guid coordinatorId, string? title, DateOnly? targetDate)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > HubsLimits.NameLength)
        {
            return HubsErrors.GoalTitleRequired;
        }

        return targetDate is { } date ? new MentoringGoal(coordinatorId, title.Trim(), date) : HubsErrors.GoalDateRequired;
    }

    public void MoveTo(GoalStatus status) => Status = status;
}

/// <summary>What a session is given on its form.</summary>
internal sealed record SessionRecord(
    DateOnly HeldOn,
    SessionFormat Format,
    int DurationMinutes,
    string Topics,
    string? Notes,
    DateOnly? NextDate,
    IReadOnlyList<ActionPlan> Actions);

/// <summary>An action agreed at a session: who does it and by when.</summary>
internal sealed record ActionPlan(string Text, ActionOwner Owner, DateOnly DueOn);

/// <summary>A mentoring session with a coordinator.</summary>
internal sealed class MentoringSession
{
    private MentoringSession()
    {
    }

    private MentoringSession(Guid coordinatorId, Guid mentorId, SessionRecord record)
    {
        Id = Guid.CreateVersion7();
        CoordinatorId = coordinatorId;
        MentorId = mentorId;
        HeldOn = record.HeldOn;
        Format = record.Format;
        DurationMinutes = record.DurationMinutes;
        Topics = record.Topics.Trim();
        Notes = string.IsNullOrWhiteSpace(record.Notes) ? null : record.Notes.Trim();
        NextDate = record.NextDate;
    }

    public Guid Id { get; private set; }

    public Guid CoordinatorId { get; private set; }

    public Guid MentorId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public SessionFormat Format { get; private set; }

    public int DurationMinutes { get; private set; }

    public string Topics { get; private set; } = "";

    public string? Notes { get; private set; }

    public DateOnly? NextDate { get; private set; }

    /// <summary>A held session: not in the future, a duration of 1 minute to 8 hours, a next date after it, actions due no earlier than it.</summary>
    public static Result<(MentoringSession Session, IReadOnlyList<AgreedAction> Actions)> Record(Guid coordinatorId, Guid mentorId, SessionRecord record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.HeldOn > today)
        {
            return HubsErrors.SessionInFuture;
        }

        if (record.DurationMinutes is < 1 or > HubsLimits.SessionMinutes)
        {
            return HubsErrors.DurationInvalid;
        }

        if (string.IsNullOrWhiteSpace(record.Topics) || record.Topics.Length > HubsLimits.TextLength || record.Notes?.Length > HubsLimits.TextLength)
        {
            return HubsErrors.TopicsRequired;
        }

        if (record.NextDate is { } next && next <= record.HeldOn)
        {
            return HubsErrors.NextDateBeforeSession;
        }

        if (record.Actions.Count > HubsLimits.ActionsPerSession)
        {
            return HubsErrors.TooManyActions;
        }

        foreach (var action in record.Actions)
        {
            if (string.IsNullOrWhiteSpace(action.Text) || action.Text.Length > HubsLimits.NameLength)
            {
                return HubsErrors.ActionTextRequired;
            }

            if (action.DueOn < record.HeldOn)
            {
                return HubsErrors.ActionDueBeforeSession;
            }
        }

        var session = new MentoringSession(coordinatorId, mentorId, record);
        var actions = record.Actions.Select(a => new AgreedAction(session.Id, coordinatorId, a)).ToList();
        return (session, actions);
    }
}

/// <summary>An action agreed at a session; overdue while not done after its due date.</summary>
internal sealed class AgreedAction
{
    private AgreedAction()
    {
    }

    public AgreedAction(Guid sessionId, Guid coordinatorId, ActionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Id = Guid.CreateVersion7();
        SessionId = sessionId;
        CoordinatorId = coordinatorId;
        Text = plan.Text.Trim();
        Owner = plan.Owner;
        DueOn = plan.DueOn;
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    public Guid CoordinatorId { get; private set; }

    public string Text { get; private set; } = "";

    public ActionOwner Owner { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public bool IsOverdueOn(DateOnly today) => DoneOn is null && DueOn < today;

    public void MarkDone(DateOnly today) => DoneOn ??= today;
}

internal static class MentoringTexts
{
    public static string NameOf(GoalStatus status) => status switch
    {
        GoalStatus.Planned => "Заплановано",
        GoalStatus.InProgress => "Виконується",
        GoalStatus.Achieved => "Досягнуто",
        GoalStatus.Dropped => "Скасовано",
        _ => status.ToString(),
    };

    public static string NameOf(SessionFormat format) => format == SessionFormat.Online ? "Онлайн" : "Очно";

    public static string NameOf(ActionOwner owner) => owner == ActionOwner.Mentor ? "Ментор" : "Координатор";
}
