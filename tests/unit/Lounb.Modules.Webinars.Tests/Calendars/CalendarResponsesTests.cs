using System.Text;
using Lounb.Modules.Webinars.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lounb.Modules.Webinars.Tests.Calendars;

public sealed class CalendarResponsesTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

    [Fact]
    public void Calendar_FirstFetch_IsTheCalendarWithAnETagAndCacheControl()
    {
        var context = new DefaultHttpContext();

        var result = CalendarApi.Calendar(context, Body, "private, no-cache");

        var file = Assert.IsType<FileContentHttpResult>(result);
        Assert.Equal("text/calendar; charset=utf-8", file.ContentType);
        Assert.Equal(Body, file.FileContents.ToArray());
        Assert.Matches("^\"[0-9a-f]{32}\"$", context.Response.Headers.ETag.ToString());
        Assert.Equal("private, no-cache", context.Response.Headers.CacheControl.ToString());
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("W/{0}")]
    [InlineData("\"other\", {0}")]
    [InlineData("*")]
    public void Calendar_IfNoneMatchTheSameContent_Is304(string ifNoneMatch)
    {
        var first = new DefaultHttpContext();
        CalendarApi.Calendar(first, Body, "public, max-age=300");
        var etag = first.Response.Headers.ETag.ToString();
        var again = new DefaultHttpContext();
        again.Request.Headers.IfNoneMatch = string.Format(System.Globalization.CultureInfo.InvariantCulture, ifNoneMatch, etag);

        var result = CalendarApi.Calendar(again, Body, "public, max-age=300");

        Assert.Equal(StatusCodes.Status304NotModified, Assert.IsType<StatusCodeHttpResult>(result).StatusCode);
        Assert.Equal(etag, again.Response.Headers.ETag.ToString());
    }

    [Fact]
    public void Calendar_ChangedContent_GetsANewETagAndIsSentAgain()
    {
        var first = new DefaultHttpContext();
        CalendarApi.Calendar(first, Body, "public, max-age=300");
        var changed = new DefaultHttpContext();
        changed.Request.Headers.IfNoneMatch = first.Response.Headers.ETag.ToString();

        var result = CalendarApi.Calendar(changed, Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nX:1\r\nEND:VCALENDAR\r\n"), "public, max-age=300");

        Assert.IsType<FileContentHttpResult>(result);
        Assert.NotEqual(first.Response.Headers.ETag.ToString(), changed.Response.Headers.ETag.ToString());
    }
}
