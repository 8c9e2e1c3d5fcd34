using System.Xml;
using System.Xml.Linq;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// Reads Moodle XML (<c>&lt;quiz&gt;&lt;question type="…"&gt;…</c>) one question at a time through <see cref="SafeXmlReader"/>
/// (no DTDs, nothing resolved, size and nesting depth capped); a file it refuses, a
/// malformed file or a bad question becomes an <see cref="ImportProblem"/>, never an exception.
/// </summary>
internal sealed class MoodleXmlReader
{
    /// <summary>50 million characters: far above any question bank with images, far below what would hurt the server.</summary>
    public const long DefaultMaxCharactersInDocument = 50L * 1024 * 1024;

    private readonly long _maxCharactersInDocument;

    public MoodleXmlReader()
        : this(DefaultMaxCharactersInDocument)
    {
    }

    public MoodleXmlReader(long maxCharactersInDocument)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCharactersInDocument);
        _maxCharactersInDocument = maxCharactersInDocument;
    }

    public ImportResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var log = new ImportLog();
        var state = new MoodleXmlImportState(log);
        IXmlLineInfo? position = null;
        try
        {
            using var reader = SafeXmlReader.Create(stream, _maxCharactersInDocument);
            position = reader as IXmlLineInfo;
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "quiz")
            {
                log.Error(position?.LineNumber ?? 1, null, "це не файл Moodle XML: кореневим має бути елемент <quiz>");
                return state.Result();
            }

            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                // Loading the subtree leaves the reader on the element's end, so the loop's Read moves past it.
                var element = XElement.Load(reader.ReadSubtree(), LoadOptions.SetLineInfo);
                if (element.Name.LocalName == "question")
                {
                    state.Add(element);
                }
            }
        }
        catch (XmlException exception)
        {
            // A refused DTD carries no line; the reader's own position then tells where it stopped.
            var line = exception.LineNumber > 0 ? exception.LineNumber : Math.Max(position?.LineNumber ?? 1, 1);
            log.Error(line, null, Describe(exception));
        }

        return state.Result();
    }

    private string Describe(XmlException exception)
    {
        if (exception is XmlTooDeepException tooDeep)
        {
            return $"елементи вкладено надто глибоко (понад {tooDeep.MaxDepth} рівнів; Moodle пише лише кілька) — такі файли не приймаються";
        }

        var message = exception.Message;
        if (message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || message.Contains("DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            return "файл містить DTD або зовнішні сутності — такі файли не приймаються";
        }

        if (message.Contains("MaxCharacters", StringComparison.Ordinal))
        {
            return $"файл завеликий: понад {_maxCharactersInDocument:N0} символів".Replace('\u00A0', ' ');
        }

        return "файл не є коректним XML: " + message;
    }
}
