namespace Lounb.Modules.Hubs.Domain;

/// <summary>Lengths shared by the columns, the checks and the forms.</summary>
internal static class HubsLimits
{
    public const int NameLength = 200;
    public const int OblastCodeLength = 8;
}
