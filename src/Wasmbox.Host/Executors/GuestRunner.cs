using System.Diagnostics;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Limits;
using Wasmbox.Host.Manifest;
using Wasmbox.Runtime;
using Wasmbox.Wasi;

namespace Wasmbox.Host.Executors;

/// <summary>
/// Runs one request's fresh instance of a function: a store with the function's limits, a WASI
/// context with its grants and this request's streams, the deadline on the shared watchdog, and
/// the call to _start. Whatever the guest does ends in a <see cref="GuestResult"/>, never in an
/// exception, and never with a host path or stack trace in its text.
/// </summary>
public sealed class GuestRunner(DeadlineWatchdog watchdog)
{
    public GuestResult Run(LoadedFunction function, WasiConfiguration configuration, string requestId, CancellationToken requestAborted, Action? onTimeout = null)
    {
        var started = Stopwatch.GetTimestamp();
        var limits = function.Limits;
        WasiContext wasi;
        try
        {
            wasi = new WasiContext(configuration);
        }
        catch (DirectoryNotFoundException)
        {
            return Result(ExecutionOutcome.HostError, "a directory granted to the function cannot be opened on the server", null);
        }
        using var _ = wasi;
        using var stopped = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        using var store = new Store(function.Engine, new Capabilities.GuestInstance(wasi, function, requestId, stopped.Token), function.StoreLimits);
        if (limits.Fuel is { } fuel) store.SetFuel(fuel);
        var timedOut = false;
        var aborted = false;
        using var deadline = watchdog.Register(limits.Timeout!.Value, () =>
        {
            timedOut = true;
            store.Interrupt();
            stopped.Cancel();
            onTimeout?.Invoke();
        });
        using var abort = requestAborted.Register(() =>
        {
            aborted = true;
            store.Interrupt();
        });
        try
        {
            var instance = function.Snapshot is { } snapshot ? snapshot.Instantiate(store) : function.InstancePre.Instantiate(store);
            instance.GetFunction("_start")!.Invoke();
            return Result(ExecutionOutcome.Succeeded, null, store);
        }
        catch (WasiExitException exit)
        {
            return exit.ExitCode == 0
                ? Result(ExecutionOutcome.Succeeded, null, store)
                : Result(ExecutionOutcome.ExitedWithError, $"the function exited with status {exit.ExitCode}{(store.MemoryLimitReached
                    ? $", after its memory limit of {Quantities.FormatSize(limits.MemoryBytes ?? 0)} refused to grow its memory" : "")}", store, exit.ExitCode);
        }
        catch (TrapException trap)
        {
            return Trapped(trap, store, timedOut, aborted, limits);
        }
        catch (ResourceLimitException e)
        {
            return Result(ExecutionOutcome.MemoryLimit, $"the function's memory limit of {Quantities.FormatSize(limits.MemoryBytes ?? 0)} does not allow its instance: {e.Message}", store);
        }
        catch (LinkException e)
        {
            return Result(ExecutionOutcome.HostError, $"cannot link the function: {e.Message}", store);
        }

        GuestResult Result(ExecutionOutcome outcome, string? detail, Store? ran, int exitCode = 0) =>
            new(outcome, exitCode, detail, ran is not null && limits.Fuel is not null ? ran.FuelConsumed : 0, ran?.MemoryBytes ?? 0, Stopwatch.GetElapsedTime(started));

        GuestResult Trapped(TrapException trap, Store ran, bool timedOut, bool aborted, FunctionLimits limits)
        {
            var where = trap.Kind == TrapKind.CallStackExhausted ? "" : trap.FunctionName is { } name ? $" in {name}" : "";
            return trap.Kind switch
            {
                TrapKind.Interrupted when timedOut => Result(ExecutionOutcome.TimedOut, $"the function's timeout of {Quantities.FormatDuration(limits.Timeout!.Value)} passed", ran),
                TrapKind.Interrupted when aborted => Result(ExecutionOutcome.ClientGone, "the client went away", ran),
                TrapKind.OutOfFuel => Result(ExecutionOutcome.OutOfFuel, $"all fuel consumed{where} (the function's fuel limit of {limits.Fuel} per request was reached)", ran),
                // Not named by function: naming it walks every frame of the runaway recursion again,
                // which doubles the cost of this trap (about 3 ms of CPU at the default 256 KiB).
                TrapKind.CallStackExhausted => Result(ExecutionOutcome.StackExhausted, $"call stack exhausted (the function's stack limit of {Quantities.FormatSize(limits.StackBytes ?? 0)} was reached: a runaway recursion, or raise limits.stack)", ran),
                _ when ran.MemoryLimitReached =>
                    Result(ExecutionOutcome.MemoryLimit, $"trap: {trap.Reason}{where}, after the function's memory limit of {Quantities.FormatSize(limits.MemoryBytes ?? 0)} refused to grow its memory", ran),
                _ => Result(ExecutionOutcome.Trapped, $"trap: {trap.Reason}{where}", ran),
            };
        }
    }
}
