using Lounb.Modules.Core.Results;
using Microsoft.AspNetCore.SignalR;

namespace Lounb.Modules.Core.Web;

/// <summary>
/// Hub methods return their service's <see cref="Result"/>: the caller gets the value of a success, and a refusal as
/// the <see cref="HubException"/> of <see cref="ErrorResponses.ToHubException"/> (status, stable code, Ukrainian detail),
/// so every hub refuses the same way and no hub builds its own refusal text.
/// </summary>
public sealed class ResultHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var answer = await next(invocationContext);
        if (answer is not Result result)
        {
            return answer;
        }

        return result.Failed(out var error) ? throw error.ToHubException() : result.BoxedValue;
    }
}
