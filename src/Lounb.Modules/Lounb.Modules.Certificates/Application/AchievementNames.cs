using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Certificates.Application;

/// <summary>How each kind of achievement is named on pages and in credentials, in one place.</summary>
internal static class AchievementNames
{
    /// <summary>
    /// What a certificate's hours are, by its holder: library staff earn hours of professional development («обсяг
    /// підвищення кваліфікації — 6 год.»), a citizen learns («обсяг навчання — 6 год.»).
    /// </summary>
    public static string Hours(int hours, bool citizen) =>
        citizen ? $"обсяг навчання — {hours} год." : $"обсяг підвищення кваліфікації — {hours} год.";

    /// <summary>True when the certificate's holder registered as a citizen (not library staff).</summary>
    public static Task<bool> HeldByCitizenAsync(IPeopleDirectory directory, Guid holderId, CancellationToken ct) =>
        directory.People.AnyAsync(p => p.Id == holderId && p.Kind == PersonKind.Citizen, ct);

    /// <summary>The label of the achievement's title: «Курс», «Тест», «Вебінар», «Подія».</summary>
    public static string Label(AchievementKind kind) => kind switch
    {
        AchievementKind.CourseCompletion => "Курс",
        AchievementKind.QuizPass => "Тест",
        AchievementKind.WebinarAttendance => "Вебінар",
        _ => "Подія",
    };

    /// <summary>The Open Badges 3.0 achievementType.</summary>
    public static string OpenBadgeType(AchievementKind kind) => kind switch
    {
        AchievementKind.CourseCompletion => "Course",
        AchievementKind.QuizPass => "Assessment",
        _ => "Achievement",
    };

    /// <summary>What earning it meant, for the credential's criteria.</summary>
    public static string Criteria(AchievementKind kind) => kind switch
    {
        AchievementKind.CourseCompletion => "Пройдено всі обов'язкові уроки курсу.",
        AchievementKind.QuizPass => "Тест складено не нижче прохідного бала.",
        AchievementKind.WebinarAttendance => "Присутність на вебінарі не менше встановленої частки його тривалості.",
        _ => "Видано методистом бібліотеки.",
    };
}
