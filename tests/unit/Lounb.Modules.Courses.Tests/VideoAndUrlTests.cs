using Lounb.Modules.Courses.Application;
using Lounb.Modules.Courses.Domain;

namespace Lounb.Modules.Courses.Tests;

public sealed class VideoAndUrlTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://m.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871")]
    public void From_KnownVideoLink_GivesPrivacyFriendlyEmbed(string link, string embed) =>
        Assert.Equal(new Uri(embed), VideoEmbed.From(new Uri(link)));

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=short")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ%22onload")]
    [InlineData("https://example.org/video.mp4")]
    [InlineData("https://vimeo.com/channels/staffpicks")]
    public void From_OtherLink_IsNotAVideo(string link) => Assert.Null(VideoEmbed.From(new Uri(link)));

    [Fact]
    public void CheckUrl_Rules_PerLessonKind()
    {
        Assert.Equal(CourseErrors.UrlRequired, LessonEditingService.CheckUrl(BuiltInLessonKind.External, null, hasFile: false));
        Assert.Equal(CourseErrors.UrlInvalid, LessonEditingService.CheckUrl(BuiltInLessonKind.External, "javascript:alert(1)", hasFile: false));
        Assert.Equal(CourseErrors.UrlInvalid, LessonEditingService.CheckUrl(BuiltInLessonKind.External, "ftp://example.org/", hasFile: false));
        Assert.Null(LessonEditingService.CheckUrl(BuiltInLessonKind.External, "https://osvita.diia.gov.ua/", hasFile: false));
        Assert.Equal(CourseErrors.VideoUrlInvalid, LessonEditingService.CheckUrl(BuiltInLessonKind.Video, "https://example.org/", hasFile: false));
        Assert.Null(LessonEditingService.CheckUrl(BuiltInLessonKind.Video, null, hasFile: true));
        Assert.Equal(CourseErrors.UrlRequired, LessonEditingService.CheckUrl(BuiltInLessonKind.Video, null, hasFile: false));
        Assert.Null(LessonEditingService.CheckUrl(BuiltInLessonKind.Text, null, hasFile: false));
    }
}
