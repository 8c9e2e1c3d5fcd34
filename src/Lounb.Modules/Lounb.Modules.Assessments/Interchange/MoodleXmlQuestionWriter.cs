using System.Globalization;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>One <c>&lt;question&gt;</c> in Moodle XML, per type (Moodle's qformat_xml::writequestion and qtype_ordering).</summary>
internal static class MoodleXmlQuestionWriter
{
    private const int Depth = 2;

    public static void Write(MoodleXmlOutput output, ExportedQuestion question)
    {
        var content = question.Content;
        var format = content.Format;
        output.Line(1, $"<question type=\"{TypeName(content.Type)}\">");
        output.TextOwner(Depth, "name", null, content.Name);
        output.TextOwner(Depth, "questiontext", format, content.Text, () =>
        {
            foreach (var file in content.Files)
            {
                output.File(file);
            }
        });
        output.TextOwner(Depth, "generalfeedback", format, content.GeneralFeedback);
        output.Value(Depth, "defaultgrade", content.DefaultMark.ToString("0.0000000", CultureInfo.InvariantCulture));
        output.Value(Depth, "penalty", content.MoodlePenalty.ToString("0.0000000", CultureInfo.InvariantCulture));
        output.Value(Depth, "hidden", "0");
        output.Value(Depth, "idnumber", question.IdNumber ?? "");
        WriteType(output, content);
        WriteHints(output, content);
        if (question.Tags.Count > 0)
        {
            output.Line(Depth, "<tags>");
            foreach (var tag in question.Tags)
            {
                output.Line(Depth + 1, $"<tag><text>{MoodleXmlOutput.Escape(tag)}</text>");
                output.Line(Depth + 1, "</tag>");
            }

            output.Line(Depth, "</tags>");
        }

        output.Line(1, "</question>");
    }

    private static string TypeName(QuestionType type) => type switch
    {
        QuestionType.SingleChoice or QuestionType.MultipleChoice => "multichoice",
        QuestionType.TrueFalse => "truefalse",
        QuestionType.ShortAnswer => "shortanswer",
        QuestionType.Numerical => "numerical",
        QuestionType.Matching => "matching",
        QuestionType.Ordering => "ordering",
        QuestionType.Essay => "essay",
        QuestionType.Description => "description",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown question type."),
    };

    private static void WriteType(MoodleXmlOutput output, QuestionContent content)
    {
        var format = content.Format;
        switch (content.Type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                output.Value(Depth, "single", content.Type == QuestionType.SingleChoice ? "true" : "false");
                output.Value(Depth, "shuffleanswers", content.ShuffleAnswers ? "true" : "false");
                output.Value(Depth, "answernumbering", content.AnswerNumbering);
                output.Value(Depth, "showstandardinstruction", content.ShowStandardInstruction ? "1" : "0");
                WriteCombinedFeedback(output, content);
                WriteShowNumCorrect(output, content.ShowNumCorrect);
                foreach (var choice in content.Choices)
                {
                    var percent = InterchangeNumbers.Percent(choice.Fraction);
                    if (content.PlainTextChoices && format == TextFormat.Html && SourceFormats.TryPlain(choice.Text, out var plain))
                    {
                        WriteAnswer(output, format, percent, plain, choice.Feedback, answerFormat: "plain_text");
                    }
                    else
                    {
                        WriteAnswer(output, format, percent, choice.Text, choice.Feedback);
                    }
                }

                break;
            case QuestionType.TrueFalse:
                WriteAnswer(output, format, content.CorrectTruth ? "100" : "0", "true", content.FeedbackWhenTrue);
                WriteAnswer(output, format, content.CorrectTruth ? "0" : "100", "false", content.FeedbackWhenFalse);
                break;
            case QuestionType.ShortAnswer:
                output.Value(Depth, "usecase", content.CaseSensitive ? "1" : "0");
                foreach (var answer in content.AcceptedAnswers)
                {
                    WriteAnswer(output, format, InterchangeNumbers.Percent(answer.Fraction), answer.Text, answer.Feedback);
                }

                break;
            case QuestionType.Numerical:
                foreach (var answer in content.NumericAnswers)
                {
                    var value = answer.Value is { } number ? InterchangeNumbers.Format(number) : "*";
                    WriteAnswer(output, format, InterchangeNumbers.Percent(answer.Fraction), value, answer.Feedback,
                        () => output.Value(Depth + 1, "tolerance", InterchangeNumbers.Format(answer.Tolerance)));
                }

                output.Value(Depth, "unitgradingtype", Whole(content.UnitHandling.GradingType));
                output.Value(Depth, "unitpenalty", content.UnitHandling.Penalty.ToString("0.0000000", CultureInfo.InvariantCulture));
                output.Value(Depth, "showunits", Whole(content.UnitHandling.ShowUnits));
                output.Value(Depth, "unitsleft", content.UnitHandling.UnitsLeft ? "1" : "0");
                break;
            case QuestionType.Matching:
                output.Value(Depth, "shuffleanswers", content.ShuffleAnswers ? "true" : "false");
                WriteCombinedFeedback(output, content);
                WriteShowNumCorrect(output, content.ShowNumCorrect);
                foreach (var pair in content.Pairs)
                {
                    output.TextOwner(Depth, "subquestion", format, pair.Prompt,
                        () => output.TextOwner(Depth + 1, "answer", null, pair.Answer));
                }

                break;
            case QuestionType.Essay:
                WriteEssay(output, content);
                output.TextOwner(Depth, "graderinfo", format, content.GraderInfo);
                output.TextOwner(Depth, "responsetemplate", format, content.ResponseTemplate);
                break;
            case QuestionType.Ordering:
                WriteOrdering(output, content);
                for (var i = 0; i < content.OrderItems.Count; i++)
                {
                    // qtype_ordering: the fraction attribute is the item's right position.
                    var position = (i + 1).ToString(CultureInfo.InvariantCulture);
                    output.Line(Depth, $"<answer fraction=\"{position}\" format=\"{SourceFormats.ToXmlName(format)}\">");
                    output.Line(Depth + 1, $"<text>{MoodleXmlOutput.Escape(content.OrderItems[i].Text)}</text>");
                    output.Line(Depth, "</answer>");
                }

                break;
            case QuestionType.Description:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(content), content.Type, "Unknown question type.");
        }
    }

    private static void WriteEssay(MoodleXmlOutput output, QuestionContent content)
    {
        var essay = content.Essay;
        output.Value(Depth, "responseformat", essay.ResponseFormat);
        output.Value(Depth, "responserequired", essay.ResponseRequired ? "1" : "0");
        output.Value(Depth, "responsefieldlines", Whole(content.EssayLines));
        output.Value(Depth, "minwordlimit", essay.MinWordLimit is { } min ? Whole(min) : "");
        output.Value(Depth, "maxwordlimit", essay.MaxWordLimit is { } max ? Whole(max) : "");
        output.Value(Depth, "attachments", Whole(essay.Attachments));
        output.Value(Depth, "attachmentsrequired", Whole(essay.AttachmentsRequired));
        output.Value(Depth, "maxbytes", Whole(essay.MaxBytes));
        output.Value(Depth, "filetypeslist", essay.FileTypesList);
    }

    /// <summary>qtype_ordering's settings; the answers' fraction attribute is each item's right position.</summary>
    private static void WriteOrdering(MoodleXmlOutput output, QuestionContent content)
    {
        var ordering = content.Ordering;
        output.Value(Depth, "layouttype", MoodleOptionNames.Name(ordering.Layout));
        output.Value(Depth, "selecttype", MoodleOptionNames.Name(ordering.Selection));
        output.Value(Depth, "selectcount", Whole(ordering.SelectCount));
        output.Value(Depth, "gradingtype", MoodleOptionNames.Name(ordering.Grading));
        output.Value(Depth, "showgrading", ordering.ShowGrading ? "SHOW" : "HIDE");
        output.Value(Depth, "numberingstyle", ordering.NumberingStyle);
        output.Value(Depth, "shuffleanswers", content.ShuffleAnswers ? "true" : "false");
        WriteCombinedFeedback(output, content);
        output.Value(Depth, "shownumcorrect", ordering.ShowNumCorrect ? "1" : "0");
    }

    private static void WriteShowNumCorrect(MoodleXmlOutput output, bool show, int depth = Depth)
    {
        if (show)
        {
            output.Line(depth, "<shownumcorrect/>");
        }
    }

    /// <summary>Moodle's hints, after the answers: text (in the question's format) and the flags Moodle shows with it.</summary>
    private static void WriteHints(MoodleXmlOutput output, QuestionContent content)
    {
        foreach (var hint in content.Hints)
        {
            output.TextOwner(Depth, "hint", content.Format, hint.Text, () =>
            {
                WriteShowNumCorrect(output, hint.ShowNumCorrect, Depth + 1);
                if (hint.ClearWrong)
                {
                    output.Line(Depth + 1, "<clearwrong/>");
                }

                if (hint.Options.Length > 0)
                {
                    output.Value(Depth + 1, "options", hint.Options);
                }
            });
        }
    }

    private static string Whole(long number) => number.ToString(CultureInfo.InvariantCulture);

    private static void WriteAnswer(
        MoodleXmlOutput output, TextFormat format, string percent, string text, string feedback, Action? after = null, string? answerFormat = null)
    {
        output.Line(Depth, $"<answer fraction=\"{percent}\" format=\"{answerFormat ?? SourceFormats.ToXmlName(format)}\">");
        output.Line(Depth + 1, $"<text>{MoodleXmlOutput.Escape(text)}</text>");
        output.TextOwner(Depth + 1, "feedback", format, feedback);
        after?.Invoke();
        output.Line(Depth, "</answer>");
    }

    private static void WriteCombinedFeedback(MoodleXmlOutput output, QuestionContent content)
    {
        output.TextOwner(Depth, "correctfeedback", content.Format, content.CorrectFeedback);
        output.TextOwner(Depth, "partiallycorrectfeedback", content.Format, content.PartiallyCorrectFeedback);
        output.TextOwner(Depth, "incorrectfeedback", content.Format, content.IncorrectFeedback);
    }
}
