using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Results;
using static Lounb.Modules.Assessments.Domain.AssessmentLimits;

namespace Lounb.Modules.Assessments.Application;

/// <summary>Settings a methodologist gives a quiz (times in UTC).</summary>
internal sealed record QuizSettings(
    string Title, string IntroMarkdown, DateTime? OpensAt, DateTime? ClosesAt, int? TimeLimitMinutes, int AttemptsAllowed, GradingMethod GradingMethod,
    decimal PassPercent, bool ShuffleQuestions, bool ShuffleAnswers, int QuestionsPerPage, NavigationMode Navigation, ReviewTiming ReviewTiming,
    bool ReviewShowsMarks, bool ReviewShowsCorrectAnswers, bool ReviewShowsFeedback)
{
    public static QuizSettings Of(Quiz quiz) =>
        new(quiz.Title, quiz.IntroMarkdown, quiz.OpensAt, quiz.ClosesAt, quiz.TimeLimitMinutes, quiz.AttemptsAllowed, quiz.GradingMethod, quiz.PassPercent,
            quiz.ShuffleQuestions, quiz.ShuffleAnswers, quiz.QuestionsPerPage, quiz.Navigation, quiz.ReviewTiming, quiz.ReviewShowsMarks,
            quiz.ReviewShowsCorrectAnswers, quiz.ReviewShowsFeedback);

    /// <summary>The first rule the settings break; <c>null</c> when they can be saved.</summary>
    public Error? Check()
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            return AssessmentErrors.NameRequired;
        }

        if (Title.Trim().Length > QuizTitleLength)
        {
            return AssessmentErrors.QuizTitleTooLong;
        }

        if (IntroMarkdown.Trim().Length > QuizIntroLength)
        {
            return AssessmentErrors.QuizIntroTooLong;
        }

        if (OpensAt is { } opens && ClosesAt is { } closes && closes <= opens)
        {
            return AssessmentErrors.ClosesBeforeOpens;
        }

        if (TimeLimitMinutes is < 1 or > MaxTimeLimitMinutes)
        {
            return AssessmentErrors.TimeLimitOutOfRange;
        }

        if (AttemptsAllowed is < 0 or > MaxAttemptsAllowed)
        {
            return AssessmentErrors.AttemptsAllowedOutOfRange;
        }

        if (PassPercent is < 0 or > 100)
        {
            return AssessmentErrors.PassPercentOutOfRange;
        }

        return QuestionsPerPage is < 0 or > MaxQuestionsPerPage ? AssessmentErrors.QuestionsPerPageOutOfRange : null;
    }

    public void ApplyTo(Quiz quiz)
    {
        quiz.Title = Title.Trim();
        quiz.IntroMarkdown = IntroMarkdown.Trim();
        quiz.OpensAt = OpensAt;
        quiz.ClosesAt = ClosesAt;
        quiz.TimeLimitMinutes = TimeLimitMinutes;
        quiz.AttemptsAllowed = AttemptsAllowed;
        quiz.GradingMethod = GradingMethod;
        quiz.PassPercent = PassPercent;
        quiz.ShuffleQuestions = ShuffleQuestions;
        quiz.ShuffleAnswers = ShuffleAnswers;
        quiz.QuestionsPerPage = QuestionsPerPage;
        quiz.Navigation = Navigation;
        quiz.ReviewTiming = ReviewTiming;
        quiz.ReviewShowsMarks = ReviewShowsMarks;
        quiz.ReviewShowsCorrectAnswers = ReviewShowsCorrectAnswers;
        quiz.ReviewShowsFeedback = ReviewShowsFeedback;
    }
}
