using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Lounb.Modules.Core.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Lounb.Learning.Tests;

/// <summary>
/// The process's meters are shared by every app in it (OpenTelemetry listens to a meter by its name), so these tests
/// run alone: another test's app cannot move the figures they read.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryRunsAlone
{
    public const string Name = "Telemetry";
}

/// <summary>
/// An app with a scrape token whose letters are never sent (the mail transport holds each until the app stops), so
/// the mail queue only grows; and the console formatters of the app write every log line into <see cref="LogLines"/>.
/// </summary>
public abstract class TelemetryApp(TestDatabase database)
    : LounbAppFactory(database, new Dictionary<string, string?> { ["Lounb:Telemetry:ScrapeToken"] = TelemetryTests.Token })
{
    /// <summary>Each log line as each console formatter of the app (<c>json</c>, <c>simple</c>) writes it.</summary>
    public ConcurrentQueue<(string Formatter, string Text)> LogLines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IMailTransport, HeldMailTransport>();
            services.AddSingleton<ILoggerProvider>(sp => new FormattedLines(sp.GetServices<ConsoleFormatter>(), LogLines));
            // The request lines of ASP.NET Core, which the app's settings keep out of the real console.
            services.Configure<LoggerFilterOptions>(o => o.AddFilter<FormattedLines>("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Information));
        });
    }

    /// <summary>Never sends: waits until the app stops.</summary>
    private sealed class HeldMailTransport : IMailTransport
    {
        public Task SendAsync(EmailMessage message, CancellationToken ct) => Task.Delay(Timeout.Infinite, ct);
    }

    /// <summary>A logger provider that formats each entry with the app's own console formatters and their scopes.</summary>
    private sealed class FormattedLines(IEnumerable<ConsoleFormatter> formatters, ConcurrentQueue<(string, string)> lines) : ILoggerProvider, ISupportExternalScope
    {
        private readonly List<ConsoleFormatter> _formatters = formatters.Where(f => f.Name is ConsoleFormatterNames.Json or ConsoleFormatterNames.Simple).ToList();
        private readonly ConcurrentQueue<(string, string)> _lines = lines;
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ILogger CreateLogger(string categoryName) => new Lines(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Lines(FormattedLines provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => provider._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var entry = new Microsoft.Extensions.Logging.Abstractions.LogEntry<TState>(logLevel, category, eventId, state, exception, formatter);
                foreach (var console in provider._formatters)
                {
                    using var text = new StringWriter(CultureInfo.InvariantCulture);
                    console.Write(entry, provider._scopes, text);
                    provider._lines.Enqueue((console.Name, text.ToString()));
                }
            }
        }
    }
}

public sealed class SqliteTelemetryApp() : TelemetryApp(TestDatabase.Sqlite);

public sealed class PostgresTelemetryApp() : TelemetryApp(TestDatabase.Postgres);

/// <summary>
/// <c>GET /metrics</c> (Prometheus): only administrators and the scrape token reach it; it shows answer saves, the
/// queues and SignalR connections of this node; log lines carry the request's trace id.
/// </summary>
public abstract partial class TelemetryTests(TelemetryApp app)
{
    public const string Token = "scrape-token-for-the-tests-0123456789";

    private TelemetryApp App { get; } = app;

