using System.Text;
using System.Xml;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>Moodle XML's text layout: two-space indents, texts escaped as Moodle's xml_escape does.</summary>
internal sealed class MoodleXmlOutput(TextWriter writer)
{
    public void Line(int depth, string raw)
    {
        writer.Write(new string(' ', depth * 2));
        writer.Write(raw);
        writer.Write('\n');
    }

    /// <summary>A value element on one line: <c>&lt;single&gt;true&lt;/single&gt;</c>.</summary>
    public void Value(int depth, string name, string value) => Line(depth, $"<{name}>{Escape(value)}</{name}>");

    /// <summary>A text owner: <c>&lt;name format="…"&gt;&lt;text&gt;…&lt;/text&gt;…&lt;/name&gt;</c>; <paramref name="inside"/> adds children.</summary>
    public void TextOwner(int depth, string name, TextFormat? format, string text, Action? inside = null)
    {
        Line(depth, format is { } known ? $"<{name} format=\"{SourceFormats.ToXmlName(known)}\">" : $"<{name}>");
        Line(depth + 1, $"<text>{Escape(text)}</text>");
        inside?.Invoke();
        Line(depth, $"</{name}>");
    }

    /// <summary>A file as Moodle writes it: unindented, after the owner's text.</summary>
    public void File(EmbeddedFile file)
    {
        var slash = file.Name.LastIndexOf('/');
        var path = slash < 0 ? "/" : "/" + file.Name[..slash] + "/";
        var name = slash < 0 ? file.Name : file.Name[(slash + 1)..];
        writer.Write($"<file name=\"{Attribute(name)}\" path=\"{Attribute(path)}\" encoding=\"base64\">");
        writer.Write(Convert.ToBase64String(file.Content));
        writer.Write("</file>\n");
    }

    /// <summary>
    /// Moodle's xml_escape: CDATA only when the text holds <c>&amp; &lt; &gt; "</c>, a <c>]]&gt;</c> split across two
    /// sections. Line breaks become <c>\n</c> (XML would anyway); characters XML cannot carry are dropped.
    /// </summary>
    public static string Escape(string text)
    {
        var clean = XmlCharacters(text.ReplaceLineEndings("\n"));
        return clean.AsSpan().IndexOfAny("&<>\"") < 0
            ? clean
            : "<![CDATA[" + clean.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal) + "]]>";
    }

    private static string Attribute(string value) => XmlCharacters(value)
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("\n", "&#10;", StringComparison.Ordinal);

    private static string XmlCharacters(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
        }

        return builder.ToString();
    }
}
