using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Hubs.Domain;

/// <summary>People at one event, by group.</summary>
internal sealed record ParticipantCounts(int Displaced, int Older, int Youth, int WithDisabilities, int Other)
{
    public static ParticipantCounts None { get; } = new(0, 0, 0, 0, 0);

    public int Total => Displaced + Older + Youth + WithDisabilities + Other;

    public int Of(ParticipantGroup group) => group switch
    {
        ParticipantGroup.Displaced => Displaced,
        ParticipantGroup.Older => Older,
        ParticipantGroup.Youth => Youth,
        ParticipantGroup.WithDisabilities => WithDisabilities,
        _ => Other,
    };

    public ParticipantCounts Plus(ParticipantCounts other) =>
        new(Displaced + other.Displaced, Older + other.Older, Youth + other.Youth, WithDisabilities + other.WithDisabilities, Other + other.Other);

    /// <summary>Every count at least 0 and together no more than <see cref="ReportLimits.MaxParticipantsPerEvent"/> (compared without overflow).</summary>
    public bool IsPossible =>
        Displaced >= 0 && Older >= 0 && Youth >= 0 && WithDisabilities >= 0 && Other >= 0
        && (long)Displaced + Older + Youth + WithDisabilities + Other <= ReportLimits.MaxParticipantsPerEvent;
}

/// <summary>Individual consultations of a month, by e-service.</summary>
internal sealed record ConsultationCounts(int Diia, int HousingAndIdpAid, int PensionFund, int Tax, int Health, int Other)
{
    public static ConsultationCounts None { get; } = new(0, 0, 0, 0, 0, 0);

    public int Total => Diia + HousingAndIdpAid + PensionFund + Tax + Health + Other;

    public int Of(EService service) => service switch
    {
        EService.Diia => Diia,
        EService.HousingAndIdpAid => HousingAndIdpAid,
        EService.PensionFund => PensionFund,
        EService.Tax => Tax,
        EService.Health => Health,
        _ => Other,
    };

    public ConsultationCounts Plus(ConsultationCounts other) =>
        new(Diia + other.Diia, HousingAndIdpAid + other.HousingAndIdpAid, PensionFund + other.PensionFund, Tax + other.Tax, Health + other.Health, Other + other.Other);
}

/// <summary>One event as the coordinator typed it.</summary>
internal sealed record ReportEventInput(ReportEventKind Kind, DateOnly? Date, string? Topic, ParticipantCounts Participants);

/// <summary>What a report says: events held, consultations by e-service, notes. <see cref="Check"/> holds every rule on the figures.</summary>
internal sealed record ReportFigures(IReadOnlyList<ReportEventInput> Events, ConsultationCounts Consultations, string? Notes)
{
    public static ReportFigures Empty { get; } = new([], ConsultationCounts.None, null);

    /// <summary>The first broken rule: a topic and a date inside <paramref name="month"/> (and not after <paramref name="today"/>) for every event, possible counts, lengths.</summary>
    public Result Check(ReportMonth month, DateOnly today)
    {
        if (Events.Count > ReportLimits.MaxEvents)
        {
            return HubsErrors.TooManyEvents;
        }

        for (var i = 0; i < Events.Count; i++)
        {
            if (CheckEvent(Events[i], i + 1, month, today).Failed(out var error))
            {
                return error;
            }
        }

        foreach (var service in Enum.GetValues<EService>())
        {
            if (Consultations.Of(service) is < 0 or > ReportLimits.MaxConsultationsPerService)
            {
                return HubsErrors.ConsultationsInvalid(ReportText.Of(service));
            }
        }

        return Notes?.Length > ReportLimits.NotesLength ? HubsErrors.NotesTooLong : Result.Success();
    }

    private static Result CheckEvent(ReportEventInput item, int row, ReportMonth month, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(item.Topic))
        {
            return HubsErrors.EventTopicRequired(row);
        }

        if (item.Topic.Trim().Length > ReportLimits.TopicLength)
        {
            return HubsErrors.EventTopicTooLong(row);
        }

        if (item.Date is not { } date)
        {
            return HubsErrors.EventDateRequired(row);
        }

        if (!month.Contains(date))
        {
            return HubsErrors.EventDateOutsideMonth(row, month.Title);
        }

        if (date > today)
        {
            return HubsErrors.EventDateInFuture(row);
        }

        if (!Enum.IsDefined(item.Kind))
        {
            return HubsErrors.EventKindInvalid(row);
        }

        return item.Participants.IsPossible ? Result.Success() : HubsErrors.ParticipantsInvalid(row);
    }
}