    [Fact]
    public async Task Metrics_RefuseAnonymousCallersLearnersAndWrongTokens()
    {
        using var anonymous = new BrowserSession(App);
        using (var response = await anonymous.GetAsync("/metrics"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("http_server_request_duration_seconds", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var wrong in new[] { "Bearer " + Token[..^1], "Bearer " + Token + "x", "Basic " + Token, Token, "Bearer " })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Authorization", wrong);
            using var response = await anonymous.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // A learner, and staff other than administrators, are signed in but not operators.
        foreach (var person in new[] { "slukhach@lounb.demo", "metodyst@lounb.demo" })
        {
            using var session = new BrowserSession(App);
            await session.SignInAsync(person);
            using var response = await session.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("http_server_request_duration_seconds", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Metrics_AnAdministratorAndTheScrapeTokenReadThem()
    {
        using var admin = new BrowserSession(App);
        await admin.SignInAsync("admin@lounb.demo");
        var asAdmin = await admin.GetHtmlAsync("/metrics");
        Assert.Contains("http_server_request_duration_seconds_count{", asAdmin, StringComparison.Ordinal);
        // Requests are labelled by route template, never by the raw path with its ids.
        Assert.Contains("http_route=\"courses\"", await ScrapeAfterAsync("/courses"), StringComparison.Ordinal);

        var scraped = await ScrapeAsync();
        Assert.Contains("lounb_queue_depth{", scraped, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", scraped, StringComparison.Ordinal);
        if (App.Database == TestDatabase.Postgres)
        {
            // Npgsql's own meter: the time of every PostgreSQL command.
            Assert.Contains("db_client_operation_duration_seconds_count{", scraped, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Metrics_AnAnswerSaveCountsInLounbAnswerSavesTotal()
    {
        var (quizId, _) = await new QuizBuilder(App).PublishedQuizAsync([QuizBuilder.Single()]);
        var email = $"telemetry.{Guid.NewGuid():N}@example.org";
        await App.CreatePersonAsync(email);
        using var learner = new BrowserSession(App);
        await learner.SignInAsync(email);
        var attemptId = await AssessmentsTests.StartAsync(learner, quizId);

        var before = Sample(await ScrapeAsync(), "lounb_answer_saves_total", ("outcome", "stored"));
        var durationsBefore = Sample(await ScrapeAsync(), "lounb_answer_save_duration_seconds_count", ("outcome", "stored"));
        using (var saved = await AssessmentsTests.SaveAsync(learner, attemptId, 1, "c1", 1))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        var after = await ScrapeAsync();
        Assert.True(Sample(after, "lounb_answer_saves_total", ("outcome", "stored")) >= before + 1, after);
        Assert.True(Sample(after, "lounb_answer_save_duration_seconds_count", ("outcome", "stored")) >= durationsBefore + 1, after);
    }

    [Fact]
    public async Task Metrics_AQueuedLetterShowsInTheMailQueueDepth()
    {
        var before = Sample(await ScrapeAsync(), "lounb_queue_depth", ("queue", "mail"));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IEmailSender>()
                .SendAsync(new EmailMessage("chytach@example.org", "Нагадування", "Вебінар почнеться за годину."), default);
        }

        var after = await ScrapeAsync();
        Assert.True(Sample(after, "lounb_queue_depth", ("queue", "mail")) >= before + 1, after);
        Assert.True(Sample(after, "lounb_queue_oldest_age_seconds", ("queue", "mail")) >= 0, after);
        foreach (var queue in new[] { "outbox", "webinar_reminders", "report_exports" })
        {
            Assert.Contains($"lounb_queue_depth{{otel_scope_name=\"Lounb.Learning\",queue=\"{queue}\"}}", after, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Metrics_CountTheSignalRConnectionsOfAHub()
    {
        var hubs = new HubClients(App, "/hubs/certificates");
        var before = Sample(await ScrapeAsync(), "lounb_signalr_connections", ("hub", "CertificatesHub"));
        await using var connection = await hubs.ConnectAsync("metodyst@lounb.demo");
        // The hub has no methods: the refusal comes after the server finished accepting the connection (messages wait for it).
        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("Ping"));
        var connected = await ScrapeAsync();
        Assert.Equal(before + 1, Sample(connected, "lounb_signalr_connections", ("hub", "CertificatesHub")));
    }

    [Fact]
    public async Task LogLines_CarryTheTraceAndSpanIdOfTheRequest()
    {
        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
        using var client = App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/courses", UriKind.Relative));
        request.Headers.Add("traceparent", $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom().ToHexString()}-01");
        using (var response = await client.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var lines = App.LogLines.Where(l => l.Text.Contains("/courses", StringComparison.Ordinal) && l.Text.Contains(traceId, StringComparison.Ordinal)).ToList();
        var json = lines.Where(l => l.Formatter == ConsoleFormatterNames.Json).Select(l => l.Text).ToList();
        var simple = lines.Where(l => l.Formatter == ConsoleFormatterNames.Simple).Select(l => l.Text).ToList();
        Assert.NotEmpty(json);
        Assert.All(json, line => Assert.Contains($"\"TraceId\":\"{traceId}\"", line, StringComparison.Ordinal));
        Assert.All(json, line => Assert.Matches("\"SpanId\":\"[0-9a-f]{16}\"", line));
        Assert.NotEmpty(simple);
        Assert.All(simple, line => Assert.Matches($"SpanId:[0-9a-f]{{16}}, TraceId:{traceId}", line));
    }

    private async Task<string> ScrapeAfterAsync(string url)
    {
        using var client = App.CreateClient();
        using (await client.GetAsync(new Uri(url, UriKind.Relative)))
        {
        }

        return await ScrapeAsync();
    }

    /// <summary>What Prometheus reads, with the scrape token.</summary>
    private async Task<string> ScrapeAsync()
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of the samples of <paramref name="metric"/> whose labels include <paramref name="labels"/> (0 when there is none yet).</summary>
    private static double Sample(string exposition, string metric, params (string Name, string Value)[] labels) =>
        SampleLine().Matches(exposition)
            .Where(m => m.Groups["name"].Value == metric && labels.All(l => m.Groups["labels"].Value.Contains($"{l.Name}=\"{l.Value}\"", StringComparison.Ordinal)))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)\{(?<labels>[^}]*)\} (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex SampleLine();
}

[Collection(TelemetryRunsAlone.Name)]
public sealed class SqliteTelemetryTests(SqliteTelemetryApp app) : TelemetryTests(app), IClassFixture<SqliteTelemetryApp>;

[Collection(TelemetryRunsAlone.Name)]
public sealed class PostgresTelemetryTests(PostgresTelemetryApp app) : TelemetryTests(app), IClassFixture<PostgresTelemetryApp>;

/// <summary>
/// With <c>Lounb:Telemetry:Otlp:Endpoint</c> set, traces and metrics go to that collector: here a receiver on loopback
/// that keeps what it is sent (OTLP over HTTP); metrics are exported every second for the test.
/// </summary>
[Collection(TelemetryRunsAlone.Name)]
public sealed class OtlpExportTests
{
    [Fact]
    public async Task OtlpEndpoint_ReceivesTheRequestsTraceAndTheMetrics()
    {
        var received = new ConcurrentQueue<(string Path, byte[] Body)>();
        using var receiver = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        receiver.Start();
        var port = ((IPEndPoint)receiver.LocalEndpoint).Port;
        receiver.Stop();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var receiving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                received.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        });

        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
        var app = new LounbAppFactory(TestDatabase.Sqlite, new Dictionary<string, string?>
        {
            ["Lounb:Telemetry:Otlp:Endpoint"] = $"http://127.0.0.1:{port}",
            ["Lounb:Telemetry:Otlp:Protocol"] = "HttpProtobuf",
            // The SDK's own setting (read from configuration as from the environment): metrics every second, so the
            // test sees them while the app runs instead of relying on the flush at shutdown on a busy machine.
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        });
        await using (app)
        {
            using var client = app.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/courses", UriKind.Relative));
            request.Headers.Add("traceparent", $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom().ToHexString()}-01");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            // The request's span ends just after its response: wait (app running) until the batch exporter sent it and
            // the metric reader sent the request's duration and the queue depth, so that neither races the shutdown.
            for (var waited = 0; waited < 600 && !(received.Any(r => r.Path == "/v1/traces" && r.Body.AsSpan().IndexOf(Convert.FromHexString(traceId)) >= 0)
                && received.Any(r => r.Path == "/v1/metrics" && HasBothMetrics(System.Text.Encoding.UTF8.GetString(r.Body)))); waited++)
            {
                await Task.Delay(100);
            }
        }

        listener.Stop();
        await receiving;
        var traces = received.Where(r => r.Path == "/v1/traces").Select(r => r.Body).ToList();
        Assert.Contains(traces, body => body.AsSpan().IndexOf(Convert.FromHexString(traceId)) >= 0);
        var metrics = received.Where(r => r.Path == "/v1/metrics").Select(r => System.Text.Encoding.UTF8.GetString(r.Body)).ToList();
        Assert.Contains(metrics, HasBothMetrics);
    }

    private static bool HasBothMetrics(string body) =>
        body.Contains("http.server.request.duration", StringComparison.Ordinal) && body.Contains("lounb.queue.depth", StringComparison.Ordinal);
}
