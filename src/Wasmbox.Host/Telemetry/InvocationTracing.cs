using System.Diagnostics;

namespace Wasmbox.Host.Telemetry;

/// <summary>
/// The server's spans, on the activity source <see cref="SourceName"/>: one per run of a function,
/// continuing the caller's W3C trace context (the HTTP request's <c>traceparent</c>, a CloudEvent's
/// <c>traceparent</c>), and one per building-block call a guest makes, as its child. With no
/// listener (tracing off) nothing is created and a run pays one check.
/// </summary>
public static class InvocationTracing
{
    public const string SourceName = "Wasmbox";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// A run's span, the current activity until it ends: a child of the caller's trace context when
    /// <paramref name="traceparent"/> is one, a new trace otherwise. Null when nobody listens.
    /// </summary>
    public static Activity? StartInvocation(string function, int version, InvocationTrigger trigger, string requestId, string? traceparent, string? tracestate)
    {
        if (!Source.HasListeners()) return null;
        if (!ActivityContext.TryParse(traceparent, tracestate, isRemote: true, out var parent))
        {
            // ASP.NET Core keeps an activity of its own for each request, which is exported by no one:
            // a span under it would point at a parent no trace shows, so a caller without a trace starts one.
            Activity.Current = null;
            parent = default;
        }
        var span = Source.StartActivity(function, trigger == InvocationTrigger.PubSub ? ActivityKind.Consumer : ActivityKind.Server, parent);
        if (span is null) return null;
        if (span.IsAllDataRequested)
        {
            span.SetTag("faas.name", function);
            span.SetTag("faas.version", version);
            span.SetTag("faas.trigger", trigger switch { InvocationTrigger.Http => "http", InvocationTrigger.PubSub => "pubsub", _ => "other" });
            span.SetTag("faas.invocation_id", requestId);
            span.SetTag("wasmbox.trigger", trigger.ToString().ToLowerInvariant());
        }
        return span;
    }

    /// <summary>Puts what the run cost and how it ended on its span (which the caller then ends).</summary>
    public static void Describe(Activity? span, InvocationRecord run)
    {
        if (span is null || !span.IsAllDataRequested) return;
        span.SetTag("wasmbox.outcome", run.Outcome.ToString());
        if (run.Status is { } status) span.SetTag("http.response.status_code", status);
        if (run.FuelConsumed > 0) span.SetTag("wasmbox.fuel_consumed", (long)run.FuelConsumed);
        if (run.PeakMemoryBytes > 0) span.SetTag("wasmbox.peak_memory_bytes", (long)run.PeakMemoryBytes);
        if (!run.Succeeded) span.SetStatus(ActivityStatusCode.Error, run.Detail ?? run.Outcome.ToString());
    }

    /// <summary>A guest's building-block call, as a child of the current span (its run's).</summary>
    public static Activity? StartBuildingBlockCall(string method, string path)
    {
        if (!Source.HasListeners()) return null;
        var block = BuildingBlock(path);
        var span = Source.StartActivity($"{block} {method}", ActivityKind.Client);
        if (span is null || !span.IsAllDataRequested) return span;
        span.SetTag("wasmbox.building_block", block);
        span.SetTag("http.request.method", method);
        if (block == "http") span.SetTag("url.full", path);
        else span.SetTag("url.path", path);
        return span;
    }

    public static void EndBuildingBlockCall(Activity? span, int status)
    {
        if (span is null) return;
        span.SetTag("http.response.status_code", status);
        if (status >= 400) span.SetStatus(ActivityStatusCode.Error);
        span.Dispose();
    }

    /// <summary>The W3C trace context to send on with a call the current span makes, or null when there is none.</summary>
    public static (string TraceParent, string? TraceState)? Outgoing() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? (current.Id!, current.TraceStateString) : null;

    /// <summary>"/v1.0/state/statestore/k" → "state"; an absolute URL is outbound HTTP.</summary>
    private static string BuildingBlock(string path)
    {
        if (Capabilities.OutboundHttp.IsOutbound(path)) return "http";
        var parts = path.Split('/', 4, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 ? parts[1] : "dapr";
    }
}
