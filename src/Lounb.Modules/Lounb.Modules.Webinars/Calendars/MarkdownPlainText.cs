using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lounb.Modules.Webinars.Calendars;

/// <summary>
/// Authored Markdown as plain text for calendar entries and letters: paragraphs and list items on their own lines,
/// links as "text (address)", raw HTML dropped (a calendar shows DESCRIPTION as text).
/// </summary>
internal static class MarkdownPlainText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().Build();

    public static string Convert(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var block in Markdown.Parse(markdown, Pipeline))
        {
            WriteBlock(text, block, "");
        }

        return text.ToString().Trim();
    }

    private static void WriteBlock(StringBuilder text, Block block, string prefix)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                text.Append(prefix);
                WriteInlines(text, inline);
                text.Append('\n');
                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    text.Append(prefix).Append(line.ToString()).Append('\n');
                }

                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var first = true;
                    foreach (var child in item)
                    {
                        WriteBlock(text, child, first ? prefix + "• " : prefix + "  ");
                        first = false;
                    }
                }

                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    WriteBlock(text, child, prefix + "> ");
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    WriteBlock(text, child, prefix);
                }

                break;
            default:
                // Raw HTML blocks and thematic breaks carry no text worth a calendar line.
                break;
        }
    }

    private static void WriteInlines(StringBuilder text, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LinkInline link:
                    WriteLink(text, link);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case ContainerInline inner:
                    WriteInlines(text, inner);
                    break;
                default:
                    // Raw inline HTML is left out.
                    break;
            }
        }
    }

    private static void WriteLink(StringBuilder text, LinkInline link)
    {
        var label = new StringBuilder();
        WriteInlines(label, link);
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        text.Append(label);
        if (!link.IsImage && url.Length > 0 && !string.Equals(label.ToString(), url, StringComparison.Ordinal))
        {
            text.Append(" (").Append(url).Append(')');
        }
    }
}
