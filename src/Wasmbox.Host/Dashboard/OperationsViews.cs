using Wasmbox.Host.Logs;
using Wasmbox.Host.Telemetry;

namespace Wasmbox.Host.Dashboard;

/// <summary>The JSON the dashboard reads of a function's run and of a log line.</summary>
internal static class OperationsViews
{
    public static object Invocation(InvocationRecord invocation) => new
    {
        started = invocation.Started,
        function = invocation.Function,
        version = invocation.Version,
        trigger = invocation.Trigger switch
        {
            InvocationTrigger.PubSub => "pubsub",
            InvocationTrigger.Binding => "binding",
            _ => "http",
        },
        requestId = invocation.RequestId,
        outcome = invocation.Outcome.ToString(),
        succeeded = invocation.Succeeded,
        status = invocation.Status,
        durationMs = Math.Round(invocation.Duration.TotalMilliseconds, 3),
        // The journal reports 0 for a function without a fuel limit (it is not metered): say so.
        fuel = invocation.FuelConsumed == 0 ? (ulong?)null : invocation.FuelConsumed,
        peakMemoryBytes = invocation.PeakMemoryBytes,
        detail = invocation.Detail,
    };

    public static object LogLine(FunctionLogLine line) => new
    {
        time = line.Time,
        function = line.Function,
        version = line.Version,
        requestId = line.RequestId,
        level = FunctionLogLine.LevelName(line.Level),
        text = line.Text,
    };
}
