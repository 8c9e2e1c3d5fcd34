namespace Lounb.Modules.Webinars.Domain;

/// <summary>
/// The limits of what people type into webinars, each declared once: the column length (model configuration), the
/// check (application services) and the Ukrainian message (<see cref="WebinarErrors"/>) all read these constants.
/// </summary>
internal static class WebinarLimits
{
    public const int TitleMinLength = 3;

    public const int TitleLength = 300;

    /// <summary>The description and the materials of an event, each.</summary>
    public const int DescriptionLength = 20_000;

    public const int CancellationReasonLength = 500;

    public const int LocationLength = 300;

    /// <summary>An external room link or a recording link.</summary>
    public const int UrlLength = 1000;

    /// <summary>A host's display name, and the name shown with a chat message, question or raised hand.</summary>
    public const int PersonNameLength = 200;

    public const int MinDurationMinutes = 10;

    public const int MaxDurationMinutes = 600;

    public const int MaxCapacity = 100_000;

    public const int MaxSeriesInterval = 12;

    /// <summary>A chat message or a question.</summary>
    public const int ChatMessageLength = 1000;

    public const int PollQuestionLength = 300;

    public const int PollOptionLength = 200;

    public const int MinPollOptions = 2;

    public const int MaxPollOptions = 6;

    /// <summary>The stored JSON list of a poll's options (at most <see cref="MaxPollOptions"/> × <see cref="PollOptionLength"/> and quotes).</summary>
    public const int PollOptionsColumnLength = 4000;

    public const int CorrectionNoteLength = 500;

    public const int MaxCorrectedMinutes = 24 * 60;
}
