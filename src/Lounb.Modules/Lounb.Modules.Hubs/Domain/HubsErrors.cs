using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Hubs.Domain;

/// <summary>Every refusal of the hubs module, with the Ukrainian message people see.</summary>
internal static class HubsErrors
{
    private static readonly ErrorCodes Define = new("Hubs");

    public static readonly Error HubNotFound = Define.NotFound("Хаб не знайдено.");
    public static readonly Error OblastOutOfScope = Define.Forbidden("Ця область поза вашими повноваженнями.");
}
