using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Wasmbox.Host.Telemetry;

/// <summary>
/// Registers the server's metrics and traces: the instruments always (recording into them costs a
/// flag check when nothing listens), the Prometheus endpoint when <see cref="ServeOptions.Metrics"/>,
/// and the OTLP span exporter when <see cref="ServeOptions.ExportTraces"/>.
/// </summary>
public static class ServerTelemetry
{
    public const string MetricsPath = "/metrics";

    public static void Add(IServiceCollection services, ServeOptions options)
    {
        services.AddSingleton<DeliveryMetrics>();
        services.AddSingleton<AdmissionGauges>();
        if (options.Metrics) services.AddSingleton<IInvocationObserver, InvocationMetrics>();
        if (!options.Metrics && !options.ExportTraces && options.TraceCollector is null) return;

        var telemetry = services.AddOpenTelemetry();
        // OTEL_SERVICE_NAME, when set, names the service; otherwise its Dapr app id does, as daprd's spans do.
        if (Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME") is not { Length: > 0 })
            telemetry.ConfigureResource(resource => resource.AddService(options.AppId));
        if (options.Metrics)
        {
            telemetry.WithMetrics(metrics => metrics
                .AddMeter(WasmboxMeter.Name)
                // Every scrape sees every run that ended before it (the exporter caches 300 ms by default).
                .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        }
        // The exporter reads the endpoint, protocol and headers from the OTEL_EXPORTER_OTLP_* variables.
        if (options.ExportTraces || options.TraceCollector is not null)
        {
            telemetry.WithTracing(tracing => tracing.AddSource(InvocationTracing.SourceName).AddOtlpExporter(otlp =>
            {
                if (options.TraceCollector is not { } collector) return;
                otlp.Endpoint = collector;
                otlp.Protocol = OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf;
            }));
        }
    }

    /// <summary>Serves /metrics, and starts listening to the meter now: measurements made before anyone listens are lost.</summary>
    public static void Map(WebApplication app, ServeOptions options)
    {
        if (!options.Metrics) return;
        app.Services.GetRequiredService<MeterProvider>();
        app.Services.GetRequiredService<AdmissionGauges>();
        app.MapPrometheusScrapingEndpoint(MetricsPath);
    }
}
