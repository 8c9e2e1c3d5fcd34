namespace Lounb.Modules.Hubs.Domain;

internal enum HubStatus
{
    Active,
    Paused,
    Relocated,

    /// <summary>Travels between places (a laptop, a tablet, a smartphone and a projector) along an itinerary.</summary>
    Mobile,
}

/// <summary>A library's digital-education hub. Its oblast is the library's, kept here so scope filters need no join.</summary>
internal sealed class Hub
{
    private Hub()
    {
    }

    public Hub(Guid libraryId, string oblastCode, string name, HubStatus status)
    {
        Id = Guid.CreateVersion7();
        LibraryId = libraryId;
        OblastCode = oblastCode;
        Name = name;
        Status = status;
    }

    public Guid Id { get; private set; }

    public Guid LibraryId { get; private set; }

    public string OblastCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public HubStatus Status { get; private set; }

    public string Address { get; private set; } = "";

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    /// <summary>Free text per weekday, Monday first (seven lines; an empty line is a day off).</summary>
    public string OpeningHours { get; private set; } = "";

    public HubServices Services { get; private set; }

    public List<HubEquipmentItem> Equipment { get; private set; } = [];

    /// <summary>The hours of each weekday, Monday first; always seven entries.</summary>
    public IReadOnlyList<string> HoursByDay()
    {
        var lines = OpeningHours.Split('\n');
        return Enumerable.Range(0, 7).Select(i => i < lines.Length ? lines[i] : "").ToList();
    }

    /// <summary>Everything the registry form edits; the oblast follows the library.</summary>
    public void Describe(HubDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        LibraryId = description.LibraryId;
        OblastCode = description.OblastCode;
        Name = description.Name;
        Status = description.Status;
        Address = description.Address;
        Phone = description.Phone;
        Email = description.Email;
        OpeningHours = string.Join('\n', description.Hours.Select(h => h.Replace('\n', ' ').Trim()));
        Services = description.Services;
        Equipment = description.Equipment.ToList();
    }
}

/// <summary>What the registry form says about a hub, already checked by <see cref="HubDescription.Check"/>.</summary>
internal sealed record HubDescription(
    Guid LibraryId,
    string OblastCode,
    string Name,
    HubStatus Status,
    string Address,
    string? Phone,
    string? Email,
    IReadOnlyList<string> Hours,
    HubServices Services,
    IReadOnlyList<HubEquipmentItem> Equipment)
{
    public Core.Results.Result Check()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > HubsLimits.NameLength)
        {
            return HubsErrors.NameRequired;
        }

        if (string.IsNullOrWhiteSpace(Address) || Address.Length > HubsLimits.AddressLength)
        {
            return HubsErrors.AddressRequired;
        }

        if (Phone?.Length > HubsLimits.ContactLength || Email?.Length > HubsLimits.ContactLength)
        {
            return HubsErrors.ContactTooLong;
        }

        if (Email is not null && !Email.Contains('@', StringComparison.Ordinal))
        {
            return HubsErrors.EmailInvalid;
        }

        if (Hours.Count != 7 || Hours.Any(h => h.Length > HubsLimits.HoursLength))
        {
            return HubsErrors.HoursTooLong;
        }

        if (Equipment.Count > HubsLimits.EquipmentItems)
        {
            return HubsErrors.TooMuchEquipment;
        }

        foreach (var item in Equipment)
        {
            if (item.Quantity is < 1 or > HubsLimits.EquipmentQuantity)
            {
                return HubsErrors.EquipmentQuantityInvalid(item.Name);
            }

            if (item.Name.Length > HubsLimits.EquipmentNameLength || item.Note?.Length > HubsLimits.EquipmentNoteLength)
            {
                return HubsErrors.EquipmentTextTooLong;
            }
        }

        return Core.Results.Result.Success();
    }
}

/// <summary>A piece of the hub's equipment: «Ноутбук», 2, «один для заняття Code Club».</summary>
internal sealed record HubEquipmentItem(string Name, int Quantity, string? Note);

/// <summary>What a hub offers citizens; a hub offers any combination.</summary>
[Flags]
internal enum HubServices
{
    None = 0,
    DiiaConsultations = 1,
    DigitalLiteracy = 2,
    CodeClub = 4,
    MediaLiteracy = 8,
    InclusiveClasses = 16,
    Yoy = 32,
    Other = 64,
}

/// <summary>The Ukrainian names of hub services and statuses, as every page shows them.</summary>
internal static class HubTexts
{
    public static IReadOnlyList<(HubServices Service, string Name)> Services { get; } =
    [
        (HubServices.DiiaConsultations, "Консультації з е-послуг (Дія)"),
        (HubServices.DigitalLiteracy, "Заняття з цифрової грамотності"),
        (HubServices.CodeClub, "Code Club"),
        (HubServices.MediaLiteracy, "Медіаграмотність"),
        (HubServices.InclusiveClasses, "Інклюзивні заняття"),
        (HubServices.Yoy, "«Йой: бадьора українська»"),
        (HubServices.Other, "Інше"),
    ];

    public static IReadOnlyList<string> Weekdays { get; } = ["Понеділок", "Вівторок", "Середа", "Четвер", "П'ятниця", "Субота", "Неділя"];

    public static IEnumerable<string> NamesOf(HubServices services) =>
        Services.Where(s => services.HasFlag(s.Service)).Select(s => s.Name);

    public static string NameOf(HubStatus status) => status switch
    {
        HubStatus.Active => "Працює",
        HubStatus.Paused => "Призупинено",
        HubStatus.Relocated => "Релоковано",
        HubStatus.Mobile => "Мобільний",
        _ => status.ToString(),
    };
}

/// <summary>A coordinator (a library's digital manager) runs a hub from <see cref="Since"/> until <see cref="Until"/>; reassignment ends the old row, so history stays.</summary>
internal sealed class HubCoordinator : IAssignmentPeriod
{
    private HubCoordinator()
    {
    }

    public HubCoordinator(Guid hubId, Guid personId, DateOnly since)
    {
        Id = Guid.CreateVersion7();
        HubId = hubId;
        PersonId = personId;
        Since = since;
    }

    public Guid Id { get; private set; }

    public Guid HubId { get; private set; }

    public Guid PersonId { get; private set; }

    public DateOnly Since { get; private set; }

    public DateOnly? Until { get; private set; }

    public bool IsCurrentOn(DateOnly day) => Since <= day && (Until is null || day <= Until);

    public void End(DateOnly until) => Until = until;
}
