using System.Globalization;
using System.Text.RegularExpressions;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>The answer block of one GIFT question, per type (Moodle's readquestion switch, plus qtype_ordering's extension).</summary>
internal sealed partial class GiftAnswerParser(GiftBlock block, ImportLog log, string questionName, SourceFormat format)
{
    private readonly TextFormat _model = SourceFormats.ToModel(format);

    /// <summary>A text in the question's format: its own <c>[format]</c> prefix honoured, then converted.</summary>
    public string Formatted(GiftSpan span)
    {
        var (text, own) = GiftFormatted.Parse(span.Text, format);
        return SourceFormats.Adapt(text, own, _model);
    }

    /// <summary><c>{=right ~wrong#feedback ~%50%half}</c>: single choice when any <c>=</c> is present.</summary>
    public QuestionContent? Choices(QuestionContent shell, GiftSpan answers)
    {
        var single = answers.Text.Contains('=', StringComparison.Ordinal);
        var choices = new List<Choice>();
        var valid = true;
        foreach (var part in answers.SplitChoices())
        {
            decimal fraction;
            var rest = part;
            if (part.Text[0] == '=')
            {
                fraction = 1m;
                rest = part.Slice(1);
            }
            else
            {
                var weight = ReadWeight(part, 0m);
                valid &= weight.Valid;
                (fraction, rest) = (weight.Fraction, weight.Rest);
            }

            var (text, feedback) = rest.SplitFirst('#');
            choices.Add(new Choice($"c{choices.Count + 1}", Formatted(text), fraction, FeedbackOf(feedback)));
        }

        if (choices.Count < 2)
        {
            return Fail(answers, "замало відповідей: варіантів вибору має бути щонайменше 2");
        }

        return valid ? shell with { Type = single ? QuestionType.SingleChoice : QuestionType.MultipleChoice, Choices = choices } : null;
    }

    /// <summary><c>{TRUE#feedback if wrong#feedback if right}</c>.</summary>
    public QuestionContent TrueFalse(QuestionContent shell, GiftSpan answers)
    {
        var (answer, feedbacks) = answers.SplitFirst('#');
        GiftSpan? wrong = null;
        GiftSpan? right = null;
        if (feedbacks is { } rest)
        {
            (var first, right) = rest.SplitFirst('#');
            wrong = first;
        }

        var correct = GiftText.Unescape(answer.Text).Trim() is "T" or "TRUE";
        var wrongFeedback = FeedbackOf(wrong);
        var rightFeedback = FeedbackOf(right);
        return shell with
        {
            Type = QuestionType.TrueFalse,
            CorrectTruth = correct,
            FeedbackWhenTrue = correct ? rightFeedback : wrongFeedback,
            FeedbackWhenFalse = correct ? wrongFeedback : rightFeedback,
        };
    }

    /// <summary><c>{=answer =%50%half#feedback}</c>: an answer without a weight is worth 100%.</summary>
    public QuestionContent? ShortAnswer(QuestionContent shell, GiftSpan answers)
    {
        var accepted = new List<AcceptedAnswer>();
        var valid = true;
        foreach (var part in answers.SplitNonEmpty('='))
        {
            var weight = ReadWeight(part, 1m);
            valid &= weight.Valid;
            var (text, feedback) = weight.Rest.SplitFirst('#');
            accepted.Add(new AcceptedAnswer(GiftFormatted.Parse(text.Text, format).Text, weight.Fraction, FeedbackOf(feedback)));
        }

        if (accepted.Count == 0)
        {
            return Fail(answers, "немає жодної прийнятної відповіді");
        }

        return valid ? shell with { Type = QuestionType.ShortAnswer, AcceptedAnswers = accepted } : null;
    }

    /// <summary>
    /// <c>{#value:tolerance}</c>, <c>{#min..max}</c> (mid-point ± half-width), <c>{#=a:t#fb =%50%b ~#other}</c>;
    /// <c>~#feedback</c> is the catch-all. A value that is not a number is refused (Moodle silently took it as <c>*</c>).
    /// </summary>
    public QuestionContent? Numerical(QuestionContent shell, GiftSpan answers)
    {
        GiftSpan? wrongFeedback = null;
        var tilde = answers.Text.IndexOf('~', StringComparison.Ordinal);
        if (tilde >= 0)
        {
            wrongFeedback = answers.Slice(tilde + 1);
            answers = answers.Slice(0, tilde);
        }

        var parts = answers.SplitNonEmpty('=');
        if (parts.Count == 0)
        {
            return Fail(answers, "немає жодної числової відповіді");
        }

        var numbers = new List<NumericAnswer>();
        var valid = true;
        foreach (var part in parts)
        {
            var weight = ReadWeight(part, 1m);
            valid &= weight.Valid;
            var (value, feedback) = weight.Rest.SplitFirst('#');
            var number = ReadNumber(value, weight.Fraction, FeedbackOf(feedback));
            valid &= number is not null;
            if (number is not null)
            {
                numbers.Add(number);
            }
        }

        if (wrongFeedback is { } other)
        {
            numbers.Add(new NumericAnswer(null, 0m, 0m, FeedbackOf(other.SplitFirst('#').Tail)));
        }

        return valid ? shell with { Type = QuestionType.Numerical, NumericAnswers = numbers } : null;
    }

