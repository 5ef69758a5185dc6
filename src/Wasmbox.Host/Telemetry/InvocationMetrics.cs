using System.Collections.Concurrent;
using System.Diagnostics;
using Wasmbox.Host.Executors;

namespace Wasmbox.Host.Telemetry;

/// <summary>
/// Turns each run the journal reports into measurements: the invocation counter (refusals
/// included), and for runs, their duration, peak memory and, for metered functions, fuel. On the
/// request's thread, after the response: the label values are cached strings, so a run costs the
/// measurements and no allocation.
/// </summary>
public sealed class InvocationMetrics : IInvocationObserver
{
    private static readonly ConcurrentDictionary<int, string> Versions = new();
    private static readonly string[] Triggers = Enum.GetValues<InvocationTrigger>().Select(t => t.ToString().ToLowerInvariant()).ToArray();
    private static readonly string[] Outcomes = Enum.GetValues<ExecutionOutcome>().Select(SnakeCase).ToArray();

    public void Observe(InvocationRecord invocation)
    {
        var version = Versions.GetOrAdd(invocation.Version, v => v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var trigger = Triggers[(int)invocation.Trigger];
        WasmboxMeter.Invocations.Add(1, new TagList
        {
            { "function", invocation.Function }, { "version", version }, { "trigger", trigger }, { "outcome", Outcomes[(int)invocation.Outcome] },
        });
        // A refusal ran nothing: it has no duration or cost to count.
        if (invocation.Outcome is ExecutionOutcome.QueueFull or ExecutionOutcome.WaitedTooLong) return;
        var run = new TagList { { "function", invocation.Function }, { "version", version }, { "trigger", trigger } };
        WasmboxMeter.Duration.Record(invocation.Duration.TotalSeconds, run);
        var cost = new TagList { { "function", invocation.Function }, { "version", version } };
        if (invocation.PeakMemoryBytes > 0) WasmboxMeter.PeakMemory.Record((long)invocation.PeakMemoryBytes, cost);
        // Zero means not metered: fuel is counted only in functions compiled with a fuel limit.
        if (invocation.FuelConsumed > 0) WasmboxMeter.Fuel.Record((long)invocation.FuelConsumed, cost);
    }

    /// <summary>"TimedOut" → "timed_out", as Prometheus label values are usually written.</summary>
    private static string SnakeCase(ExecutionOutcome outcome) =>
        string.Concat(outcome.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
