using Wasmbox.Fuzz.Processes;

namespace Wasmbox.Fuzz.Differential;

/// <summary>A worker's trace of one module, and whether the worker answered at all.</summary>
internal sealed record TraceReply(WorkerOutcome Outcome, IReadOnlyList<TraceEvent> Trace, string Diagnostics)
{
    public static TraceReply From(WorkerReply reply) =>
        new(reply.Outcome, reply.Lines.Select(TraceEvent.Parse).ToList(), reply.Diagnostics);

    public bool Answered => Outcome == WorkerOutcome.Completed;

    public bool Has(TraceEventKind kind) => Trace.Any(e => e.Kind == kind);
}
