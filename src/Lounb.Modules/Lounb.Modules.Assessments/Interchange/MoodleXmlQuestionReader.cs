using System.Xml.Linq;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// One supported <c>&lt;question&gt;</c> of a Moodle XML file: the common elements (Moodle's import_headers) here, the
/// per-type ones in the other part. Problems are logged with the question's name and the element's line.
/// </summary>
internal sealed partial class MoodleXmlQuestionReader
{
    private const decimal DefaultPenalty = 0.3333333m;

    private readonly XElement _question;
    private readonly ImportLog _log;
    private readonly MoodleXmlFiles _files;
    private readonly SourceFormat _format;
    private readonly TextFormat _model;
    private string _name = "";
    private bool _failed;

    public MoodleXmlQuestionReader(XElement question, ImportLog log)
    {
        _question = question;
        _log = log;
        _files = new MoodleXmlFiles(Fail);
        _format = SourceFormats.FromXmlName(question.Element("questiontext")?.Attribute("format")?.Value, SourceFormat.Moodle);
        _model = SourceFormats.ToModel(_format);
    }

    public QuestionContent? Read(string type)
    {
        var nameElement = _question.Element("name");
        var questionText = _question.Element("questiontext");
        var text = MoodleXml.Text(questionText);
        _name = MoodleXml.Text(nameElement);
        if (_name.Length == 0)
        {
            _name = QuestionNames.FromText(text);
        }

        if (nameElement is null)
        {
            Fail(_question, "немає елемента <name> з назвою питання");
        }

        _files.Collect(questionText);
        text += LegacyImage();

        var shell = new QuestionContent
        {
            Type = QuestionType.Description,
            Name = _name,
            Text = text,
            Format = _model,
            GeneralFeedback = Formatted(_question.Element("generalfeedback")),
            DefaultMark = DefaultMark(),
            Penalty = Penalty(),
            Hints = Hints(),
        };

        var content = type switch
        {
            "multichoice" => Choices(shell),
            "truefalse" => TrueFalse(shell),
            "shortanswer" => ShortAnswer(shell),
            "numerical" => Numerical(shell),
            "matching" or "match" => Matching(shell),
            "essay" => Essay(shell),
            "ordering" => Ordering(shell),
            _ => shell with { DefaultMark = 0m },
        };

        if (_failed || content is null)
        {
            return null;
        }

        // A penalty equal to the type's default is kept as "the default", as the other readers and the editor leave it.
        var penalty = content.Penalty == (content with { Penalty = null }).MoodlePenalty ? null : content.Penalty;
        return content with { Files = _files.Files, Penalty = penalty };
    }

    /// <summary>A text owner's text in the question's format (its own format attribute honoured); its files are kept.</summary>
    private string Formatted(XElement? owner)
    {
        if (owner is null)
        {
            return "";
        }

        _files.Collect(owner);
        var own = SourceFormats.FromXmlName(owner.Attribute("format")?.Value, _format);
        return SourceFormats.Adapt(MoodleXml.Text(owner), own, _model);
    }

    /// <summary>Old files' <c>&lt;image&gt;</c> + <c>&lt;image_base64&gt;</c>: a file, and an <c>&lt;img&gt;</c> after the text.</summary>
    private string LegacyImage()
    {
        var data = _question.Element("image_base64");
        if (data is null || data.Value.Trim().Length == 0)
        {
            return "";
        }

        var declared = _question.Element("image")?.Value.Trim() ?? "";
        var name = _files.AddLegacy(data, Path.GetFileName(declared.Replace('\\', '/')));
        return name is null ? "" : $" <img src=\"@@PLUGINFILE@@/{Uri.EscapeDataString(name)}\">";
    }

    private decimal DefaultMark()
    {
        var element = _question.Element("defaultgrade");
        if (element is null)
        {
            return 1m;
        }

        if (!InterchangeNumbers.TryParse(element.Value, out var mark) || mark < 0)
        {
            Fail(element, $"оцінка за замовчуванням «{element.Value.Trim()}» не є невід'ємним числом");
            return 1m;
        }

        return mark;
    }

    /// <summary>
    /// <c>&lt;penalty&gt;</c>, a fraction of the mark in 0..1; within 0.005 of a third it is Moodle's 0.3333333, as
    /// qformat_xml snaps it. Null when the file has none (Moodle's default for the type).
    /// </summary>
    private decimal? Penalty()
    {
        var element = _question.Element("penalty");
        if (element is null || element.Value.Trim().Length == 0)
        {
            return null;
        }

        if (!InterchangeNumbers.TryParse(element.Value, out var penalty) || penalty is < 0m or > 1m)
        {
            Fail(element, $"штраф «{element.Value.Trim()}» має бути числом від 0 до 1");
            return null;
        }

        return Math.Abs(penalty - DefaultPenalty) < 0.005m ? DefaultPenalty : InterchangeNumbers.Normalize(penalty);
    }

    /// <summary><c>&lt;hint&gt;</c>s: text (its files kept) and the flags Moodle shows with it.</summary>
    private List<QuestionHint> Hints() =>
    [
        .. _question.Elements("hint")
            .Select(hint => new QuestionHint(
                Formatted(hint),
                MoodleXml.Present(hint, "shownumcorrect"),
                MoodleXml.Present(hint, "clearwrong"),
                MoodleXml.Value(hint, "options") ?? ""))
            .Where(hint => hint.Text.Length > 0),
    ];

    /// <summary>An answer's fraction: a percent ÷ 100, rounded to 7 places and found in Moodle's grade list.</summary>
    private decimal Fraction(XElement answer)
    {
        var attribute = answer.Attribute("fraction");
        if (attribute is null)
        {
            return 0m;
        }

        if (!InterchangeNumbers.TryParse(attribute.Value, out var percent))
        {
            Fail(answer, $"частка відповіді «{attribute.Value}» не є числом");
            return 0m;
        }

        if (!MoodleGrades.TryMatch(percent / 100m, out var fraction))
        {
            Fail(answer, MoodleGrades.NotListedMessage(percent));
            return 0m;
        }

        return fraction;
    }

    private void Fail(XObject where, string message)
    {
        _failed = true;
        _log.Error(MoodleXml.Line(where), _name.Length > 0 ? _name : null, message);
    }
}
