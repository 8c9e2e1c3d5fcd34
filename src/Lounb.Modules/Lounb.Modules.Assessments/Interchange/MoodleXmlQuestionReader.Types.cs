using System.Globalization;
using System.Xml.Linq;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>The per-type elements of a Moodle XML question.</summary>
internal sealed partial class MoodleXmlQuestionReader
{
    private const int DefaultEssayLines = 15;

    /// <summary>multichoice: <c>&lt;single&gt;</c> (default true) chooses single or multiple choice.</summary>
    private QuestionContent? Choices(QuestionContent shell)
    {
        var single = MoodleXml.Flag(_question, "single", true);
        var choices = _question.Elements("answer")
            .Select((answer, index) => new Choice(
                $"c{index + 1}", Formatted(answer), Fraction(answer), Formatted(answer.Element("feedback"))))
            .ToList();
        if (choices.Count < 2)
        {
            Fail(_question, "замало відповідей: варіантів вибору має бути щонайменше 2");
            return null;
        }

        return WithCombinedFeedback(shell) with
        {
            Type = single ? QuestionType.SingleChoice : QuestionType.MultipleChoice,
            Choices = choices,
            ShuffleAnswers = MoodleXml.Flag(_question, "shuffleanswers", true),
            PlainTextChoices = _model == TextFormat.Html && _question.Elements("answer")
                .All(answer => SourceFormats.FromXmlName(answer.Attribute("format")?.Value, _format) == SourceFormat.Plain),
            AnswerNumbering = MoodleOptionNames.AnswerNumbering(MoodleXml.Value(_question, "answernumbering")),
            ShowStandardInstruction = MoodleXml.Flag(_question, "showstandardinstruction", false),
        };
    }

    /// <summary>truefalse: answers "true" and "false"; the one worth 100% is right (old files: true first, then false).</summary>
    private QuestionContent? TrueFalse(QuestionContent shell)
    {
        var answers = _question.Elements("answer").ToList();
        if (answers.Count != 2)
        {
            Fail(_question, "у питанні «правда/неправда» має бути рівно дві відповіді");
            return null;
        }

        // As Moodle: each answer decides from its own fraction, the last one read wins.
        var correct = true;
        string whenTrue = "", whenFalse = "";
        var positional = false;
        for (var i = 0; i < answers.Count; i++)
        {
            var label = MoodleXml.Text(answers[i]);
            positional |= label is not ("true" or "false");
            var isTrue = label is "true" or "false" ? label == "true" : i == 0;
            var full = Fraction(answers[i]) == 1m;
            var feedback = Formatted(answers[i].Element("feedback"));
            if (isTrue)
            {
                whenTrue = feedback;
                correct = full;
            }
            else
            {
                whenFalse = feedback;
                correct = !full;
            }
        }

        if (positional)
        {
            _log.Warning(MoodleXml.Line(_question), _name, "відповіді без позначок true/false — першу прийнято за «правда», другу за «неправда»");
        }

        return shell with
        {
            Type = QuestionType.TrueFalse,
            CorrectTruth = correct,
            FeedbackWhenTrue = whenTrue,
            FeedbackWhenFalse = whenFalse,
        };
    }

    /// <summary>shortanswer: plain answers (their format attribute is ignored, as in Moodle) and <c>&lt;usecase&gt;</c>.</summary>
    private QuestionContent? ShortAnswer(QuestionContent shell)
    {
        var answers = _question.Elements("answer")
            .Where(answer => MoodleXml.Text(answer).Length > 0)
            .Select(answer => new AcceptedAnswer(MoodleXml.Text(answer), Fraction(answer), Formatted(answer.Element("feedback"))))
            .ToList();
        if (answers.Count == 0)
        {
            Fail(_question, "немає жодної прийнятної відповіді");
            return null;
        }

        return shell with
        {
            Type = QuestionType.ShortAnswer,
            AcceptedAnswers = answers,
            CaseSensitive = MoodleXml.Flag(_question, "usecase", false),
        };
    }

    /// <summary>numerical: each answer a number (or <c>*</c>, the catch-all) with an absolute <c>&lt;tolerance&gt;</c>.</summary>
    private QuestionContent? Numerical(QuestionContent shell)
    {
        var answers = new List<NumericAnswer>();
        foreach (var answer in _question.Elements("answer"))
        {
            var text = MoodleXml.Text(answer);
            var fraction = Fraction(answer);
            var feedback = Formatted(answer.Element("feedback"));
            if (text is "" or "*")
            {
                answers.Add(new NumericAnswer(null, 0m, fraction, feedback));
                continue;
            }

            if (!InterchangeNumbers.TryParse(text, out var value))
            {
                Fail(answer, $"«{text}» не є числом — числова відповідь має бути числом (або * для будь-якої іншої)");
                continue;
            }

            var toleranceText = answer.Element("tolerance")?.Value.Trim() ?? "";
            var tolerance = 0m;
            if (toleranceText.Length > 0 && !InterchangeNumbers.TryParse(toleranceText, out tolerance))
            {
                Fail(answer, $"похибка «{toleranceText}» не є числом");
                continue;
            }

            answers.Add(new NumericAnswer(value, InterchangeNumbers.Normalize(Math.Abs(tolerance)), fraction, feedback));
        }

        if (answers.Count == 0 && !_failed)
        {
            Fail(_question, "немає жодної числової відповіді");
            return null;
        }

        if (_question.Element("units")?.Elements("unit").Any() == true)
        {
            _log.Warning(MoodleXml.Line(_question.Element("units")), _name, "одиниці вимірювання не підтримуються — відповіді приймаються без одиниць");
        }

        var unitPenaltyText = MoodleXml.Value(_question, "unitpenalty");
        var unitPenalty = InterchangeNumbers.TryParse(unitPenaltyText ?? "", out var parsedPenalty) && parsedPenalty is >= 0m and <= 1m ? parsedPenalty : 0.1m;
        return shell with
        {
            Type = QuestionType.Numerical,
            NumericAnswers = answers,
            UnitHandling = new UnitHandling
            {
                GradingType = (int)Math.Clamp(MoodleXml.Number(_question, "unitgradingtype") ?? 0, 0, 2),
                Penalty = InterchangeNumbers.Normalize(unitPenalty),
                ShowUnits = (int)Math.Clamp(MoodleXml.Number(_question, "showunits") ?? 3, 0, 3),
                UnitsLeft = MoodleXml.Flag(_question, "unitsleft", false),
            },
        };
    }

