namespace Lounb.Modules.Hubs.Domain;

/// <summary>Lengths shared by the columns, the checks and the forms.</summary>
internal static class HubsLimits
{
    public const int NameLength = 200;
    public const int OblastCodeLength = 8;
    public const int AddressLength = 300;
    public const int ContactLength = 200;
    public const int HoursLength = 100;
    public const int TextLength = 2000;
    public const int EquipmentItems = 30;
    public const int EquipmentNameLength = 120;
    public const int EquipmentNoteLength = 300;
    public const int EquipmentQuantity = 1000;

    /// <summary>A session lasts at most eight hours.</summary>
    public const int SessionMinutes = 480;

    public const int ActionsPerSession = 10;
}