    /// <summary><c>{=prompt -> answer =prompt -> answer}</c>; an empty prompt is a distractor. At least 2 pairs.</summary>
    public QuestionContent? Matching(QuestionContent shell, GiftSpan answers)
    {
        var parts = answers.SplitNonEmpty('=');
        if (parts.Count < 2)
        {
            return Fail(answers, "замало пар: потрібно щонайменше 2");
        }

        var pairs = new List<MatchPair>();
        foreach (var part in parts)
        {
            var arrow = part.Text.IndexOf("->", StringComparison.Ordinal);
            if (arrow < 0)
            {
                return Fail(part, "у парі відповідності немає «->»");
            }

            var answer = GiftText.Unescape(part.Text[(arrow + 2)..]).Trim();
            pairs.Add(new MatchPair($"p{pairs.Count + 1}", Formatted(part.Slice(0, arrow)), answer));
        }

        return shell with { Type = QuestionType.Matching, Pairs = pairs };
    }

    /// <summary>
    /// qtype_ordering's extension: <c>{&gt;count SELECT LAYOUT GRADING SHOW numbering</c>, then one item per line in the
    /// right order, then <c>}</c>. The header's settings are read as qtype_ordering reads them (a missing one gets its
    /// default); items are taken verbatim as Moodle does.
    /// </summary>
    public QuestionContent? Ordering(QuestionContent shell, GiftSpan answers)
    {
        var lines = GiftText.Restore(answers.Text).Split('\n');
        var items = lines.Skip(1)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select((line, index) => new OrderItem($"o{index + 1}", line))
            .ToList();
        if (items.Count < 2)
        {
            return Fail(answers, "замало елементів для впорядкування: потрібно щонайменше 2");
        }

        var header = lines[0].Trim().TrimStart('>').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? Token(int index) => index < header.Length ? header[index] : null;
        var count = int.TryParse(Token(0), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? Math.Min(parsed, 1000)
            : Math.Min(6, items.Count);
        return shell with
        {
            Type = QuestionType.Ordering,
            OrderItems = items,
            Ordering = new OrderingOptions
            {
                SelectCount = count,
                Selection = MoodleOptionNames.Selection(Token(1)),
                Layout = MoodleOptionNames.Layout(Token(2)),
                Grading = MoodleOptionNames.Grading(Token(3)),
                ShowGrading = MoodleOptionNames.ShowGrading(Token(4)),
                NumberingStyle = MoodleOptionNames.NumberingStyle(Token(5)),
            },
        };
    }

    private string FeedbackOf(GiftSpan? feedback) => feedback is { } span ? Formatted(span) : "";

    private NumericAnswer? ReadNumber(GiftSpan span, decimal fraction, string feedback)
    {
        var text = GiftFormatted.Parse(span.Text, format).Text;
        if (text == "*")
        {
            return new NumericAnswer(null, 0m, fraction, feedback);
        }

        decimal value;
        decimal tolerance;
        var range = text.IndexOf("..", StringComparison.Ordinal);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (range > 0)
        {
            if (!Number(span, text[..range], out var min) || !Number(span, text[(range + 2)..], out var max))
            {
                return null;
            }

            value = (min / 2m) + (max / 2m);
            tolerance = (max / 2m) - (min / 2m);
        }
        else if (colon > 0)
        {
            if (!Number(span, text[..colon], out value) || !Number(span, text[(colon + 1)..], out tolerance))
            {
                return null;
            }
        }
        else
        {
            if (!Number(span, text, out value))
            {
                return null;
            }

            tolerance = 0m;
        }

        return new NumericAnswer(InterchangeNumbers.Normalize(value), InterchangeNumbers.Normalize(Math.Abs(tolerance)), fraction, feedback);
    }

    private bool Number(GiftSpan span, string text, out decimal value)
    {
        if (InterchangeNumbers.TryParse(text, out value))
        {
            return true;
        }

        Fail(span, $"«{text.Trim()}» не є числом — числова відповідь має бути числом, діапазоном min..max або число:похибка");
        return false;
    }

    /// <summary>A weight <c>%n%</c> at the start (Moodle's regex); it must be in Moodle's grade list.</summary>
    private Weight ReadWeight(GiftSpan part, decimal fallback)
    {
        var match = WeightPattern().Match(part.Text);
        if (!match.Success)
        {
            return new Weight(fallback, part, true);
        }

        var rest = part.Slice(match.Length);
        var percentText = match.Value[1..^1];
        if (!decimal.TryParse(percentText, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
        {
            Fail(part, $"вага «{percentText}%» не є числом");
            return new Weight(0m, rest, false);
        }

        if (!MoodleGrades.TryMatch(percent / 100m, out var fraction))
        {
            Fail(part, MoodleGrades.NotListedMessage(percent));
            return new Weight(0m, rest, false);
        }

        return new Weight(fraction, rest, true);
    }

    private QuestionContent? Fail(GiftSpan where, string message)
    {
        log.Error(block.LineAt(where.Offset), questionName, message);
        return null;
    }

    [GeneratedRegex(@"^%-*[0-9]{1,2}\.?[0-9]*%", RegexOptions.CultureInvariant)]
    private static partial Regex WeightPattern();

    private readonly record struct Weight(decimal Fraction, GiftSpan Rest, bool Valid);
}
