using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lounb.Learning.Tests;

/// <summary>The app on PostgreSQL reached through a relay the test can cut: PostgreSQL goes down while people are using it.</summary>
public sealed class DatabaseDownTests : IDisposable
{
    private readonly TcpRelay _relay;
    private readonly RelayedPostgresApp _app;

    public DatabaseDownTests()
    {
        var admin = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("LOUNB_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set LOUNB_TEST_POSTGRES to a PostgreSQL connection string."));
        _relay = new TcpRelay(admin.Host!, admin.Port);
        _app = new RelayedPostgresApp(_relay.Port);
    }

    [Fact]
    public async Task PostgresDown_PagesAnswer503InUkrainianAndApisProblemJson()
    {
        var used = new NpgsqlConnectionStringBuilder(_app.Services.GetRequiredService<IConfiguration>().GetConnectionString("Postgres"));
        Assert.Equal(_relay.Port, used.Port);
        using var person = new BrowserSession(_app);
        await person.SignInAsync("slukhach@lounb.demo");
        var csrf = BrowserSession.AntiforgeryToken(await person.GetHtmlAsync("/my/certificates"));

        _relay.Stop();
        NpgsqlConnection.ClearAllPools();

        using (var page = await person.GetAsync("/my/certificates"))
        {
            Assert.True(page.StatusCode == HttpStatusCode.ServiceUnavailable, $"{page.StatusCode}: {await page.Content.ReadAsStringAsync()}");
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Сервіс тимчасово недоступний", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(TimeSpan.FromSeconds(30), page.Headers.RetryAfter?.Delta);
        }

        var attempt = Guid.NewGuid();
        var webinar = Guid.NewGuid();
        using var token = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/webinars/{webinar}/token", UriKind.Relative));
        token.Headers.Add("X-CSRF-TOKEN", csrf);
        using var answers = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/attempts/{attempt}/answers", UriKind.Relative));
        foreach (var request in (HttpRequestMessage[])[answers, token])
        {
            using var response = await person.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("\"status\":503", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.NotNull(response.Headers.RetryAfter);
        }
    }

    public void Dispose()
    {
        _relay.Dispose();
        _app.Dispose();
    }

    /// <summary>A fresh PostgreSQL database reached through the relay's port.</summary>
    private sealed class RelayedPostgresApp(int relayPort) : LounbAppFactory(TestDatabase.Postgres)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var relayed = new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Host = "127.0.0.1", Port = relayPort, Timeout = 3 };
            builder.UseSetting("ConnectionStrings:Postgres", relayed.ConnectionString);
        }
    }
}
