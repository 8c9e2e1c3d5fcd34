namespace Lounb.Modules.Courses.Domain;

internal enum Audience
{
    Librarians,
    Adults,
    Teenagers,
    Children,
}

internal enum CourseFormat
{
    SelfPaced,
    LiveOnline,
    Hybrid,
    AtHub,
}

internal enum CourseStatus
{
    Draft,
    Published,
    Archived,
}

internal enum EnrolmentMode
{
    /// <summary>Anyone signed in takes a seat while there is one; then the waiting list.</summary>
    Open,

    /// <summary>A trainer approves each request.</summary>
    Approval,

    /// <summary>Only with the run's invite code.</summary>
    InviteCode,

    /// <summary>A methodologist assigns librarians of an oblast, hromada or library.</summary>
    Assigned,
}

internal enum RunState
{
    Draft,
    Published,
    Closed,
}

internal enum EnrollmentStatus
{
    Active,
    Waitlisted,
    PendingApproval,
    Completed,
    Withdrawn,
    Rejected,
}

internal static class CourseNames
{
    public static string Of(Audience audience) => audience switch
    {
        Audience.Librarians => "Бібліотекарі",
        Audience.Adults => "Дорослі",
        Audience.Teenagers => "Підлітки",
        Audience.Children => "Діти 8–16 років",
        _ => audience.ToString(),
    };

    /// <summary>What a course's hours are: staff earn professional-development hours, citizens learn.</summary>
    public static string HoursOf(Audience audience) =>
        audience == Audience.Librarians ? "год підвищення кваліфікації" : "год навчання";

    public static string Of(CourseFormat format) => format switch
    {
        CourseFormat.SelfPaced => "Самостійно онлайн",
        CourseFormat.LiveOnline => "Онлайн наживо",
        CourseFormat.Hybrid => "Змішаний формат",
        CourseFormat.AtHub => "У хабі цифрової освіти",
        _ => format.ToString(),
    };

    public static string Of(EnrolmentMode mode) => mode switch
    {
        EnrolmentMode.Open => "Вільний запис",
        EnrolmentMode.Approval => "Після схвалення тренером",
        EnrolmentMode.InviteCode => "За кодом запрошення",
        EnrolmentMode.Assigned => "Призначає методист",
        _ => mode.ToString(),
    };

    public static string Of(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.Active => "Навчається",
        EnrollmentStatus.Waitlisted => "У списку очікування",
        EnrollmentStatus.PendingApproval => "Чекає схвалення",
        EnrollmentStatus.Completed => "Завершено",
        EnrollmentStatus.Withdrawn => "Вибув",
        EnrollmentStatus.Rejected => "Відхилено",
        _ => status.ToString(),
    };

    public static string Of(CourseStatus status) => status switch
    {
        CourseStatus.Draft => "Чернетка",
        CourseStatus.Published => "Опубліковано",
        CourseStatus.Archived => "В архіві",
        _ => status.ToString(),
    };
}
