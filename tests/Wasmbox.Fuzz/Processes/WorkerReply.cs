namespace Wasmbox.Fuzz.Processes;

/// <summary>How a request to a worker process ended.</summary>
internal enum WorkerOutcome
{
    Completed,
    /// <summary>No answer within the time limit; the worker was killed.</summary>
    TimedOut,
    /// <summary>The worker exited before answering: it crashed.</summary>
    Died,
}

/// <summary>A worker's answer: the lines it wrote, how it ended, and for a dead worker its exit status and last stderr lines.</summary>
internal sealed record WorkerReply(WorkerOutcome Outcome, IReadOnlyList<string> Lines, string Diagnostics);
