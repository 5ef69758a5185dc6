using System.Diagnostics;
using Wasmbox.Bench.Building;
using Wasmbox.Runtime;

namespace Wasmbox.Bench;

/// <summary>
/// What pre-initialization saves: µs to an initialized instance of the tests' snapshot guest
/// (tests/Wasmbox.Runtime.Tests/Guests/snapshot_table.c, whose initializer builds a 256 KiB lookup
/// table), by instantiating and running its initializer, and by <see cref="Snapshot.Instantiate"/>.
/// </summary>
internal static class SnapshotTimes
{
    public static void Run(string root, int iterations, TextWriter output)
    {
        var source = Path.Combine(root, "tests", "Wasmbox.Runtime.Tests", "Guests", "snapshot_table.c");
        var folder = Directory.CreateDirectory(Path.Combine(root, ".build", "bench-modules")).FullName;
        var wasm = Clang.Wasm(source, folder, linkFlags: ["-mexec-model=reactor"]);
        var engine = new Engine();
        var pre = new Linker(engine).Prepare(Module.FromFile(engine, wasm));
        Snapshot snapshot;
        using (var initializing = new Store(engine)) snapshot = pre.CreateSnapshot(initializing);

        TimeSpan Initialized()
        {
            var start = Stopwatch.GetTimestamp();
            using var store = new Store(engine);
            pre.Instantiate(store).GetAction(SnapshotOptions.WizerInitializer)();
            return Stopwatch.GetElapsedTime(start);
        }

        TimeSpan FromSnapshot()
        {
            var start = Stopwatch.GetTimestamp();
            using var store = new Store(engine);
            snapshot.Instantiate(store);
            return Stopwatch.GetElapsedTime(start);
        }

        var initializedRuns = Math.Max(20, iterations / 100);
        InstantiationTimes.WarmUp(Initialized, initializedRuns / 10);
        InstantiationTimes.WarmUp(FromSnapshot, iterations / 10);
        var initialized = InstantiationTimes.Median(initializedRuns, Initialized);
        var fromSnapshot = InstantiationTimes.Median(iterations, FromSnapshot);
        output.WriteLine();
        output.WriteLine($"Pre-initialization: median µs to an initialized instance of snapshot_table.c (its store disposed too); image {snapshot.ImageBytes / 1024:#,0} KiB, mapped: {snapshot.IsMapped}.");
        output.WriteLine();
        output.WriteLine("| µs, median | initialized instance |");
        output.WriteLine("| --- | ---: |");
        output.WriteLine($"| Wasmbox: `Instantiate` + `wizer.initialize` ({initializedRuns:#,0} times) | {InstantiationTimes.Microseconds(initialized)} |");
        output.WriteLine($"| Wasmbox: `Snapshot.Instantiate` ({iterations:#,0} times) | {InstantiationTimes.Microseconds(fromSnapshot)} |");
    }
}
