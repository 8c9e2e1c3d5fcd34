using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Courses.Domain;

/// <summary>The input rules of courses, lessons and runs, free of the database; each answers the cleaned value or why not.</summary>
internal static class CourseRules
{
    /// <summary>A title of a course, section, lesson or run: trimmed, not empty, within <see cref="CourseLimits.TitleLength"/>.</summary>
    public static Result<string> Title(string? title)
    {
        var trimmed = title?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return CourseErrors.TitleRequired;
        }

        return trimmed.Length > CourseLimits.TitleLength ? CourseErrors.TitleTooLong : trimmed;
    }

    public static Result<string> Summary(string? summary)
    {
        var trimmed = summary?.Trim() ?? "";
        return trimmed.Length > CourseLimits.SummaryLength ? CourseErrors.SummaryTooLong : trimmed;
    }

    public static Error? Hours(int hours) => hours is < CourseLimits.MinHours or > CourseLimits.MaxHours ? CourseErrors.HoursOutOfRange : null;

    /// <summary>The course's address: the one typed, or one made from the title when none was.</summary>
    public static Result<string> Slug(string? slug, string title)
    {
        var chosen = string.IsNullOrWhiteSpace(slug) ? Core.Text.Slug.From(title) : slug.Trim();
        return Core.Text.Slug.IsValid(chosen) && chosen.Length <= CourseLimits.SlugLength ? chosen : CourseErrors.SlugInvalid;
    }

    /// <summary>Topics as the catalog filters them: lower case, each once, joined by ", ".</summary>
    public static Result<string> Topics(string? topics)
    {
        var joined = string.Join(", ", (topics ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToLowerInvariant()).Distinct(StringComparer.Ordinal));
        return joined.Length > CourseLimits.TopicsLength ? CourseErrors.TopicsTooLong : joined;
    }

    public static Error? Body(string body) => body.Length > CourseLimits.BodyLength ? CourseErrors.BodyTooLong : null;

    /// <summary>A run's dates, seats and invite code; <paramref name="seatsTaken"/> people already hold a seat.</summary>
    public static Error? Run(DateOnly startsOn, DateOnly endsOn, int? capacity, EnrolmentMode mode, string? inviteCode, int seatsTaken)
    {
        if (endsOn < startsOn)
        {
            return CourseErrors.RunDatesInvalid;
        }

        if (capacity is < CourseLimits.MinCapacity or > CourseLimits.MaxCapacity)
        {
            return CourseErrors.CapacityInvalid;
        }

        if (capacity < seatsTaken)
        {
            return CourseErrors.CapacityBelowEnrolled(seatsTaken);
        }

        var code = inviteCode?.Trim().Length ?? 0;
        return mode == EnrolmentMode.InviteCode && code is < CourseLimits.MinInviteCodeLength or > CourseLimits.InviteCodeLength
            ? CourseErrors.InviteCodeRequired
            : null;
    }
}
