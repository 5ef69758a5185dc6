using Wasmbox.Fuzz.Processes;

namespace Wasmbox.Fuzz.Differential;

/// <summary>The second oracle: V8, through node and v8-harness.js (next to this program), kept running across modules.</summary>
internal sealed class V8Oracle : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly LineWorker node = new("node", [Path.Combine(AppContext.BaseDirectory, "v8-harness.js")]);

    public TraceReply Run(string modulePath) => TraceReply.From(node.Ask(Path.GetFullPath(modulePath), Timeout));

    public void Dispose() => node.Dispose();
}
