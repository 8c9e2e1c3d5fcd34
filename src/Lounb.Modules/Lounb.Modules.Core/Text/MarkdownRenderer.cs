using Ganss.Xss;
using Markdig;

namespace Lounb.Modules.Core.Text;

/// <summary>Turns authored Markdown (or HTML) into HTML that is safe to show: Markdig renders, HtmlSanitizer removes scripts, handlers and unsafe URLs.</summary>
public sealed class MarkdownRenderer
{
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
        return sanitizer;
    }
}
