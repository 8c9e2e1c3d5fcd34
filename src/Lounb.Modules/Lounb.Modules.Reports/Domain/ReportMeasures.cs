namespace Lounb.Modules.Reports.Domain;

/// <summary>What one fact of the read model counts; stored as a short key with each fact and roll-up row.</summary>
internal static class ReportMeasures
{
    public const string Enrolled = "enrolled";
    public const string LessonCompleted = "lesson";
    public const string CourseCompleted = "completed";
    public const string AttemptGraded = "attempt";
    public const string WebinarRegistered = "webinar-registered";
    public const string WebinarAttended = "webinar-attended";
    public const string CertificateIssued = "certificate";
    public const string AttestationFit = "attestation-fit";
    public const string AttestationConditions = "attestation-conditions";
    public const string AttestationNotFit = "attestation-not-fit";
    public const string HubEvents = "hub-events";
    public const string HubParticipants = "hub-participants";
    public const string HubConsultations = "hub-consultations";

    /// <summary>Measures whose facts are people: a number of them drills down to the list behind it.</summary>
    public static IReadOnlyDictionary<string, string> People { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Enrolled] = "Записи на курси",
        [LessonCompleted] = "Пройдені уроки",
        [CourseCompleted] = "Завершення курсів",
        [AttemptGraded] = "Оцінені спроби тестів",
        [WebinarRegistered] = "Реєстрації на вебінари",
        [WebinarAttended] = "Відвідування вебінарів",
        [CertificateIssued] = "Видані сертифікати",
        [AttestationFit] = "Атестація: «відповідає»",
        [AttestationConditions] = "Атестація: «відповідає за умови»",
        [AttestationNotFit] = "Атестація: «не відповідає»",
    };

    /// <summary>What makes a person an active learner in a period: any of these facts about them.</summary>
    public static IReadOnlyList<string> Learning { get; } = [Enrolled, LessonCompleted, CourseCompleted, AttemptGraded];

    /// <summary>
    /// Measures the rebuild recomputes from the modules' read contracts. Attestation decisions and hub reports have no
    /// read contract yet: the rebuild keeps what their events brought.
    /// </summary>
    public static IReadOnlyList<string> Rebuilt { get; } =
        [Enrolled, LessonCompleted, CourseCompleted, AttemptGraded, WebinarRegistered, WebinarAttended, CertificateIssued];
}
