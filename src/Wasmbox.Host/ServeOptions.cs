using System.Net;
using Wasmbox.Host.Functions;

namespace Wasmbox.Host;

/// <summary>How `wasmbox serve` runs: where it listens, what it serves, where it keeps its data.</summary>
public sealed record ServeOptions
{
    public const string DefaultListen = "127.0.0.1:8080";

    /// <summary>The manifest; null serves only what was deployed through the admin API.</summary>
    public string? ManifestPath { get; init; }
    public IPEndPoint Listen { get; init; } = IPEndPoint.Parse(DefaultListen);
    /// <summary>
    /// Where the gRPC app channel listens (daprd's <c>--app-protocol grpc</c>), HTTP/2 only, on a
    /// port of its own; null: no gRPC app channel.
    /// </summary>
    public IPEndPoint? AppGrpcListen { get; init; }
    public string DataDirectory { get; init; } = ".wasmbox";
    /// <summary>Redeploy a manifest function when its module file changes.</summary>
    public bool Watch { get; init; }
    /// <summary>The admin token; null reads WASMBOX_ADMIN_TOKEN, or the data directory's admin-token (made on first start).</summary>
    public string? AdminToken { get; init; }
    /// <summary>How long requests in flight may run on after SIGTERM before the server exits anyway.</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(10);
    public long MaxRequestBodyBytes { get; init; } = 32L << 20;
    public int MaxRequestHeadersBytes { get; init; } = 32 << 10;
    /// <summary>Dapr component files (the format daprd reads); null: only the default components.</summary>
    public string? ResourcesPath { get; init; }
    /// <summary>When set (APP_API_TOKEN, as daprd sets it for its app), daprd's calls on /dapr/*, its input bindings and every gRPC app channel call must carry it as dapr-api-token.</summary>
    public string? AppApiToken { get; init; } = Environment.GetEnvironmentVariable("APP_API_TOKEN") is { Length: > 0 } token ? token : null;
    /// <summary>The Dapr app id the functions share: their state keys are prefixed with it, as daprd prefixes an app's.</summary>
    public string AppId { get; init; } = "wasmbox";

    /// <summary>
    /// Where the Dapr HTTP API for other apps listens, on 127.0.0.1 and ::1 (null: not served; 0: a
    /// free port). `wasmbox serve` serves it on 3500, as daprd does, unless a daprd is beside it.
    /// </summary>
    public int? DaprHttpPort { get; init; }

    /// <summary>
    /// Where the Dapr gRPC API for other apps listens, HTTP/2 only, on 127.0.0.1 and ::1 (null: not
    /// served; 0: a free port). `wasmbox serve` serves it on 50001, as daprd does, unless a daprd is beside it.
    /// </summary>
    public int? DaprGrpcPort { get; init; }

    /// <summary>
    /// A daprd beside this server (its HTTP API address): guests' building-block calls go to it
    /// instead of the embedded components, which are then not loaded, and the Dapr API for other
    /// apps is daprd's. Null: the embedded components.
    /// </summary>
    public Uri? DaprSidecar { get; init; }

    /// <summary>
    /// How long a guest's call may wait for daprd (<see cref="DaprSidecar"/>) before it is answered
    /// 504 ERR_DAPR_TIMEOUT: shorter than a function's default deadline (10 s), so a guest facing a
    /// slow daprd gets a code to act on while it still has time to answer its caller.
    /// </summary>
    public TimeSpan DaprTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>When set (DAPR_API_TOKEN), calls on the Dapr API must carry it as dapr-api-token; next to a daprd, it is sent to daprd.</summary>
    public string? DaprApiToken { get; init; } = Environment.GetEnvironmentVariable("DAPR_API_TOKEN") is { Length: > 0 } token ? token : null;
    /// <summary>Prometheus metrics at /metrics on the functions' port; off, nothing is measured and /metrics is 404.</summary>
    public bool Metrics { get; init; } = true;

    /// <summary>
    /// Whether a js function's requests start from a snapshot of the engine taken after its script's
    /// top level ran at deploy (microseconds a request), rather than starting the engine and
    /// evaluating the script in each request's fresh instance (milliseconds). Off is for comparing.
    /// </summary>
    public bool JsSnapshots { get; init; } = true;

    /// <summary>
    /// Spans are exported over OTLP when the standard OpenTelemetry variables name a collector
    /// (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT); otherwise none are made.
    /// </summary>
    public bool ExportTraces { get; init; } =
        Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is { Length: > 0 } ||
        Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") is { Length: > 0 };

    /// <summary>
    /// An OTLP/HTTP traces endpoint given in code (<c>http://collector:4318/v1/traces</c>), for an
    /// embedder without the environment variables; set, spans are exported there (with <see cref="ExportTraces"/> true).
    /// </summary>
    public Uri? TraceCollector { get; init; }

    /// <summary>How the server's console log is written: text lines for people, or one JSON object a line for log collectors.</summary>
    public Logs.LogFormat LogFormat { get; init; } = Logs.LogFormat.Text;

    /// <summary>
    /// The js executor's JavaScript engine: built from runtime/js on first use in a source checkout;
    /// null: js functions are refused with the reason.
    /// </summary>
    public Js.JsEngineSource? JsEngine { get; init; }

    /// <summary>Limits for functions whose manifest or deploy leaves one unset.</summary>
    public FunctionLimits DefaultLimits { get; init; } = FunctionLimits.Defaults;
}
