using Lounb.Modules.Core.Telemetry;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Lounb.Learning.Telemetry;

/// <summary>
/// OpenTelemetry for operators (docs/deployment.md, "Metrics and traces"): metrics of ASP.NET Core (requests by route
/// template), Kestrel, SignalR, HttpClient, Npgsql, the .NET runtime and the platform's own <c>lounb.*</c> meter, on a
/// Prometheus scrape endpoint at <c>/metrics</c> that only operators reach; metrics and traces over OTLP when
/// <c>Lounb:Telemetry:Otlp:Endpoint</c> is set. Log lines carry the current trace and span id.
/// </summary>
internal static class TelemetryHosting
{
    public const string MetricsPath = "/metrics";
    public const string ScrapePolicy = "Metrics.Scrape";
    public const string ServiceName = "lounb-learning";

    public static WebApplicationBuilder AddLounbTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.IsValid(), "Lounb:Telemetry:Otlp:Endpoint must be an absolute http(s) address (http://collector.lan:4317).").ValidateOnStart();
        var settings = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddSingleton<WorkQueueGauges>();
        services.AddSingleton<HubConnectionGauge>();
        services.AddSignalR(o => o.AddFilter<HubConnectionGauge>());
        services.AddSingleton<IAuthorizationHandler, ScrapeAccessHandler>();
        services.Configure<AuthorizationOptions>(o => o.AddPolicy(ScrapePolicy, p => p.AddRequirements(new ScrapeAccessRequirement())));
        // A scraper is a program: refused with a bare 401/403, never redirected to the sign-in page.
        services.AddProgramPath(MetricsPath);

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceInstanceId: $"{Environment.MachineName}/{Environment.ProcessId}"));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(LounbTelemetry.MeterName)
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
            if (settings.Otlp.Enabled)
            {
                metrics.AddOtlpExporter(o => Apply(settings.Otlp, "v1/metrics", o));
            }
        });
        if (settings.Otlp.Enabled)
        {
            telemetry.WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(settings.Otlp.TraceSampleRatio)))
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsOperations(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter(o => Apply(settings.Otlp, "v1/traces", o)));
            services.AddHostedService<WorkQueueSampler>();
        }

        // Every log line written during a request carries its trace and span id (a scope the console formatters print).
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        services.Configure<Microsoft.Extensions.Logging.Console.SimpleConsoleFormatterOptions>(o => o.IncludeScopes = true);
        services.Configure<Microsoft.Extensions.Logging.Console.JsonConsoleFormatterOptions>(o => o.IncludeScopes = true);
        return builder;
    }

    /// <summary><c>GET /metrics</c> in Prometheus' text format, behind <see cref="ScrapePolicy"/>; the queues are read just before.</summary>
    public static IEndpointRouteBuilder MapLounbMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (context, next) =>
            {
                await context.RequestServices.GetRequiredService<WorkQueueGauges>().RefreshAsync(context.RequestAborted);
                await next(context);
            }), optionsName: null)
            .RequireAuthorization(ScrapePolicy);
        return endpoints;
    }

    private static bool IsOperations(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    /// <summary>The collector's address; over HTTP each signal has its own path there (an address set in code gets none appended).</summary>
    private static void Apply(OtlpSettings settings, string signalPath, OpenTelemetry.Exporter.OtlpExporterOptions exporter)
    {
        var endpoint = new Uri(settings.Endpoint!);
        exporter.Endpoint = settings.Protocol == OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf
            ? new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath)
            : endpoint;
        exporter.Protocol = settings.Protocol;
    }
}
