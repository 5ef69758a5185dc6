using System.Globalization;
using Wasmbox.Bench.Building;
using Wasmbox.Bench.Reporting;
using Wasmbox.Programs.Tests.Building;
using Wasmbox.Runtime;

namespace Wasmbox.Bench;

/// <summary>
/// Compile speed, in megabytes (10^6 bytes) of Wasm per second to a Module ready to instantiate,
/// on the largest modules at hand: Module.FromBytes without a cache and from the compilation cache
/// (measured by <see cref="ModuleLoadTimes"/>, a new engine each time), and node's
/// WebAssembly.compile lazily (its default), with Liftoff for every function, and with TurboFan for
/// every function (bench/node/compile.mjs). Wasmbox's ready code is IL: RyuJIT still compiles each
/// function to machine code at its first call, as V8 does by default.
/// </summary>
internal static class CompileSpeed
{
    private static readonly (string Name, string[] Flags)[] NodeTiers =
    [
        ("node, lazy (default)", []),
        ("node, Liftoff, eager", ["--no-wasm-lazy-compilation"]),
        ("node, TurboFan, eager", ["--no-wasm-lazy-compilation", "--no-liftoff"]),
    ];

    public static int Run(string root, int runs, TextWriter output)
    {
        (string Name, string Path)[] modules =
        [
            ("sqlite3", ProgramBuild.Get("sqlite3", "sqlite3").WasmPath),
            ("bzip2", ProgramBuild.Get("bzip2", "bzip2").WasmPath),
            ($"generated, {BenchModules.Functions:#,0} functions", BenchModules.ManyFunctions(root)),
        ];
        // The first compile in a process also jits Wasmbox's own compiler: not part of any row.
        Module.FromBytes(new Engine(), File.ReadAllBytes(modules[1].Path));

        output.WriteLine($"Compile speed: MB (10^6 bytes) of Wasm per second to a ready Module, from the median of {runs} runs (ms in brackets); " +
            $"{Environment.ProcessorCount} cores; .NET {Environment.Version}; load average {LoadAverage.Now()}.");
        output.WriteLine();
        output.WriteLine($"| module | Wasm | Wasmbox, no cache | Wasmbox, from the cache | {string.Join(" | ", NodeTiers.Select(t => t.Name))} |");
        output.WriteLine($"| --- | ---: | ---: | ---: |{string.Concat(NodeTiers.Select(_ => " ---: |"))}");
        foreach (var (name, path) in modules)
        {
            var wasm = File.ReadAllBytes(path);
            var wasmbox = ModuleLoadTimes.Measure(wasm, runs);
            var cells = new List<string>
            {
                Cell(wasm.Length, wasmbox.Single(r => r.Way == ModuleLoadTimes.InMemory).MedianMilliseconds),
                Cell(wasm.Length, wasmbox.Single(r => r.Way == ModuleLoadTimes.CacheHit).MedianMilliseconds),
            };
            foreach (var (_, flags) in NodeTiers)
                cells.Add(Cell(wasm.Length, NodeScript.Run(root, "compile.mjs", [path, runs.ToString(CultureInfo.InvariantCulture)], flags).GetProperty("median").GetDouble()));
            output.WriteLine($"| {name} | {wasm.Length / 1e6:0.00} MB | {string.Join(" | ", cells)} |");
        }
        return 0;
    }

    private static string Cell(int bytes, double milliseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3 / milliseconds:#,0.0} MB/s ({milliseconds:#,0} ms)");
}
