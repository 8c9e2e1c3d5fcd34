using Lounb.Modules.Hubs.Domain;

namespace Lounb.Modules.Hubs.Application;

/// <summary>The registry's create/edit form.</summary>
internal sealed class HubForm
{
    public Guid? LibraryId { get; set; }

    public string? Name { get; set; }

    public HubStatus Status { get; set; } = HubStatus.Active;

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>Monday first, seven entries.</summary>
    public List<string?> Hours { get; set; } = [.. Enumerable.Repeat<string?>(null, 7)];

    public List<HubServices> Services { get; set; } = [];

    public List<EquipmentRow> Equipment { get; set; } = [];

    public static HubForm Of(Hub hub) => new()
    {
        LibraryId = hub.LibraryId, Name = hub.Name, Status = hub.Status, Address = hub.Address, Phone = hub.Phone, Email = hub.Email,
        Hours = [.. hub.HoursByDay()],
        Services = HubTexts.Services.Where(s => hub.Services.HasFlag(s.Service)).Select(s => s.Service).ToList(),
        Equipment = hub.Equipment.Select(e => new EquipmentRow { Name = e.Name, Quantity = e.Quantity, Note = e.Note }).ToList(),
    };

    /// <summary>The form with three empty equipment rows to fill.</summary>
    public HubForm WithBlankRows()
    {
        Equipment = [.. Equipment.Where(e => !e.IsBlank), new EquipmentRow(), new EquipmentRow(), new EquipmentRow()];
        return this;
    }

    public HubDescription ToDescription(string oblastCode) => new(
        LibraryId ?? Guid.Empty, oblastCode, (Name ?? "").Trim(), Status, (Address ?? "").Trim(),
        Blank(Phone), Blank(Email),
        Enumerable.Range(0, 7).Select(i => (i < Hours.Count ? Hours[i] : null)?.Trim() ?? "").ToList(),
        Services.Aggregate(HubServices.None, (all, s) => all | s),
        Equipment.Where(e => !e.IsBlank).Select(e => new HubEquipmentItem((e.Name ?? "").Trim(), e.Quantity ?? 0, Blank(e.Note))).ToList());

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal sealed class EquipmentRow
{
    public string? Name { get; set; }

    public int? Quantity { get; set; }

    public string? Note { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && Quantity is null && string.IsNullOrWhiteSpace(Note);
}

/// <summary>A mobile hub's new stop.</summary>
internal sealed class StopForm
{
    public string? Place { get; set; }

    public string? Address { get; set; }

    public string? Community { get; set; }

    public string? OblastCode { get; set; }

    public DateOnly? Day { get; set; }

    public TimeOnly? Starts { get; set; }

    public TimeOnly? Ends { get; set; }

    public string? Offer { get; set; }
}

/// <summary>A session's form: up to three agreed actions on one page.</summary>
internal sealed class SessionForm
{
    public DateOnly? HeldOn { get; set; }

    public SessionFormat Format { get; set; } = SessionFormat.Online;

    public int? DurationMinutes { get; set; }

    public string? Topics { get; set; }

    public string? Notes { get; set; }

    public DateOnly? NextDate { get; set; }

    public List<ActionRow> Actions { get; set; } = [new(), new(), new()];
}

internal sealed class ActionRow
{
    public string? Text { get; set; }

    public ActionOwner Owner { get; set; } = ActionOwner.Coordinator;

    public DateOnly? DueOn { get; set; }
}