    /// <summary>matching: <c>&lt;subquestion&gt;</c> prompt + <c>&lt;answer&gt;</c>; an empty prompt is a distractor. At least 2 pairs.</summary>
    private QuestionContent? Matching(QuestionContent shell)
    {
        var pairs = new List<MatchPair>();
        foreach (var subquestion in _question.Elements("subquestion"))
        {
            var prompt = Formatted(subquestion);
            var answer = MoodleXml.Text(subquestion.Element("answer"));
            if (prompt.Length > 0 || answer.Length > 0)
            {
                pairs.Add(new MatchPair($"p{pairs.Count + 1}", prompt, answer));
            }
        }

        if (pairs.Count < 2)
        {
            Fail(_question, "замало пар: потрібно щонайменше 2");
            return null;
        }

        return WithCombinedFeedback(shell) with
        {
            Type = QuestionType.Matching,
            Pairs = pairs,
            ShuffleAnswers = MoodleXml.Flag(_question, "shuffleanswers", true),
        };
    }

    /// <summary>essay: box height, grader information, response template and how Moodle takes the answer.</summary>
    private QuestionContent Essay(QuestionContent shell)
    {
        var linesText = _question.Element("responsefieldlines")?.Value.Trim();
        var lines = int.TryParse(linesText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
            ? parsed
            : DefaultEssayLines;
        var graderInfo = _question.Element("graderinfo");
        var template = _question.Element("responsetemplate");
        _files.Collect(graderInfo);
        return shell with
        {
            Type = QuestionType.Essay,
            EssayLines = lines,
            GraderInfo = MoodleXml.Text(graderInfo),
            ResponseTemplate = MoodleXml.Text(template),
            Essay = new EssayOptions
            {
                ResponseFormat = MoodleOptionNames.EssayFormat(MoodleXml.Value(_question, "responseformat")),
                ResponseRequired = MoodleXml.Flag(_question, "responserequired", true),
                Attachments = (int)Math.Clamp(MoodleXml.Number(_question, "attachments") ?? 0, -1, 100),
                AttachmentsRequired = (int)Math.Clamp(MoodleXml.Number(_question, "attachmentsrequired") ?? 0, 0, 100),
                MinWordLimit = WordLimit("minwordlimit"),
                MaxWordLimit = WordLimit("maxwordlimit"),
                MaxBytes = Math.Max(MoodleXml.Number(_question, "maxbytes") ?? 0, 0),
                FileTypesList = MoodleXml.Value(_question, "filetypeslist") ?? "",
            },
        };
    }

    /// <summary>qtype_ordering: the answers in the file's order are the right order (their fraction is only the position).</summary>
    private QuestionContent? Ordering(QuestionContent shell)
    {
        var items = _question.Elements("answer")
            .Select(answer => Formatted(answer))
            .Where(text => text.Length > 0)
            .Select((text, index) => new OrderItem($"o{index + 1}", text))
            .ToList();
        if (items.Count < 2)
        {
            Fail(_question, "замало елементів для впорядкування: потрібно щонайменше 2");
            return null;
        }

        var count = MoodleXml.Value(_question, "selectcount") is null ? 6 : MoodleXml.Number(_question, "selectcount") ?? 2;
        var shown = MoodleXml.Value(_question, "shownumcorrect");
        return WithCombinedFeedback(shell) with
        {
            Type = QuestionType.Ordering,
            OrderItems = items,
            ShuffleAnswers = MoodleXml.Flag(_question, "shuffleanswers", true),
            ShowNumCorrect = false,
            Ordering = new OrderingOptions
            {
                // Missing settings get qtype_ordering's import defaults, not the platform's.
                Layout = MoodleOptionNames.Layout(MoodleXml.Value(_question, "layouttype")),
                Selection = MoodleOptionNames.Selection(MoodleXml.Value(_question, "selecttype")),
                SelectCount = (int)Math.Clamp(count, 0, 1000),
                Grading = MoodleOptionNames.Grading(MoodleXml.Value(_question, "gradingtype")),
                ShowGrading = MoodleOptionNames.ShowGrading(MoodleXml.Value(_question, "showgrading")),
                NumberingStyle = MoodleOptionNames.NumberingStyle(MoodleXml.Value(_question, "numberingstyle")),
                ShowNumCorrect = shown is null || shown is not ("0" or ""),
            },
        };
    }

    /// <summary>An essay's word limit: a positive number, or none.</summary>
    private int? WordLimit(string name) => MoodleXml.Number(_question, name) is > 0 and var limit ? (int)Math.Min(limit, 100_000) : null;

    private QuestionContent WithCombinedFeedback(QuestionContent shell) => shell with
    {
        ShowNumCorrect = MoodleXml.Present(_question, "shownumcorrect"),
        CorrectFeedback = Formatted(_question.Element("correctfeedback")),
        PartiallyCorrectFeedback = Formatted(_question.Element("partiallycorrectfeedback")),
        IncorrectFeedback = Formatted(_question.Element("incorrectfeedback")),
    };
}
