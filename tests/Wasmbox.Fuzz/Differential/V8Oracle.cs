using Wasmbox.Fuzz.Processes;

namespace Wasmbox.Fuzz.Differential;

/// <summary>The second oracle: V8, through node and v8-harness.js (next to this program), kept running across modules.</summary>
internal sealed class V8Oracle : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// V8 (node 20) never forgets a function type it has seen: its type canonicalizer's hash table
    /// only grows, and lookups in it slow down with every module of random types. After 22,000
    /// modules 85% of node's time went there (perf) and a module cost 59 ms of V8 instead of 7, so
    /// node is replaced every thousand modules (its start costs about 0.1 ms a module then).
    /// </summary>
    private const int ModulesPerProcess = 1000;

    private readonly LineWorker node = StartHarness();

    /// <summary>node running v8-harness.js, replaced before it slows down; the mutation fuzzer's validator uses one too.</summary>
    public static LineWorker StartHarness() =>
        new("node", [Path.Combine(AppContext.BaseDirectory, "v8-harness.js")], answersPerProcess: ModulesPerProcess);

    public TraceReply Run(string modulePath) => TraceReply.From(node.Ask(Path.GetFullPath(modulePath), Timeout));

    public void Dispose() => node.Dispose();
}
