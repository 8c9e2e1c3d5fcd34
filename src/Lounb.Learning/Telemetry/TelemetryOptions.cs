using System.ComponentModel.DataAnnotations;
using OpenTelemetry.Exporter;

namespace Lounb.Learning.Telemetry;

/// <summary>Bound from "Lounb:Telemetry": who may scrape <c>/metrics</c>, and where OTLP goes (nowhere unless set).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Lounb:Telemetry";

    /// <summary>
    /// A request with <c>Authorization: Bearer &lt;this&gt;</c> may read <c>/metrics</c> (Prometheus); without it only
    /// signed-in administrators may. At least 24 characters; from the environment or a secret store.
    /// </summary>
    [MinLength(24)]
    public string? ScrapeToken { get; set; }

    /// <summary>How often the queues are read for OTLP export (a Prometheus scrape reads them itself).</summary>
    [Range(5, 3600)]
    public int QueueSampleSeconds { get; set; } = 15;

    public OtlpSettings Otlp { get; set; } = new();

    public bool IsValid() =>
        Otlp.Endpoint is null || Uri.TryCreate(Otlp.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}

/// <summary>Bound from "Lounb:Telemetry:Otlp": an OpenTelemetry collector (or Tempo, Jaeger, …) that receives metrics and traces.</summary>
public sealed class OtlpSettings
{
    /// <summary>e.g. <c>http://collector.lan:4317</c> (gRPC) or <c>http://collector.lan:4318</c> with <see cref="Protocol"/> HttpProtobuf. Unset: no export.</summary>
    public string? Endpoint { get; set; }

    public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>Share of requests traced (0–1); a child of a traced caller is always traced.</summary>
    [Range(0.0, 1.0)]
    public double TraceSampleRatio { get; set; } = 1.0;

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);
}
