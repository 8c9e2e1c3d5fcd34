using System.Globalization;
using System.Reflection;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Lounb.Learning.Tests.Authorization;

/// <summary>
/// The personas' hub calls: each persona's connection to each hub is opened on its first call (with the persona's
/// sign-in cookies) and reused by every later row; the anonymous get no connection (the hub refuses it with 401).
/// A call's answer is read from the refusal's problem (<see cref="ErrorResponses.ToHubException"/>), never from its text.
/// </summary>
public sealed class PersonaHubs(LounbAppFactory app) : IAsyncDisposable
{
    private readonly Dictionary<(string Persona, string Hub), (HubConnection? Connection, (Answer Answer, string Detail) Refusal)> _connections = [];

    /// <summary>The persona's answer to the row's call (<c>/hubs/x Method</c>) with its arguments, placeholders filled.</summary>
    public async Task<(Answer Answer, string Detail)> InvokeAsync(PersonaClient persona, string route, string arguments)
    {
        ArgumentNullException.ThrowIfNull(persona);
        ArgumentNullException.ThrowIfNull(route);
        var (hub, method) = RouteInventory.HubMethod(app.Services, route);
        var (connection, refusal) = await ConnectionAsync(persona, hub);
        if (connection is null)
        {
            return refusal;
        }

        try
        {
            await connection.InvokeCoreAsync(method.Name, typeof(object), Arguments(method, arguments));
            return (Answer.Allowed, "ok");
        }
        catch (HubException refused)
        {
            return Classify(refused);
        }
    }

    /// <summary>
    /// Refused: the problem's status is 401, 403 or 404. Broken: 5xx, or an exception the hub did not map (no problem).
    /// Allowed: a 400 or 409 problem — the method ran its checks and refused the input or the state, as for HTTP rows.
    /// </summary>
    private static (Answer, string) Classify(HubException refused)
    {
        if (HubClients.ProblemOf(refused) is not { } problem)
        {
            return (Answer.Broken, "unmapped: " + refused.Message);
        }

        var detail = $"{problem.Status.ToString(CultureInfo.InvariantCulture)} {problem.Code}";
        return problem.Status switch
        {
            401 or 403 or 404 => (Answer.Refused, detail),
            >= 500 => (Answer.Broken, detail),
            _ => (Answer.Allowed, detail),
        };
    }

    /// <summary>The row's comma-separated arguments as the method's parameter types (<c>a|b</c> is a string array).</summary>
    private static object?[] Arguments(MethodInfo method, string text)
    {
        var parameters = method.GetParameters();
        var values = text.Length == 0 ? [] : text.Split(',');
        Assert.True(values.Length == parameters.Length, $"{method.Name} takes {parameters.Length} arguments, the row gives {values.Length}: {text}");
        return parameters.Zip(values, (p, v) => p.ParameterType switch
        {
            var t when t == typeof(Guid) || t == typeof(Guid?) => (object?)Guid.Parse(v),
            var t when t == typeof(int) => int.Parse(v, CultureInfo.InvariantCulture),
            var t when t == typeof(string[]) => v.Split('|'),
            _ => v,
        }).ToArray();
    }

    private async Task<(HubConnection?, (Answer, string))> ConnectionAsync(PersonaClient persona, string hub)
    {
        if (_connections.TryGetValue((persona.Persona.Name, hub), out var known))
        {
            return known;
        }

        var connection = new HubClients(app, hub).HubFor(persona.Cookies);
        try
        {
            await connection.StartAsync();
            known = (connection, (Answer.Allowed, ""));
        }
        catch (HttpRequestException refused)
        {
            await connection.DisposeAsync();
            var refusal = refused.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden ? Answer.Refused : Answer.Broken;
            known = (null, (refusal, $"{(int?)refused.StatusCode} (the hub refused the connection)"));
        }

        _connections[(persona.Persona.Name, hub)] = known;
        return known;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (connection, _) in _connections.Values)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }

        _connections.Clear();
    }
}
