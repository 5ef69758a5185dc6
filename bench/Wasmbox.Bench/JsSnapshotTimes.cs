using System.Text;
using Wasmbox.Runtime;
using Wasmbox.Wasi;

namespace Wasmbox.Bench;

/// <summary>
/// What a snapshot saves a js function: µs to the JavaScript engine (runtime/js) ready to take a
/// request for SCRIPT, by instantiating it and running its init phase (the engine started, the
/// prelude and the script evaluated), and by <see cref="Snapshot.Instantiate"/> of the state
/// that init phase left, as the js executor's requests start. The host functions of the
/// `wasmbox` module are stand-ins: the init phase of a script that snapshots calls none but log.
/// </summary>
internal static class JsSnapshotTimes
{
    public static int Run(string engineWasm, string scriptPath, int iterations, TextWriter output)
    {
        // The server's engines copy images under 1 MiB (Wasmbox.Host's EngineSet); the default maps them.
        var (copied, _, initializedCopy) = Measure(new Engine(EngineConfig.Default.WithMemoryImages(true, 1024 * 1024)), engineWasm, scriptPath, iterations);
        var (mapped, snapshot, initialized) = Measure(new Engine(), engineWasm, scriptPath, iterations);
        output.WriteLine($"JavaScript engine ready for {Path.GetFileName(scriptPath)}: median µs (its store and WASI context disposed too); "
            + $"snapshot memory {snapshot.MemoryBytes / 1024:#,0} KiB, image {snapshot.ImageBytes / 1024:#,0} KiB.");
        output.WriteLine();
        output.WriteLine("| µs, median | engine ready for a request |");
        output.WriteLine("| --- | ---: |");
        output.WriteLine($"| instantiate + init phase (engine, prelude, script) | {InstantiationTimes.Microseconds(Math.Min(initialized, initializedCopy))} |");
        output.WriteLine($"| `Snapshot.Instantiate`, image mapped copy-on-write (the engine's default) | {InstantiationTimes.Microseconds(mapped)} |");
        output.WriteLine($"| `Snapshot.Instantiate`, image copied (as `wasmbox serve` does under 1 MiB) | {InstantiationTimes.Microseconds(copied)} |");
        return 0;
    }

    private static (double FromSnapshot, Snapshot Snapshot, double Initialized) Measure(Engine engine, string engineWasm, string scriptPath, int iterations)
    {
        var linker = WasiPreview1.AddToLinker(new Linker(engine), store => (WasiContext)store.Data!);
        static FunctionType I32s(int parameters) => new(Enumerable.Repeat(ValueKind.I32, parameters).ToArray(), [ValueKind.I32]);
        foreach (var (name, parameters) in new[] { ("log", 3), ("dapr_request", 8), ("response_body", 3), ("response_body_length", 0), ("response_header", 4) })
            linker.DefineFunction("wasmbox", name, I32s(parameters), (_, _, results) => results[0] = Value.I32(0));
        var pre = linker.Prepare(Module.FromFile(engine, engineWasm));
        var source = File.ReadAllText(scriptPath);
        var options = WasiSnapshotPolicy.Options().AllowingHostFunctions("wasmbox.log", "wasi_snapshot_preview1.random_get")
            .WithInitialization(instance => Initialize(instance, source));
        Snapshot snapshot;
        using (var wasi = new WasiContext(WasiConfiguration.Default))
        using (var initializing = new Store(engine, wasi))
        {
            snapshot = pre.CreateSnapshot(initializing, options);
        }

        TimeSpan Initialized()
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            using var wasi = new WasiContext(WasiConfiguration.Default);
            using var store = new Store(engine, wasi);
            Initialize(pre.Instantiate(store), source);
            return System.Diagnostics.Stopwatch.GetElapsedTime(start);
        }

        TimeSpan FromSnapshot()
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            using var wasi = new WasiContext(WasiConfiguration.Default);
            using var store = new Store(engine, wasi);
            snapshot.Instantiate(store);
            return System.Diagnostics.Stopwatch.GetElapsedTime(start);
        }

        var initializedRuns = Math.Max(20, iterations / 100);
        InstantiationTimes.WarmUp(Initialized, initializedRuns / 10);
        InstantiationTimes.WarmUp(FromSnapshot, iterations / 10);
        var initialized = InstantiationTimes.Median(initializedRuns, Initialized);
        return (InstantiationTimes.Median(iterations, FromSnapshot), snapshot, initialized);
    }

    /// <summary>As the js executor's snapshots initialize: the script and its name written into memory, then wasmbox_js_init.</summary>
    private static void Initialize(Instance instance, string source)
    {
        var allocate = instance.GetFunction("wasmbox_js_alloc")!;
        var memory = instance.GetMemory("memory")!;
        int Place(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var address = allocate.Invoke(Value.I32(bytes.Length + 1))[0].AsI32();
            var target = memory.GetSpan((ulong)(uint)address, bytes.Length + 1);
            bytes.CopyTo(target);
            target[^1] = 0;
            return address;
        }
        var script = Place(source);
        var name = Place("app.js");
        instance.GetFunction("wasmbox_js_init")!.Invoke(Value.I32(script), Value.I32(Encoding.UTF8.GetByteCount(source)), Value.I32(name));
    }
}
