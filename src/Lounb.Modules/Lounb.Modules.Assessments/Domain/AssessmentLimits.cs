namespace Lounb.Modules.Assessments.Domain;

/// <summary>
/// The module's limits, each in one place: the column the model gives it, the rule that checks it and the message that
/// names it (<see cref="AssessmentErrors"/>) all read these constants.
/// </summary>
internal static class AssessmentLimits
{
    public const int CategoryNameLength = 200;
    public const int CategoryInfoLength = 4000;
    public const int IdNumberLength = 100;
    public const int QuestionNameLength = 255;
    public const int QuestionTextLength = 100_000;
    public const int TagsLength = 500;
    public const int TagLength = 50;
    public const int MaxTags = 20;
    public const int FileNameLength = 255;
    public const int EmbeddedFileNameLength = 200;
    public const int ImageBytes = 2 * 1024 * 1024;

    /// <summary>Choices of a choice question, pairs of a matching one and items of an ordering one: at least this many.</summary>
    public const int MinOptions = 2;
    public const int MinEssayLines = 3;
    public const int MaxEssayLines = 50;

    public const int QuizTitleLength = 200;
    public const int QuizIntroLength = 20_000;

    /// <summary>A mark (of a question, a slot or a random draw): from 0 to this.</summary>
    public const int MaxMark = 1000;
    public const int MaxDrawCount = 500;
    public const int MaxTimeLimitMinutes = 1440;
    public const int MaxAttemptsAllowed = 100;
    public const int MaxQuestionsPerPage = 100;
    public const int OverrideReasonLength = 500;

    /// <summary>Answers one request may save together (the attempt page sends its queue in parts of this size).</summary>
    public const int MaxAnswersPerRequest = 100;
    public const int GraderCommentLength = 4000;

    /// <summary><see cref="ImageBytes"/> in whole megabytes, as messages name it.</summary>
    public const int ImageMegabytes = ImageBytes / 1024 / 1024;

    /// <summary>Cuts <paramref name="text"/> to <paramref name="length"/> characters (for names made, not typed, such as a copy's title).</summary>
    public static string Cut(string text, int length) => text.Length > length ? text[..length] : text;
}
