using System.Text.Json.Serialization;

namespace Lounb.Modules.Assessments.Domain;

/// <summary>The kinds of question the bank holds (Moodle's names in brackets, for import and export).</summary>
internal enum QuestionType
{
    /// <summary>One right answer (multichoice, single).</summary>
    SingleChoice,

    /// <summary>Several right answers, partial credit and negative marks (multichoice, not single).</summary>
    MultipleChoice,

    /// <summary>True or false (truefalse).</summary>
    TrueFalse,

    /// <summary>A typed word or phrase compared with accepted answers (shortanswer).</summary>
    ShortAnswer,

    /// <summary>A number within a tolerance of an accepted value (numerical).</summary>
    Numerical,

    /// <summary>Pairs of prompt and answer (matching).</summary>
    Matching,

    /// <summary>Items put in the right order (ordering).</summary>
    Ordering,

    /// <summary>A free text graded by hand (essay).</summary>
    Essay,

    /// <summary>Text only, not graded (description).</summary>
    Description,
}

/// <summary>How a question's texts are written; rendering sanitizes every one of them.</summary>
internal enum TextFormat
{
    /// <summary>Plain text, line breaks kept (GIFT [moodle]/[plain], XML moodle_auto_format/plain_text).</summary>
    Plain,

    /// <summary>HTML, sanitized when shown.</summary>
    Html,

    /// <summary>Markdown, the format of the platform's own editor.</summary>
    Markdown,
}

/// <summary>
/// Everything a question version says, in one shape shared by the editor, the grader and GIFT / Moodle XML.
/// Fractions are decimals in [-1, 1] (Moodle's percent ÷ 100). Lists a type does not use stay empty.
/// </summary>
internal sealed record QuestionContent
{
    public required QuestionType Type { get; init; }

    public required string Name { get; init; }

    /// <summary>The question text; images are referenced as <c>@@PLUGINFILE@@/name</c> and carried in <see cref="Files"/>.</summary>
    public required string Text { get; init; }

    public TextFormat Format { get; init; } = TextFormat.Plain;

    public string GeneralFeedback { get; init; } = "";

    /// <summary>Default mark of the question in a quiz (Moodle's defaultgrade); 0 for a description.</summary>
    public decimal DefaultMark { get; init; } = 1m;

    /// <summary>
    /// Moodle's penalty for each wrong try in interactive mode (a fraction of the mark); null: Moodle's default for the
    /// type (1 for true/false, 0.3333333 otherwise). Kept for export; the platform's attempts do not use it.
    /// </summary>
    public decimal? Penalty { get; init; }

    /// <summary>The penalty Moodle applies: the stored one, or Moodle's default for the type.</summary>
    [JsonIgnore]
    public decimal MoodlePenalty => Penalty ?? (Type == QuestionType.TrueFalse ? 1m : 0.3333333m);

    /// <summary>Moodle's hints for interactive mode, kept for export.</summary>
    public IReadOnlyList<QuestionHint> Hints { get; init; } = [];

    /// <summary>Single and multiple choice answers, in the author's order.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>True/false: the right answer.</summary>
    public bool CorrectTruth { get; init; }

    /// <summary>True/false: feedback shown to someone who answered "true" / "false".</summary>
    public string FeedbackWhenTrue { get; init; } = "";

    public string FeedbackWhenFalse { get; init; } = "";

    /// <summary>Short answer: accepted answers; <c>*</c> matches any run of characters.</summary>
    public IReadOnlyList<AcceptedAnswer> AcceptedAnswers { get; init; } = [];

    /// <summary>Short answer: letter case matters (apostrophe variants never do).</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>Numerical: accepted values with tolerances; a range min..max is stored as its mid-point ± half-width.</summary>
    public IReadOnlyList<NumericAnswer> NumericAnswers { get; init; } = [];

    /// <summary>Numerical: Moodle's unit settings (units themselves are not taken).</summary>
    public UnitHandling UnitHandling { get; init; } = new();

    /// <summary>Matching: pairs; a pair with an empty prompt is a distractor answer.</summary>
    public IReadOnlyList<MatchPair> Pairs { get; init; } = [];

    /// <summary>Ordering: items in the right order.</summary>
    public IReadOnlyList<OrderItem> OrderItems { get; init; } = [];

    /// <summary>Choices, pairs' answers and ordering items are shuffled for each attempt (when the quiz allows).</summary>
    public bool ShuffleAnswers { get; init; } = true;

    /// <summary>Essay: height of the answer box in lines.</summary>
    public int EssayLines { get; init; } = 15;

    /// <summary>Essay: notes for the grader, never shown to the learner.</summary>
    public string GraderInfo { get; init; } = "";

    /// <summary>Essay: text the answer box starts with.</summary>
    public string ResponseTemplate { get; init; } = "";

    /// <summary>
    /// Choice: the answers came from Moodle as plain text (FORMAT_PLAIN) in an HTML question. They are kept escaped as
    /// HTML, and an export writes them as plain text again while they still are.
    /// </summary>
    public bool PlainTextChoices { get; init; }

    /// <summary>Choice: how Moodle numbers the answers (abc, ABCD, 123, iii, IIII or none).</summary>
    public string AnswerNumbering { get; init; } = "abc";

    /// <summary>Choice: Moodle shows "Select one:" / "Select one or more:" above the answers.</summary>
    public bool ShowStandardInstruction { get; init; }

    /// <summary>Choice and matching: Moodle's combined feedback also says how many answers are right (shownumcorrect).</summary>
    public bool ShowNumCorrect { get; init; }

    /// <summary>Essay: how Moodle takes the answer (format, attachments, word limits).</summary>
    public EssayOptions Essay { get; init; } = new();

    /// <summary>Ordering: Moodle's layout, selection, grading and numbering.</summary>
    public OrderingOptions Ordering { get; init; } = new();

    /// <summary>Combined feedback for choice, matching and ordering questions.</summary>
    public string CorrectFeedback { get; init; } = "";

    public string PartiallyCorrectFeedback { get; init; } = "";

    public string IncorrectFeedback { get; init; } = "";

    /// <summary>Images the texts reference as <c>@@PLUGINFILE@@/name</c> (stored beside the version, not in its JSON).</summary>
    [JsonIgnore]
    public IReadOnlyList<EmbeddedFile> Files { get; init; } = [];

    /// <summary>True when the question is graded by a person (essay).</summary>
    [JsonIgnore]
    public bool IsManuallyGraded => Type == QuestionType.Essay;

    /// <summary>True when the question earns marks at all.</summary>
    [JsonIgnore]
    public bool IsGraded => Type != QuestionType.Description;
}

/// <summary>A choice; <paramref name="Id"/> is stable across versions so that answers and statistics survive edits.</summary>
internal sealed record Choice(string Id, string Text, decimal Fraction, string Feedback = "");

internal sealed record AcceptedAnswer(string Text, decimal Fraction, string Feedback = "");

/// <summary>An accepted number: right when |x − Value| ≤ Tolerance. A null value is Moodle's catch-all <c>*</c> (feedback for any other number).</summary>
internal sealed record NumericAnswer(decimal? Value, decimal Tolerance, decimal Fraction, string Feedback = "");

/// <summary>A matching pair; <paramref name="Id"/> is stable across versions.</summary>
internal sealed record MatchPair(string Id, string Prompt, string Answer);

internal sealed record OrderItem(string Id, string Text);

/// <summary>An image carried with the question (Moodle XML's base64 <c>&lt;file&gt;</c>).</summary>
internal sealed record EmbeddedFile(string Name, string ContentType, byte[] Content);
