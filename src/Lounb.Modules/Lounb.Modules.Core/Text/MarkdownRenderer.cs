using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;

namespace Lounb.Modules.Core.Text;

/// <summary>
/// Turns authored Markdown (or HTML) into HTML that is safe to show: Markdig renders, HtmlSanitizer removes scripts,
/// handlers and unsafe URLs. Authored ids and names get the prefix <see cref="IdPrefix"/> (and in-page links follow), so
/// authored content cannot shadow the ids the page's own scripts use; a link that opens a new window gets
/// <c>rel="noopener noreferrer"</c>, and any other target is dropped.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>Put before every authored id and name; the same convention as GitHub's rendered Markdown.</summary>
    public const string IdPrefix = "user-content-";

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToSafeHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));
    }

    /// <summary>Authored or imported HTML made safe by the same rules as rendered Markdown.</summary>
    public string SanitizeHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return _sanitizer.Sanitize(html);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["https", "http", "mailto", "tel"]);
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element)
            {
                IsolateIds(element);
                IsolateNewWindow(element);
            }
        };
        return sanitizer;
    }

    private static void IsolateIds(IElement element)
    {
        foreach (var name in (string[])["id", "name"])
        {
            var value = element.GetAttribute(name);
            if (value is not null && !value.StartsWith(IdPrefix, StringComparison.Ordinal))
            {
                element.SetAttribute(name, IdPrefix + value);
            }
        }

        var href = element.GetAttribute("href");
        if (href is { Length: > 1 } && href[0] == '#' && !href.AsSpan(1).StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            element.SetAttribute("href", "#" + IdPrefix + href[1..]);
        }
    }

    private static void IsolateNewWindow(IElement element)
    {
        var target = element.GetAttribute("target");
        if (target is null)
        {
            return;
        }

        if (string.Equals(target, "_blank", StringComparison.OrdinalIgnoreCase))
        {
            element.SetAttribute("target", "_blank");
            element.SetAttribute("rel", "noopener noreferrer");
        }
        else
        {
            element.RemoveAttribute("target");
        }
    }
}
