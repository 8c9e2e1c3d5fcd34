using System.Text.RegularExpressions;

namespace Lounb.Modules.Courses.Application;

/// <summary>Turns a YouTube or Vimeo link into its privacy-friendly embed address; anything else is not a video link.</summary>
internal static partial class VideoEmbed
{
    public static Uri? From(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.Host.ToLowerInvariant();
        string? youtubeId = host switch
        {
            "youtu.be" => url.AbsolutePath.Trim('/'),
            "www.youtube.com" or "youtube.com" or "m.youtube.com" when url.AbsolutePath == "/watch" =>
                System.Web.HttpUtility.ParseQueryString(url.Query)["v"],
            "www.youtube.com" or "youtube.com" when url.AbsolutePath.StartsWith("/embed/", StringComparison.Ordinal) => url.AbsolutePath[7..],
            _ => null,
        };
        if (youtubeId is not null)
        {
            return YouTubeId().IsMatch(youtubeId) ? new Uri($"https://www.youtube-nocookie.com/embed/{youtubeId}") : null;
        }

        if (host is "vimeo.com" or "www.vimeo.com" or "player.vimeo.com")
        {
            var id = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            return id is not null && VimeoId().IsMatch(id) ? new Uri($"https://player.vimeo.com/video/{id}") : null;
        }

        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9]{1,12}$")]
    private static partial Regex VimeoId();
}
