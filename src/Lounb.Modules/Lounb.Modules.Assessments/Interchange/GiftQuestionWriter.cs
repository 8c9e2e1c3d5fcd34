using System.Globalization;
using System.Text;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>One question in GIFT, per type (Moodle's qformat_gift::writequestion and qtype_ordering's export_to_gift).</summary>
internal static class GiftQuestionWriter
{
    /// <summary>qtype_ordering's header: <c>&gt;count SELECT LAYOUT GRADING SHOW numbering</c>, from the question's settings.</summary>
    public static string OrderingHeader(OrderingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Join(' ',
            ">" + options.SelectCount.ToString(CultureInfo.InvariantCulture),
            MoodleOptionNames.Name(options.Selection),
            MoodleOptionNames.Name(options.Layout),
            MoodleOptionNames.Name(options.Grading),
            options.ShowGrading ? "SHOW" : "HIDE",
            options.NumberingStyle);
    }

    public static void Write(StringBuilder output, ExportedQuestion question, int number)
    {
        var content = question.Content;
        output.Append(CultureInfo.InvariantCulture, $"// question: {number}  name: {OneLine(content.Name)}\n");
        WriteIdNumberAndTags(output, question);
        if (content.Files.Count > 0)
        {
            var names = string.Join(", ", content.Files.Select(file => OneLine(file.Name)));
            output.Append(CultureInfo.InvariantCulture, $"// GIFT не переносить файлів: {names} — у тексті лишилися посилання @@PLUGINFILE@@ без зображень\n");
        }

        var texts = new GiftTexts(content.Format);
        output.Append("::").Append(GiftText.Escape(content.Name)).Append("::").Append(texts.QuestionText(content.Text));
        switch (content.Type)
        {
            case QuestionType.Description:
                break;
            case QuestionType.Essay:
                output.Append('{').Append(GeneralFeedback(texts, content, "")).Append("}\n");
                break;
            case QuestionType.TrueFalse:
                WriteTrueFalse(output, texts, content);
                break;
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                WriteChoices(output, texts, content);
                break;
            case QuestionType.ShortAnswer:
                output.Append("{\n");
                foreach (var answer in content.AcceptedAnswers)
                {
                    output.Append("\t=%").Append(InterchangeNumbers.Percent(answer.Fraction)).Append('%')
                        .Append(texts.Text(answer.Text)).Append('#').Append(texts.Text(answer.Feedback)).Append('\n');
                }

                output.Append(GeneralFeedback(texts, content, "\t")).Append("}\n");
                break;
            case QuestionType.Numerical:
                WriteNumerical(output, texts, content);
                break;
            case QuestionType.Matching:
                output.Append("{\n");
                foreach (var pair in content.Pairs)
                {
                    output.Append("\t=").Append(texts.Text(pair.Prompt)).Append(" -> ").Append(GiftText.Escape(pair.Answer)).Append('\n');
                }

                output.Append(GeneralFeedback(texts, content, "\t")).Append("}\n");
                break;
            case QuestionType.Ordering:
                // qtype_ordering writes its items verbatim, one per line; a line break inside an item becomes a space.
                output.Append('{').Append(OrderingHeader(content.Ordering)).Append('\n');
                foreach (var item in content.OrderItems)
                {
                    output.Append(OneLine(item.Text).Trim()).Append('\n');
                }

                output.Append("}\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(question), content.Type, "Unknown question type.");
        }
    }

    private static void WriteChoices(StringBuilder output, GiftTexts texts, QuestionContent content)
    {
        var single = content.Type == QuestionType.SingleChoice;
        output.Append("{\n");
        foreach (var choice in content.Choices)
        {
            var marker = single && choice.Fraction == 1m ? "="
                : choice.Fraction != 0m ? $"~%{InterchangeNumbers.Percent(choice.Fraction)}%"
                : choice.Text.StartsWith('%') ? "~%0%"
                : "~";
            output.Append('\t').Append(marker).Append(texts.Text(choice.Text));
            if (choice.Feedback.Length > 0)
            {
                output.Append('#').Append(texts.Text(choice.Feedback));
            }

            output.Append('\n');
        }

        output.Append(GeneralFeedback(texts, content, "\t")).Append("}\n");
    }

    private static void WriteTrueFalse(StringBuilder output, GiftTexts texts, QuestionContent content)
    {
        var right = texts.Text(content.CorrectTruth ? content.FeedbackWhenTrue : content.FeedbackWhenFalse);
        var wrong = texts.Text(content.CorrectTruth ? content.FeedbackWhenFalse : content.FeedbackWhenTrue);
        output.Append('{').Append(content.CorrectTruth ? "TRUE" : "FALSE");
        if (wrong.Length > 0 || right.Length > 0)
        {
            output.Append('#').Append(wrong);
        }

        if (right.Length > 0)
        {
            output.Append('#').Append(right);
        }

        output.Append(GeneralFeedback(texts, content, "")).Append("}\n");
    }

    private static void WriteNumerical(StringBuilder output, GiftTexts texts, QuestionContent content)
    {
        output.Append("{#\n");
        for (var i = 0; i < content.NumericAnswers.Count; i++)
        {
            var answer = content.NumericAnswers[i];
            var feedback = texts.Text(answer.Feedback);
            if (answer.Value is { } value)
            {
                output.Append("\t=%").Append(InterchangeNumbers.Percent(answer.Fraction)).Append('%')
                    .Append(InterchangeNumbers.Format(value)).Append(':').Append(InterchangeNumbers.Format(answer.Tolerance))
                    .Append('#').Append(feedback).Append('\n');
            }
            else if (answer.Fraction == 0m && i == content.NumericAnswers.Count - 1)
            {
                // Moodle's catch-all; "~" swallows the rest of the block, so only the last answer can use it.
                output.Append("\t~#").Append(feedback).Append('\n');
            }
            else
            {
                output.Append("\t=%").Append(InterchangeNumbers.Percent(answer.Fraction)).Append("%*#").Append(feedback).Append('\n');
            }
        }

        output.Append(GeneralFeedback(texts, content, "\t")).Append("}\n");
    }

    private static string GeneralFeedback(GiftTexts texts, QuestionContent content, string indent)
    {
        if (content.GeneralFeedback.Length == 0)
        {
            return "";
        }

        var line = "####" + texts.Text(content.GeneralFeedback);
        return indent.Length > 0 ? indent + line + "\n" : line;
    }

    private static void WriteIdNumberAndTags(StringBuilder output, ExportedQuestion question)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(question.IdNumber))
        {
            parts.Add($"[id:{EscapeBracketed(question.IdNumber)}]");
        }

        parts.AddRange(question.Tags.Where(tag => tag.Length > 0).Select(tag => $"[tag:{EscapeBracketed(tag)}]"));
        if (parts.Count > 0)
        {
            output.Append("// ").Append(string.Join(' ', parts)).Append('\n');
        }
    }

    private static string EscapeBracketed(string text) => OneLine(text)
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("[", "\\[", StringComparison.Ordinal)
        .Replace("]", "\\]", StringComparison.Ordinal);

    private static string OneLine(string text) => text.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');
}
