using Microsoft.Extensions.Logging;
using Wasmbox.Host.Executors;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Logs;

namespace Wasmbox.Host.Triggers;

/// <summary>What one triggered run ended in, and which version ran.</summary>
public sealed record TriggeredRun(GuestResult Result, int Version);

/// <summary>
/// Runs a function for an event that is not an HTTP request (a pub/sub message, an input
/// binding's event): a fresh instance with the event's data on stdin and its attributes in the
/// environment, stdout discarded, stderr logged under the event's id, within the function's
/// admission queue and limits. The version served at the moment of the event runs it.
/// </summary>
public sealed class TriggerRunner(FunctionRegistry registry, GuestRunner runner, GuestThreads threads, FunctionLogs logs, Telemetry.InvocationJournal journal, TimeProvider time)
{
    /// <summary>
    /// The run's result, or null when no such function is served or its queue would not take the
    /// event in time. <paramref name="traceparent"/>: the trace the event belongs to (a CloudEvent's), which the run's span continues.
    /// </summary>
    public async ValueTask<TriggeredRun?> RunAsync(string name, Telemetry.InvocationTrigger trigger, string eventId, byte[] data, IEnumerable<KeyValuePair<string, string>> environment,
        CancellationToken cancellation, string? traceparent = null, string? tracestate = null)
    {
        if (!registry.Table.Functions.TryGetValue(name, out var function)) return null;
        var version = function.Version.Version;
        var arrived = time.GetUtcNow();
        using var span = Telemetry.InvocationTracing.StartInvocation(name, version, trigger, eventId, traceparent, tracestate);
        void Report(GuestResult result)
        {
            var run = Telemetry.InvocationRecord.From(arrived, name, version, trigger, eventId, result, null);
            Telemetry.InvocationTracing.Describe(span, run);
            journal.Record(run);
        }
        using var admission = await function.Admission.EnterAsync(function.Limits.Timeout!.Value, cancellation).ConfigureAwait(false);
        if (admission.Result != Limits.AdmissionResult.Admitted)
        {
            var outcome = admission.Result == Limits.AdmissionResult.QueueFull ? ExecutionOutcome.QueueFull : ExecutionOutcome.WaitedTooLong;
            Report(new GuestResult(outcome, 0, null, 0, 0, TimeSpan.Zero));
            return null;
        }

        var errors = new GuestErrorOutput();
        var configuration = (function.Grants with { EnvironmentVariables = [.. function.Grants.EnvironmentVariables, .. environment] })
            .WithArguments([function.Name])
            .WithStandardInput(new MemoryStream(data, writable: false))
            .WithStandardOutput(new GuestErrorOutput())
            .WithStandardError(errors);
        var result = await threads.RunAsync(function, () => runner.Run(function, configuration, eventId, cancellation)).ConfigureAwait(false);
        foreach (var line in errors.Lines()) logs.Write(name, version, eventId, LogLevel.Information, line);
        Report(result);
        return new TriggeredRun(result, version);
    }
}
