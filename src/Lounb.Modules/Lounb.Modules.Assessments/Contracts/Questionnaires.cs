using Lounb.Modules.Core.Events;

namespace Lounb.Modules.Assessments.Contracts;

/// <summary>How a questionnaire's question is answered: in the person's own words, or on a scale from 1 to 5.</summary>
public enum QuestionnaireAnswerKind
{
    Text,
    Scale,
}

public sealed record QuestionnaireQuestion(string Text, QuestionnaireAnswerKind Kind);

/// <summary>A questionnaire to create: its title, the words above it and its questions in order.</summary>
public sealed record QuestionnaireDraft(string Title, string Intro, IReadOnlyList<QuestionnaireQuestion> Questions);

/// <summary>One answer as the person gave it (a scale answer as its label, «3 — посередньо»); null when left empty.</summary>
public sealed record QuestionnaireAnswer(string Question, string? Answer);

/// <summary>A person's handed-in questionnaire, questions in the order they saw them.</summary>
public sealed record SubmittedQuestionnaire(Guid AttemptId, DateTime SubmittedAt, IReadOnlyList<QuestionnaireAnswer> Answers);

/// <summary>
/// Questionnaires: self-report forms on the assessment engine with no right answers, never graded. Another module
/// creates one and reads a person's answers; who may read them is that module's rule (and its audit).
/// </summary>
public interface IQuestionnaires
{
    /// <summary>Creates and publishes the questionnaire (one attempt, all questions on one page, nothing graded); saved at once.</summary>
    Task<Guid> CreateAsync(QuestionnaireDraft draft, Guid ownerId, string? ownerOblastCode, CancellationToken ct);

    /// <summary>The person's latest handed-in answers to the questionnaire; null when they have not handed it in.</summary>
    Task<SubmittedQuestionnaire?> SubmittedAsync(Guid questionnaireId, Guid userId, CancellationToken ct);
}

/// <summary>A person handed in a questionnaire (raised once per attempt).</summary>
public sealed record QuestionnaireSubmitted(Guid AttemptId, Guid QuestionnaireId, Guid UserId, DateTime SubmittedAt) : IIntegrationEvent;
