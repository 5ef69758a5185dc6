using Wasmbox.Fuzz.Processes;

namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// Wasmbox, run in a child process of this program (see <see cref="WasmboxWorker"/>), so that
/// whatever a module does to it (a stack overflow, which .NET cannot catch; an access violation;
/// a hang) is seen here as a dead or silent worker, reported with the module, and survived.
/// </summary>
internal sealed class WasmboxOracle : IDisposable
{
    /// <summary>Generated modules run in milliseconds (binaryen's hang limit bounds every loop and recursion); this is a hang.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly LineWorker worker;

    public WasmboxOracle(WasmboxFlavor flavor)
    {
        Flavor = flavor;
        var (fileName, arguments) = SelfProcess.Command(WasmboxWorker.Command);
        worker = new LineWorker(fileName, arguments, flavor.Environment());
    }

    public WasmboxFlavor Flavor { get; }

    public string Describe() => Flavor.Description;

    public TraceReply Run(string modulePath) => TraceReply.From(worker.Ask(Path.GetFullPath(modulePath), Timeout));

    public void Dispose() => worker.Dispose();
}
