namespace Lounb.Modules.Hubs.Domain;

/// <summary>Limits of monthly activity reports and digests, shared by the columns, the checks, the messages and the forms.</summary>
internal static class ReportLimits
{
    public const int TopicLength = 300;
    public const int NotesLength = 4000;
    public const int CommentLength = 2000;
    public const int MaxEvents = 100;

    /// <summary>More people than this at one library event is a typing error.</summary>
    public const int MaxParticipantsPerEvent = 10_000;

    public const int MaxConsultationsPerService = 10_000;
    public const int DigestTitleLength = 200;
    public const int DigestBodyLength = 20_000;

    /// <summary>The longest period the dashboards and the export sum over.</summary>
    public const int MaxDashboardMonths = 36;

    /// <summary>Blank event rows the plain form adds after the filled ones.</summary>
    public const int BlankEventRows = 3;
}
