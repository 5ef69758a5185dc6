using System.Diagnostics;
using System.Globalization;
using Wasmbox.Bench.Building;
using Wasmbox.Bench.Reporting;
using Wasmbox.Runtime;
using Wasmbox.Wasi;

namespace Wasmbox.Bench;

/// <summary>
/// Time to a fresh, ready instance of a module compiled once, in microseconds: on Wasmbox in this
/// process through the embedding API (a new Store and Linker.Instantiate, the WASI imports defined
/// on the linker once, the store disposed after each), and on node (WebAssembly.instantiate of one
/// compiled WebAssembly.Module, bench/node/instantiate.mjs). Then the same plus a fresh WASI
/// context and a run of _start. Medians of many, after a warm-up.
/// </summary>
internal static class InstantiationTimes
{
    public static int Run(string root, int iterations, TextWriter output)
    {
        (string Name, string Path, int Iterations)[] modules =
        [
            ("hello world", BenchModules.Hello(root).Wasm, iterations),
            // Each instance copies megabytes into a new memory: fewer iterations give as steady a median.
            ($"{BenchModules.DataBytes >> 20} MiB of data", BenchModules.Data(root), Math.Max(100, iterations / 10)),
        ];
        var engine = new Engine();
        var wasmbox = modules.Select(m => MeasureWasmbox(engine, m.Path, m.Iterations)).ToArray();
        // The same with data segments copied into every instance, as before memory images.
        var copying = new Engine(EngineConfig.Default.WithMemoryImages(false));
        var wasmboxCopying = modules.Select(m => MeasureWasmbox(copying, m.Path, m.Iterations)).ToArray();
        var node = modules.Select(m => NodeScript.Run(root, "instantiate.mjs", [m.Path, m.Iterations.ToString(CultureInfo.InvariantCulture)])).ToArray();
        // node 20's WASI functions are V8 "fast API" calls, and V8 compiles a wrapper for each such
        // import on every instantiation; without them an import is an ordinary call into C++.
        var nodeSlowCalls = modules.Select(m => NodeScript.Run(root, "instantiate.mjs", [m.Path, m.Iterations.ToString(CultureInfo.InvariantCulture)],
            ["--no-turbo-fast-api-calls"])).ToArray();

        output.WriteLine($"Instantiation: median µs after a warm-up (a tenth as many iterations, at least 1 s); {Environment.ProcessorCount} cores; " +
            $".NET {Environment.Version}; Wasmbox bounds checks: {engine.Config.BoundsChecks}; load average {LoadAverage.Now()}.");
        output.WriteLine();
        output.WriteLine($"| µs, median | {string.Join(" | ", modules.Select(m => $"{m.Name} ({new FileInfo(m.Path).Length / 1024.0:#,0} KiB; {m.Iterations:#,0} times)"))} |");
        output.WriteLine($"| --- |{string.Concat(modules.Select(_ => " ---: |"))}");
        Row("Wasmbox: `new Store` + `Linker.Instantiate`", wasmbox.Select(w => w.Instance));
        Row("Wasmbox, memory images off (data copied): the same", wasmboxCopying.Select(w => w.Instance));
        Row("Wasmbox: the same and `Dispose` (the memory back in the pool)", wasmbox.Select(w => w.Cycle));
        Row("Wasmbox, memory images off: the same", wasmboxCopying.Select(w => w.Cycle));
        Row("Wasmbox: `new Store` + `Snapshot.Instantiate` (a snapshot taken right after instantiation)", wasmbox.Select(w => w.FromSnapshot));
        Row("node: `WebAssembly.instantiate(module, imports)`", node.Select(n => n.GetProperty("instantiate").GetDouble()));
        Row("node --no-turbo-fast-api-calls: the same", nodeSlowCalls.Select(n => n.GetProperty("instantiate").GetDouble()));
        Row("Wasmbox: new `WasiContext`, instance, `_start`", wasmbox.Select(w => w.Started));
        Row("Wasmbox, memory images off: the same", wasmboxCopying.Select(w => w.Started));
        Row("node: `new WASI`, instance, `wasi.start`", node.Select(n => n.GetProperty("start").GetDouble()));
        Row("node --no-turbo-fast-api-calls: the same", nodeSlowCalls.Select(n => n.GetProperty("start").GetDouble()));
        SnapshotTimes.Run(root, Math.Max(100, iterations / 10), output);
        return 0;

        void Row(string name, IEnumerable<double> values) => output.WriteLine($"| {name} | {string.Join(" | ", values.Select(Microseconds))} |");
    }

    /// <summary>Median µs to a ready instance, to one and back (its store disposed), and to an instance with its own WASI context that has run _start.</summary>
    private static (double Instance, double Cycle, double FromSnapshot, double Started) MeasureWasmbox(Engine engine, string path, int iterations)
    {
        var module = Module.FromBytes(engine, File.ReadAllBytes(path));
        var linker = WasiPreview1.AddToLinker(new Linker(engine), store => (WasiContext)store.Data!);
        using var devNull = new FileStream("/dev/null", FileMode.Open, FileAccess.Write);
        var configuration = WasiConfiguration.Default.WithArguments(path).WithStandardOutput(devNull);
        using var shared = new WasiContext(configuration);

        TimeSpan Instance()
        {
            var start = Stopwatch.GetTimestamp();
            using var store = new Store(engine, shared);
            linker.Instantiate(store, module);
            return Stopwatch.GetElapsedTime(start);
        }

        // Disposing gives the memory back to the pool (a reset, and with an image an mmap): part
        // of what each fresh instance costs a server, though not on the request's path.
        TimeSpan Cycle()
        {
            var start = Stopwatch.GetTimestamp();
            using (var store = new Store(engine, shared)) linker.Instantiate(store, module);
            return Stopwatch.GetElapsedTime(start);
        }

        Snapshot snapshot;
        using (var initializing = new Store(engine, shared))
            snapshot = linker.Prepare(module).CreateSnapshot(initializing, SnapshotOptions.Default.WithInitializer(null));

        TimeSpan FromSnapshot()
        {
            var start = Stopwatch.GetTimestamp();
            using var store = new Store(engine, shared);
            snapshot.Instantiate(store);
            return Stopwatch.GetElapsedTime(start);
        }

        TimeSpan Started()
        {
            var start = Stopwatch.GetTimestamp();
            using var context = new WasiContext(configuration);
            using var store = new Store(engine, context);
            try
            {
                linker.Instantiate(store, module).GetAction("_start")();
            }
            catch (WasiExitException exit) when (exit.ExitCode == 0)
            {
            }
            return Stopwatch.GetElapsedTime(start);
        }

        // Both are warmed up before either is timed, each for a tenth of the iterations and at least
        // a second: Wasmbox's own code is ReadyToRun or tier-0 at first, and tiered compilation
        // replaces the hot methods in the background only after they have run a while.
        WarmUp(Instance, iterations / 10);
        WarmUp(Cycle, iterations / 10);
        WarmUp(FromSnapshot, iterations / 10);
        WarmUp(Started, iterations / 10);
        return (Median(iterations, Instance), Median(iterations, Cycle), Median(iterations, FromSnapshot), Median(iterations, Started));
    }

    internal static void WarmUp(Func<TimeSpan> iteration, int iterations)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < iterations || clock.Elapsed < TimeSpan.FromSeconds(1); i++) iteration();
    }

    /// <summary>The median time of <paramref name="iterations"/> runs of <paramref name="iteration"/>, in µs.</summary>
    internal static double Median(int iterations, Func<TimeSpan> iteration)
    {
        var times = new double[iterations];
        for (var i = 0; i < iterations; i++) times[i] = iteration().TotalMicroseconds;
        return Statistics.Median(times);
    }

    internal static string Microseconds(double value) => value.ToString(value < 100 ? "0.0" : "#,0", CultureInfo.InvariantCulture);
}
