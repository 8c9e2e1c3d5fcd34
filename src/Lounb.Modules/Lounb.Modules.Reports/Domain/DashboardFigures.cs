namespace Lounb.Modules.Reports.Domain;

/// <summary>A measure's count and the sum of its values over a slice.</summary>
internal sealed record MeasureTotal(int Count, double Total);

/// <summary>The headline figures of a dashboard, computed from the roll-ups' totals per measure.</summary>
internal sealed record DashboardFigures(
    int Enrolments,
    int ActiveLearners,
    int LessonsCompleted,
    int Completions,
    decimal? CompletionRatePercent,
    int GradedAttempts,
    decimal? AverageQuizPercent,
    int AttestationFit,
    int AttestationConditions,
    int AttestationNotFit,
    int WebinarRegistrations,
    int WebinarAttendances,
    int CertificatesIssued,
    int HubReports,
    int HubEvents,
    int HubParticipants,
    int HubConsultations)
{
    /// <summary>
    /// Completion rate is the period's completions over the period's enrolments (a share of 100, one decimal); none
    /// when nobody enrolled. The average quiz score is the mean percent of the graded attempts.
    /// </summary>
    public static DashboardFigures From(IReadOnlyDictionary<string, MeasureTotal> totals, int activeLearners)
    {
        ArgumentNullException.ThrowIfNull(totals);
        int Count(string measure) => totals.TryGetValue(measure, out var t) ? t.Count : 0;
        int Sum(string measure) => totals.TryGetValue(measure, out var t) ? (int)Math.Round(t.Total) : 0;
        var enrolments = Count(ReportMeasures.Enrolled);
        var completions = Count(ReportMeasures.CourseCompleted);
        var attempts = totals.GetValueOrDefault(ReportMeasures.AttemptGraded) ?? new MeasureTotal(0, 0);
        return new DashboardFigures(
            enrolments,
            activeLearners,
            Count(ReportMeasures.LessonCompleted),
            completions,
            enrolments == 0 ? null : Math.Round(100m * completions / enrolments, 1),
            attempts.Count,
            attempts.Count == 0 ? null : Math.Round((decimal)attempts.Total / attempts.Count, 1),
            Count(ReportMeasures.AttestationFit),
            Count(ReportMeasures.AttestationConditions),
            Count(ReportMeasures.AttestationNotFit),
            Count(ReportMeasures.WebinarRegistered),
            Count(ReportMeasures.WebinarAttended),
            Count(ReportMeasures.CertificateIssued),
            Count(ReportMeasures.HubEvents),
            Sum(ReportMeasures.HubEvents),
            Sum(ReportMeasures.HubParticipants),
            Sum(ReportMeasures.HubConsultations));
    }
}
