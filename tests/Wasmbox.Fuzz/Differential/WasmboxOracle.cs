using Wasmbox.Runtime;
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

    /// <param name="optimizingJit">
    /// Run with tiered compilation off, explicit bounds checks and functions split into regions; otherwise as users run:
    /// tiered, with guard regions. Compiled Wasm code is fully optimized either way (the
    /// runtime does not tier Reflection.Emit code); what changes is the engine's own code that
    /// compiled code calls (memory and table helpers, host stubs), and code loaded from a
    /// persisted assembly would tier once the engine caches compiled modules.
    /// </param>
    public WasmboxOracle(bool optimizingJit)
    {
        OptimizingJit = optimizingJit;
        var (fileName, arguments) = SelfProcess.Command(WasmboxWorker.Command);
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_TieredCompilation"] = optimizingJit ? "0" : "1",
            // The engine chooses guard regions when the process can catch their faults, explicit checks when not.
            [GuardRegionSupport.EnvironmentVariable] = optimizingJit ? "0" : "1",
            // And every function split into small regions (see WasmboxExecutor).
            ["WASMBOX_FUZZ_SPLIT"] = optimizingJit ? "24" : "",
        };
        worker = new LineWorker(fileName, arguments, environment);
    }

    public bool OptimizingJit { get; }

    public string Describe() => OptimizingJit ? "optimizing JIT, explicit bounds checks, functions split" : "tiered JIT, guard regions";

    public TraceReply Run(string modulePath) => TraceReply.From(worker.Ask(Path.GetFullPath(modulePath), Timeout));

    public void Dispose() => worker.Dispose();
}
