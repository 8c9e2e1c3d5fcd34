using System.Globalization;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Hubs.Domain;

namespace Lounb.Modules.Hubs.Application.Reports;

/// <summary>One event row of the report form, as typed (numbers as text, so a stray letter gets a clear message rather than a silent 0).</summary>
internal sealed class ReportEventRow
{
    public string? Kind { get; set; }

    public string? Date { get; set; }

    public string? Topic { get; set; }

    public string? Displaced { get; set; }

    public string? Older { get; set; }

    public string? Youth { get; set; }

    public string? WithDisabilities { get; set; }

    public string? Other { get; set; }

    /// <summary>A row left as the blank form gave it: skipped.</summary>
    internal bool IsBlank =>
        string.IsNullOrWhiteSpace(Date) && string.IsNullOrWhiteSpace(Topic)
        && new[] { Displaced, Older, Youth, WithDisabilities, Other }.All(v => string.IsNullOrWhiteSpace(v) || v.Trim() == "0");
}

/// <summary>The monthly report form: the plain POST and the autosave send the same fields.</summary>
internal sealed class ReportForm
{
    public List<ReportEventRow> Events { get; set; } = [];

    public string? Diia { get; set; }

    public string? HousingAndIdpAid { get; set; }

    public string? PensionFund { get; set; }

    public string? Tax { get; set; }

    public string? Health { get; set; }

    public string? OtherServices { get; set; }

    public string? Notes { get; set; }

    internal static ReportForm From(ReportFigures figures) => new()
    {
        Events = figures.Events.Select(e => new ReportEventRow
        {
            Kind = e.Kind.ToString(), Date = e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Topic = e.Topic,
            Displaced = Number(e.Participants.Displaced), Older = Number(e.Participants.Older), Youth = Number(e.Participants.Youth),
            WithDisabilities = Number(e.Participants.WithDisabilities), Other = Number(e.Participants.Other),
        }).ToList(),
        Diia = Number(figures.Consultations.Diia), HousingAndIdpAid = Number(figures.Consultations.HousingAndIdpAid),
        PensionFund = Number(figures.Consultations.PensionFund), Tax = Number(figures.Consultations.Tax),
        Health = Number(figures.Consultations.Health), OtherServices = Number(figures.Consultations.Other),
        Notes = figures.Notes,
    };

    /// <summary>The figures typed, blank rows skipped; text where a number belongs is refused with the row or the service named.</summary>
    internal Result<ReportFigures> ToFigures()
    {
        var events = new List<ReportEventInput>();
        var filled = Events.Where(e => !e.IsBlank).ToList();
        for (var i = 0; i < filled.Count; i++)
        {
            var row = filled[i];
            int?[] counts = [Count(row.Displaced), Count(row.Older), Count(row.Youth), Count(row.WithDisabilities), Count(row.Other)];
            if (counts.Any(c => c is null))
            {
                return HubsErrors.ParticipantsInvalid(i + 1);
            }

            if (!Enum.TryParse<ReportEventKind>(row.Kind, out var kind) || !Enum.IsDefined(kind) || int.TryParse(row.Kind, out _))
            {
                return HubsErrors.EventKindInvalid(i + 1);
            }

            var date = DateOnly.TryParseExact(row.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
            events.Add(new ReportEventInput(kind, date, row.Topic, new ParticipantCounts(counts[0]!.Value, counts[1]!.Value, counts[2]!.Value, counts[3]!.Value, counts[4]!.Value)));
        }

        var services = new (EService Service, string? Text)[]
        {
            (EService.Diia, Diia), (EService.HousingAndIdpAid, HousingAndIdpAid), (EService.PensionFund, PensionFund),
            (EService.Tax, Tax), (EService.Health, Health), (EService.Other, OtherServices),
        };
        var bad = services.FirstOrDefault(s => Count(s.Text) is null);
        if (bad.Text is not null)
        {
            return HubsErrors.ConsultationsInvalid(ReportText.Of(bad.Service));
        }

        var c = services.Select(s => Count(s.Text)!.Value).ToArray();
        return new ReportFigures(events, new ConsultationCounts(c[0], c[1], c[2], c[3], c[4], c[5]), Notes);
    }

    /// <summary>Blank is 0; anything but a whole number is null (the range is checked by the rules).</summary>
    private static int? Count(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0
        : int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : null;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
