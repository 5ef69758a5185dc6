using Wasmbox.Host.Executors;

namespace Wasmbox.Host.Telemetry;

/// <summary>What started a function's run.</summary>
public enum InvocationTrigger
{
    /// <summary>An HTTP request on one of the function's routes (or the admin API's invoke).</summary>
    Http,
    /// <summary>A pub/sub message of a topic it subscribes to.</summary>
    PubSub,
    /// <summary>An input binding's event (cron, or daprd's binding call).</summary>
    Binding,
}

/// <summary>
/// One run of a function as operators see it: which function and version, what triggered it, how it
/// ended (the outcome and, for HTTP, the status the caller got), how long it took, and what it cost
/// (fuel, when the function is metered; the peak of its linear memory). Refusals before a run (a
/// full queue) are records too, with no cost.
/// </summary>
public sealed record InvocationRecord(
    DateTimeOffset Started,
    string Function,
    int Version,
    InvocationTrigger Trigger,
    string RequestId,
    ExecutionOutcome Outcome,
    int? Status,
    TimeSpan Duration,
    ulong FuelConsumed,
    ulong PeakMemoryBytes,
    string? Detail)
{
    public bool Succeeded => Outcome == ExecutionOutcome.Succeeded && Status is null or < 500;

    public static InvocationRecord From(DateTimeOffset started, string function, int version, InvocationTrigger trigger, string requestId, GuestResult result, int? status) =>
        new(started, function, version, trigger, requestId, result.Outcome, status, result.Duration, result.FuelConsumed, result.PeakMemoryBytes, result.Detail);
}
