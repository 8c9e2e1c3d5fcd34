using Lounb.Modules.Core.Results;
using Lounb.Modules.Courses.Application;
using Lounb.Modules.Courses.Domain;

namespace Lounb.Modules.Courses.Tests;

/// <summary>The input rules of courses, lessons and runs, and that each limit's message names the limit the column has.</summary>
public sealed class CourseRulesTests
{
    [Fact]
    public void Title_IsTrimmed_RequiredAndAtMostTheColumnLength()
    {
        Assert.Equal("Назва", Value(CourseRules.Title("  Назва  ")));
        Assert.Equal(CourseErrors.TitleRequired, Refusal(CourseRules.Title("   ")));
        Assert.Equal(CourseErrors.TitleRequired, Refusal(CourseRules.Title(null)));
        Assert.Equal(CourseLimits.TitleLength, Value(CourseRules.Title(new string('а', CourseLimits.TitleLength))).Length);
        Assert.Equal(CourseErrors.TitleTooLong, Refusal(CourseRules.Title(new string('а', CourseLimits.TitleLength + 1))));
        Assert.Contains("200", CourseErrors.TitleTooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_AndBody_StopAtTheirLimits()
    {
        Assert.Equal("", Value(CourseRules.Summary(null)));
        Assert.Equal(CourseErrors.SummaryTooLong, Refusal(CourseRules.Summary(new string('о', CourseLimits.SummaryLength + 1))));
        Assert.Null(CourseRules.Body(new string('т', CourseLimits.BodyLength)));
        Assert.Equal(CourseErrors.BodyTooLong, CourseRules.Body(new string('т', CourseLimits.BodyLength + 1)));
        Assert.Contains("200 000", CourseErrors.BodyTooLong.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(500, true)]
    [InlineData(501, false)]
    public void Hours_FromZeroTo500(int hours, bool allowed) =>
        Assert.Equal(allowed ? null : CourseErrors.HoursOutOfRange, CourseRules.Hours(hours));

    [Fact]
    public void Slug_ComesFromTheTitleWhenEmpty_AndMustBeLatinLowerCase()
    {
        Assert.NotEqual("", Value(CourseRules.Slug("", "Цифрова грамотність")));
        Assert.Equal("tsyfrova-hramotnist", Value(CourseRules.Slug(" tsyfrova-hramotnist ", "будь-що")));
        Assert.Equal(CourseErrors.SlugInvalid, Refusal(CourseRules.Slug("Погана Адреса", "x")));
        Assert.Equal(CourseErrors.SlugInvalid, Refusal(CourseRules.Slug(new string('a', CourseLimits.SlugLength + 1), "x")));
    }

    [Fact]
    public void Topics_AreLowerCasedOnceEach_AndLimitedTogether()
    {
        Assert.Equal("читання, діти", Value(CourseRules.Topics(" Читання, діти ,читання,, ")));
        var many = string.Join(",", Enumerable.Range(0, 40).Select(i => $"тема{i:00}"));
        Assert.Equal(CourseErrors.TopicsTooLong, Refusal(CourseRules.Topics(many)));
    }

    [Fact]
    public void Run_DatesSeatsAndInviteCode()
    {
        var start = new DateOnly(2026, 9, 1);
        Assert.Null(CourseRules.Run(start, start, null, EnrolmentMode.Open, null, seatsTaken: 0));
        Assert.Equal(CourseErrors.RunDatesInvalid, CourseRules.Run(start, start.AddDays(-1), 10, EnrolmentMode.Open, null, 0));
        Assert.Equal(CourseErrors.CapacityInvalid, CourseRules.Run(start, start, CourseLimits.MinCapacity - 1, EnrolmentMode.Open, null, 0));
        Assert.Equal(CourseErrors.CapacityInvalid, CourseRules.Run(start, start, CourseLimits.MaxCapacity + 1, EnrolmentMode.Open, null, 0));
        Assert.Null(CourseRules.Run(start, start, CourseLimits.MaxCapacity, EnrolmentMode.Open, null, 0));
        Assert.Equal(CourseErrors.CapacityBelowEnrolled(5), CourseRules.Run(start, start, 4, EnrolmentMode.Open, null, seatsTaken: 5));
        Assert.Equal(CourseErrors.InviteCodeRequired, CourseRules.Run(start, start, 10, EnrolmentMode.InviteCode, " abc ", 0));
        Assert.Equal(CourseErrors.InviteCodeRequired, CourseRules.Run(start, start, 10, EnrolmentMode.InviteCode, new string('к', CourseLimits.InviteCodeLength + 1), 0));
        Assert.Null(CourseRules.Run(start, start, 10, EnrolmentMode.InviteCode, "abcd", 0));
        Assert.Contains("10 000", CourseErrors.CapacityInvalid.Message, StringComparison.Ordinal);
        Assert.Contains("4–40", CourseErrors.InviteCodeRequired.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CopyTitle_OfALongestTitle_StillFitsTheColumn()
    {
        Assert.Equal("Курс (копія)", CoursePublishingService.CopyTitle("Курс"));
        var copy = CoursePublishingService.CopyTitle(new string('я', CourseLimits.TitleLength));
        Assert.Equal(CourseLimits.TitleLength, copy.Length);
        Assert.EndsWith(" (копія)", copy, StringComparison.Ordinal);
    }

    [Fact]
    public void LessonUrl_LongerThanItsColumn_IsRefused()
    {
        var url = "https://example.org/" + new string('a', CourseLimits.UrlLength);
        Assert.Equal(CourseErrors.UrlInvalid, LessonEditingService.CheckUrl(BuiltInLessonKind.External, url, hasFile: false));
    }

    [Fact]
    public void Errors_CarryTheModuleCodeAndKind()
    {
        Assert.Equal("Courses:SlugTaken", CourseErrors.SlugTaken.Code);
        Assert.Equal(ErrorKind.Conflict, CourseErrors.SlugTaken.Kind);
        Assert.Equal("Courses:CapacityBelowEnrolled", CourseErrors.CapacityBelowEnrolled(3).Code);
        Assert.Equal(ErrorKind.NotFound, CourseErrors.RunNotFound.Kind);
        Assert.Equal(ErrorKind.Conflict, CourseErrors.RequestAlreadyDecided.Kind);
        Assert.Equal(ErrorKind.Conflict, CourseErrors.NothingToWithdraw.Kind);
    }

    private static T Value<T>(Result<T> result) => result.Succeeded(out var value, out var error) ? value : throw new Xunit.Sdk.XunitException(error.Code);

    private static Error Refusal<T>(Result<T> result) => Assert.IsType<Error>(result.Failed(out var error) ? error : null);
}
