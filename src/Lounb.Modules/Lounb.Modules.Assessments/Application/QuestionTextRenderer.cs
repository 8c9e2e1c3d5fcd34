using System.Net;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Text;
using Microsoft.Extensions.Caching.Memory;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// Shows any text of a question as safe HTML, whatever its format, with its images served from the bank. A question
/// version never changes, so each of its texts is rendered (and, for HTML from Moodle, sanitized) once per node rather
/// than on every attempt page: a page of 20 questions has about 100 texts.
/// </summary>
internal sealed class QuestionTextRenderer(MarkdownRenderer markdown) : IDisposable
{
    public const string FilePlaceholder = "@@PLUGINFILE@@/";

    /// <summary>Rendered texts kept (each counts one); the least used go first, and any unused for 6 hours.</summary>
    private const int MaxRendered = 200_000;

    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = MaxRendered });

    public string Render(string text, TextFormat format, Guid versionId) => Cached(text, format, versionId, inline: false);

    /// <summary>Answers, feedback and pair texts share the question's format (as in Moodle); plain ones stay on one line.</summary>
    public string RenderInline(string text, TextFormat format, Guid versionId) => Cached(text, format, versionId, inline: true);

    public static string FileUrlPrefix(Guid versionId) => $"/assessments/files/{versionId:N}/";

    public void Dispose() => _rendered.Dispose();

    private string Cached(string text, TextFormat format, Guid versionId, bool inline)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // The key holds the text itself, so a text never shares an entry with another, saved or not.
        return _rendered.GetOrCreate(new RenderedText(versionId, format, text, inline), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(6);
            // The one-line form is cut from the kept full form, so a text shown both ways is rendered once.
            return inline ? OneLine(Cached(text, format, versionId, inline: false), format) : RenderNow(text, format, versionId);
        })!;
    }

    private string RenderNow(string text, TextFormat format, Guid versionId)
    {
        var withFiles = text.Replace(FilePlaceholder, FileUrlPrefix(versionId), StringComparison.Ordinal);
        return format switch
        {
            TextFormat.Markdown => markdown.ToSafeHtml(withFiles),
            TextFormat.Html => markdown.SanitizeHtml(withFiles),
            _ => WebUtility.HtmlEncode(withFiles).ReplaceLineEndings("<br>"),
        };
    }

    /// <summary>A Markdown text of one paragraph without its <c>p</c>, so that it sits in a label.</summary>
    private static string OneLine(string html, TextFormat format) =>
        format == TextFormat.Markdown && html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>\n", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^5]
            : html;

    private readonly record struct RenderedText(Guid VersionId, TextFormat Format, string Text, bool Inline);
}
