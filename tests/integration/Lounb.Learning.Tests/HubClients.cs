using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Lounb.Learning.Tests;

/// <summary>SignalR .NET clients of a hub of the test app, signed in through the login form with a cookie as in a browser.</summary>
public sealed class HubClients(LounbAppFactory app, string hubPath)
{
    /// <summary>The cookies of <paramref name="email"/> after signing in with the demo password.</summary>
    public async Task<CookieContainer> SignedInCookiesAsync(string email)
    {
        var cookies = new CookieContainerHandler();
        using var client = app.CreateDefaultClient(cookies);
        var token = BrowserSession.FormToken(await client.GetStringAsync(new Uri("/account/login", UriKind.Relative)), "/account/login");
        using var form = new FormUrlEncodedContent([new("Email", email), new("Password", LounbAppFactory.DemoPassword), new("__RequestVerificationToken", token)]);
        using var signedIn = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return cookies.Container;
    }

    /// <summary>A started connection of <paramref name="email"/>.</summary>
    public async Task<HubConnection> ConnectAsync(string email)
    {
        var connection = HubFor(await SignedInCookiesAsync(email));
        await connection.StartAsync();
        return connection;
    }

    /// <summary>A connection (not started) carrying <paramref name="cookies"/>; an empty container is an anonymous caller.</summary>
    public HubConnection HubFor(CookieContainer cookies) =>
        Build(o => o.HttpMessageHandlerFactory = _ => new CookieContainerHandler(cookies) { InnerHandler = app.Server.CreateHandler() });

    /// <summary>A connection (not started) sending a fixed <c>Cookie</c> header (none when empty: an anonymous caller).</summary>
    public HubConnection HubFor(string cookieHeader) =>
        Build(o =>
        {
            o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
            if (cookieHeader.Length > 0)
            {
                o.Headers["Cookie"] = cookieHeader;
            }
        });

    private HubConnection Build(Action<HttpConnectionOptions> configure) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, hubPath.TrimStart('/')), o =>
            {
                configure(o);
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();

    /// <summary>Every <paramref name="name"/> message the connection receives, in order.</summary>
    public static ChannelReader<T> Listen<T>(HubConnection connection, string name)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var channel = Channel.CreateUnbounded<T>();
        connection.On<T>(name, item => channel.Writer.TryWrite(item));
        return channel.Reader;
    }

    /// <summary>The next message (that matches); fails when none came (the bound only stops a broken run, it measures nothing).</summary>
    public static async Task<T> NextAsync<T>(ChannelReader<T> reader, Func<T, bool>? matches = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var item = await reader.ReadAsync(bound.Token);
            if (matches is null || matches(item))
            {
                return item;
            }
        }
    }

    /// <summary>The problem a refused hub call carries after «HubException: » (ErrorResponses.ToHubException); null for any other failure.</summary>
    public static HubProblem? ProblemOf(HubException refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        const string marker = "HubException: ";
        var at = refused.Message.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<HubProblem>(refused.Message[(at + marker.Length)..], JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
