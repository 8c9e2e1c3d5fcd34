using System.Net;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Text;

namespace Lounb.Modules.Assessments.Application;

/// <summary>Shows any text of a question as safe HTML, whatever its format, with its images served from the bank.</summary>
internal sealed class QuestionTextRenderer(MarkdownRenderer markdown)
{
    public const string FilePlaceholder = "@@PLUGINFILE@@/";

    public string Render(string text, TextFormat format, Guid versionId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var withFiles = text.Replace(FilePlaceholder, FileUrlPrefix(versionId), StringComparison.Ordinal);
        return format switch
        {
            TextFormat.Markdown => markdown.ToSafeHtml(withFiles),
            TextFormat.Html => markdown.SanitizeHtml(withFiles),
            _ => WebUtility.HtmlEncode(withFiles).ReplaceLineEndings("<br>"),
        };
    }

    /// <summary>Answers, feedback and pair texts share the question's format (as in Moodle); plain ones stay on one line.</summary>
    public string RenderInline(string text, TextFormat format, Guid versionId)
    {
        var html = Render(text, format, versionId);
        return format == TextFormat.Markdown && html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>\n", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^5]
            : html;
    }

    public static string FileUrlPrefix(Guid versionId) => $"/assessments/files/{versionId:N}/";
}
