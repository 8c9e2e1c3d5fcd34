using Lounb.Modules.Core.Text;
using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Application;

/// <summary>Ukrainian names of the module's values, in one place for every page and message.</summary>
internal static class WebinarNames
{
    public static string Of(EventKind kind) => kind switch
    {
        EventKind.Webinar => "Вебінар",
        EventKind.CourseClass => "Заняття курсу",
        EventKind.ClubMeeting => "Зустріч клубу",
        EventKind.HybridEvent => "Гібридна подія в хабі",
        _ => kind.ToString(),
    };

    public static string Of(RegistrationMode mode) => mode switch
    {
        RegistrationMode.Open => "Відкрита",
        RegistrationMode.Approval => "Після схвалення модератором",
        RegistrationMode.Cohort => "Лише для слухачів набору курсу",
        _ => mode.ToString(),
    };

    public static string Of(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Pending => "Очікує схвалення",
        RegistrationStatus.Confirmed => "Ви зареєстровані",
        RegistrationStatus.Waitlisted => "У списку очікування",
        RegistrationStatus.Cancelled => "Реєстрацію скасовано",
        RegistrationStatus.Declined => "Заявку відхилено",
        _ => status.ToString(),
    };

    /// <summary>Status as staff read it in a list of registrants.</summary>
    public static string ForStaff(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Pending => "очікує схвалення",
        RegistrationStatus.Confirmed => "підтверджено",
        RegistrationStatus.Waitlisted => "у списку очікування",
        RegistrationStatus.Cancelled => "скасував(ла)",
        RegistrationStatus.Declined => "відхилено",
        _ => status.ToString(),
    };

    public static string Of(RoomKind kind) => kind switch
    {
        RoomKind.Platform => "Кімната на платформі",
        RoomKind.ExternalLink => "Зовнішнє посилання (Zoom, Meet, Teams…)",
        _ => kind.ToString(),
    };

    public static string Of(HostRole role) => role == HostRole.Speaker ? "Спікер" : "Модератор";

    public static string Of(AttendanceSource source) => source switch
    {
        AttendanceSource.LiveKit => "LiveKit (сервер)",
        AttendanceSource.Jitsi => "Jitsi (з браузера)",
        AttendanceSource.ExternalLink => "перехід за посиланням",
        _ => source.ToString(),
    };

    /// <summary>A length in the page's language: «1 год 30 хв», «1 h 30 min».</summary>
    public static string Minutes(int minutes)
    {
        var (hours, rest) = EnglishPages.IsEnglish ? ("h", "min") : ("год", "хв");
        return minutes >= 60 ? $"{minutes / 60} {hours} {minutes % 60:00} {rest}" : $"{minutes} {rest}";
    }
}
