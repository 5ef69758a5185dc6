namespace Wasmbox.Host.Executors;

/// <summary>How a request to a function ended: expected failures are values, mapped to HTTP in one place (<see cref="OutcomeResponses"/>).</summary>
public enum ExecutionOutcome
{
    /// <summary>The guest ran to the end and exited with status 0.</summary>
    Succeeded,
    /// <summary>The guest exited with a non-zero status.</summary>
    ExitedWithError,
    /// <summary>The guest trapped (unreachable, out-of-bounds access, ...).</summary>
    Trapped,
    OutOfFuel,
    /// <summary>The memory limit refused the instance, or the guest trapped with its memory at the limit.</summary>
    MemoryLimit,
    StackExhausted,
    TimedOut,
    /// <summary>The client went away; the guest was stopped.</summary>
    ClientGone,
    /// <summary>All instances were busy and the queue was full.</summary>
    QueueFull,
    /// <summary>The request waited in the queue for the whole timeout.</summary>
    WaitedTooLong,
    /// <summary>The guest's output is not a response (WAGI headers malformed or missing).</summary>
    BadResponse,
    /// <summary>Something failed on the host's side (e.g. a granted directory is gone).</summary>
    HostError,
}

/// <summary>What one run of a guest cost and how it ended.</summary>
public sealed record GuestResult(ExecutionOutcome Outcome, int ExitCode, string? Detail, ulong FuelConsumed, ulong PeakMemoryBytes, TimeSpan Duration)
{
    public bool Succeeded => Outcome == ExecutionOutcome.Succeeded;
}
