using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lounb.Learning.Tests.Authorization;

/// <summary>
/// A persona's requests: the sign-in cookies are taken once and sent as a fixed header (so a request that signs out or
/// sets cookies does not change who the next request is), with the persona's antiforgery token in the form and header.
/// </summary>
public sealed class PersonaClient : IDisposable
{
    private readonly HttpClient _client;
    private readonly string _cookies;
    private readonly string _token;

    private PersonaClient(Persona persona, HttpClient client, string cookies, string token)
    {
        Persona = persona;
        _client = client;
        _cookies = cookies;
        _token = token;
    }

    public Persona Persona { get; }

    public string Cookies => _cookies;

    public static async Task<PersonaClient> SignInAsync(LounbAppFactory app, Persona persona)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(persona);
        var hubs = new HubClients(app, "/");
        var container = persona.Email is null ? new CookieContainer() : await hubs.SignedInCookiesAsync(persona.Email);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = app.ClientOptions.BaseAddress });
        // A page with a form: the sign-in page for the anonymous, the layout's sign-out form for everyone else.
        using var page = new HttpRequestMessage(HttpMethod.Get, persona.Email is null ? "/account/login" : "/dashboard");
        var cookies = container.GetCookieHeader(app.Server.BaseAddress);
        if (cookies.Length > 0)
        {
            page.Headers.Add("Cookie", cookies);
        }

        using var response = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The antiforgery cookie is set by the first page that renders a form, when the sign-in did not set it already.
        foreach (var set in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            container.SetCookies(app.Server.BaseAddress, set);
        }

        var token = BrowserSession.AntiforgeryToken(await response.Content.ReadAsStringAsync());
        return new PersonaClient(persona, client, container.GetCookieHeader(app.Server.BaseAddress), token);
    }

    public async Task<HttpResponseMessage> SendAsync(string method, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (_cookies.Length > 0)
        {
            request.Headers.Add("Cookie", _cookies);
        }

        request.Headers.Add("X-CSRF-TOKEN", _token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        if (method is "POST" or "PUT" or "PATCH" or "DELETE")
        {
            request.Content = new FormUrlEncodedContent(form.Append(new("__RequestVerificationToken", _token)));
        }

        return await _client.SendAsync(request);
    }

    public void Dispose() => _client.Dispose();
}
