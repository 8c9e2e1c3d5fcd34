namespace Lounb.Modules.Hubs.Domain;

/// <summary>
/// Where a monthly report is: the coordinator writes a draft and submits it; the mentor approves it or returns it
/// with a comment; a returned report is corrected and submitted again.
/// </summary>
internal enum ReportStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>What kind of event a hub held.</summary>
internal enum ReportEventKind
{
    DigitalLiteracy,
    ConsultationDay,
    CodeClub,
    MediaLiteracy,
    Inclusive,
    MobileHubVisit,
    Other,
}

/// <summary>The state e-services individual consultations are counted by (a fixed list).</summary>
internal enum EService
{
    Diia,
    HousingAndIdpAid,
    PensionFund,
    Tax,
    Health,
    Other,
}

/// <summary>The groups participants are counted by.</summary>
internal enum ParticipantGroup
{
    Displaced,
    Older,
    Youth,
    WithDisabilities,
    Other,
}

/// <summary>What happened to a report, as its history shows.</summary>
internal enum ReportAction
{
    Submitted,
    Returned,
    Approved,
    CorrectionStarted,
}

/// <summary>The Ukrainian words for the report's kinds and states.</summary>
internal static class ReportText
{
    public static string Of(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "Чернетка",
        ReportStatus.Submitted => "На перевірці",
        ReportStatus.Returned => "Повернуто на доопрацювання",
        _ => "Затверджено",
    };

    public static string Of(ReportEventKind kind) => kind switch
    {
        ReportEventKind.DigitalLiteracy => "Заняття з цифрової грамотності",
        ReportEventKind.ConsultationDay => "Консультаційний день",
        ReportEventKind.CodeClub => "Code Club",
        ReportEventKind.MediaLiteracy => "Медіаграмотність",
        ReportEventKind.Inclusive => "Інклюзивне заняття",
        ReportEventKind.MobileHubVisit => "Виїзд мобільного хабу",
        _ => "Інше",
    };

    public static string Of(EService service) => service switch
    {
        EService.Diia => "Дія — е-документи",
        EService.HousingAndIdpAid => "єОселя / допомоги ВПО",
        EService.PensionFund => "Пенсійний фонд",
        EService.Tax => "Податкова",
        EService.Health => "Медицина (Helsi / e-health)",
        _ => "Інше",
    };

    public static string Of(ParticipantGroup group) => group switch
    {
        ParticipantGroup.Displaced => "Внутрішньо переміщені особи",
        ParticipantGroup.Older => "Люди старшого віку",
        ParticipantGroup.Youth => "Молодь",
        ParticipantGroup.WithDisabilities => "Люди з інвалідністю",
        _ => "Інші",
    };

    public static string Of(ReportAction action) => action switch
    {
        ReportAction.Submitted => "Подано на перевірку",
        ReportAction.Returned => "Повернуто на доопрацювання",
        ReportAction.Approved => "Затверджено",
        _ => "Розпочато виправлення затвердженого звіту",
    };
}
