namespace Lounb.Learning.Web;

/// <summary>
/// Where a person may be sent back to after signing in: a path on this site written in plain ASCII (as a browser sends
/// it, percent-encoded). Anything else — another site (<c>//evil</c>, <c>/\evil</c>), a full address, or raw non-ASCII
/// or control characters that cannot go into a <c>Location</c> header — falls back to the given page.
/// </summary>
internal static class ReturnUrls
{
    public const string Dashboard = "/dashboard";

    public static string LocalOrDefault(string? returnUrl, string fallback = Dashboard) => IsSafeLocalPath(returnUrl) ? returnUrl : fallback;

    public static bool IsSafeLocalPath([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }

        if (url.Length > 1 && url[1] is '/' or '\\')
        {
            return false;
        }

        foreach (var c in url)
        {
            // Printable ASCII only, and no backslash: browsers read it as a slash.
            if (c is < '!' or > '~' or '\\')
            {
                return false;
            }
        }

        return true;
    }
}
