using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// Reads the question in one GIFT block (Moodle's qformat_gift::readquestion):
/// <c>[::name::] [[format]] text { answers [####general feedback] } [text after]</c>.
/// </summary>
internal sealed class GiftQuestionParser(GiftBlock block, int start, ImportLog log)
{
    public const string MissingWord = "_____";

    private readonly string _body = block.Body;

    public QuestionContent? Parse()
    {
        var end = _body.TrimEnd().Length;
        var position = start;
        string? name = null;
        if (string.CompareOrdinal(_body, position, "::", 0, 2) == 0)
        {
            position += 2;
            var nameEnd = _body.IndexOf("::", position, end - position, StringComparison.Ordinal);
            if (nameEnd >= 0)
            {
                name = GiftText.Unescape(_body[position..nameEnd]).Trim();
                position = SkipBlanks(nameEnd + 2, end);
            }
        }

        var open = _body.IndexOf('{', position, end - position);
        var close = _body.IndexOf('}', position, end - position);
        if (open < 0 && close < 0)
        {
            var (descriptionText, descriptionFormat) = GiftFormatted.Parse(_body[position..end], SourceFormat.Moodle);
            return Shell(QuestionType.Description, name, descriptionText, descriptionFormat, "") with { DefaultMark = 0m };
        }

        if (open < 0 || close < 0 || close < open)
        {
            var (brokenText, _) = GiftFormatted.Parse(_body[position..end], SourceFormat.Moodle);
            var message = open < 0 ? "є «}», але немає «{» — блок відповідей не відкрито"
                : close < 0 ? "є «{», але немає «}» — блок відповідей не закрито"
                : "«}» стоїть раніше за «{»";
            log.Error(block.LineAt(open < 0 ? close : open), NameOrDefault(name, brokenText), message);
            return null;
        }

        var ordering = _body.AsSpan(open + 1, close - open - 1).TrimStart().StartsWith('>');
        if (ordering)
        {
            // qtype_ordering's extension ends at the block's last "}" (its items are written verbatim).
            close = _body.LastIndexOf('}', end - 1, end - position);
        }

        var questionText = _body[position..open]
            + (_body[end - 1] == '}' ? "" : MissingWord)
            + _body[(close + 1)..end];
        var (text, format) = GiftFormatted.Parse(questionText, SourceFormat.Moodle);
        var questionName = NameOrDefault(name, text);
        var answers = new GiftSpan(_body[(open + 1)..close], open + 1).Trim();
        var parser = new GiftAnswerParser(block, log, questionName, format);

        if (ordering)
        {
            return parser.Ordering(Shell(QuestionType.Ordering, questionName, text, format, ""), answers);
        }

        var generalFeedback = "";
        var separator = answers.Text.LastIndexOf("####", StringComparison.Ordinal);
        if (separator >= 0)
        {
            generalFeedback = parser.Formatted(answers.Slice(separator + 4));
            answers = answers.Slice(0, separator).Trim();
        }

        var shell = Shell(QuestionType.Essay, questionName, text, format, generalFeedback);
        var answerText = answers.Text;
        if (answerText.Length == 0)
        {
            return shell;
        }

        if (answerText[0] == '#')
        {
            return parser.Numerical(shell, answers.Slice(1));
        }

        if (answerText.Contains('~', StringComparison.Ordinal))
        {
            return parser.Choices(shell, answers);
        }

        if (answerText.Contains('=', StringComparison.Ordinal) && answerText.Contains("->", StringComparison.Ordinal))
        {
            return parser.Matching(shell, answers);
        }

        var hash = answerText.IndexOf('#', StringComparison.Ordinal);
        var truthCheck = hash > 0 ? answerText[..hash].Trim() : answerText;
        return truthCheck is "T" or "TRUE" or "F" or "FALSE"
            ? parser.TrueFalse(shell, answers)
            : parser.ShortAnswer(shell, answers);
    }

    private static string NameOrDefault(string? name, string text) =>
        string.IsNullOrEmpty(name) ? QuestionNames.FromText(text) : name;

    private static QuestionContent Shell(QuestionType type, string? name, string text, SourceFormat format, string generalFeedback) => new()
    {
        Type = type,
        Name = NameOrDefault(name, text),
        Text = text,
        Format = SourceFormats.ToModel(format),
        GeneralFeedback = generalFeedback,
    };

    private int SkipBlanks(int position, int end)
    {
        while (position < end && char.IsWhiteSpace(_body[position]))
        {
            position++;
        }

        return position;
    }
}
