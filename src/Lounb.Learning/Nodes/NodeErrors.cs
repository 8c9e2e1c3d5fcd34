using Lounb.Modules.Core.Results;

namespace Lounb.Learning.Nodes;

/// <summary>The refusals of the node coordination (several app nodes sharing Redis), with the Ukrainian message people see.</summary>
internal static class NodeErrors
{
    private static readonly ErrorCodes Define = new("Nodes");

    /// <summary>Temporary (503): the live panel shows it and keeps trying until Redis answers again.</summary>
    public static readonly Error BackplaneUnavailable =
        Define.Unavailable("Сервер тимчасово не може передавати повідомлення між вузлами. Відновлюємо з’єднання…");
}
