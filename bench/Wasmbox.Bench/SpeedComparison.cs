using System.Globalization;

namespace Wasmbox.Bench;

/// <summary>
/// The kernels in bench/programs, each built natively and to wasm32-wasi from the same source,
/// run side by side: native, Wasmbox (`wasmbox run`), node with its default tiers, and node with
/// --no-liftoff (V8's optimizing compiler only). Prints median times, ratios to native and the
/// geometric means as a markdown table; every output must match the native one.
/// </summary>
internal static class SpeedComparison
{
    private sealed record Benchmark(string Name, string[] Arguments);

    private static readonly Benchmark[] Benchmarks =
    [
        new("nbody", ["5000000"]),
        new("fannkuch", ["10", "2"]),
        new("spectralnorm", ["2800"]),
        new("mandelbrot", ["2500"]),
        new("matmul", ["1000"]),
        new("sieve", ["4"]),
        new("sha256", ["90"]),
        new("base64", ["1000"]),
        new("quicksort", ["5000000"]),
        new("binarytrees", ["16"]),
        new("hashmap", ["5000000"]),
    ];

    private sealed record Runtime(string Name, Func<string, string, string[], (string File, string[] Arguments)> Command);

    public static int Run(string root, int runs, string? only, TextWriter output)
    {
        var wasmboxCli = Path.Combine(root, ".build", "cli", "wasmbox.dll");
        var nodeRunner = Path.Combine(root, "bench", "node", "run-wasi.mjs");
        Runtime[] runtimes =
        [
            new("native", (native, _, args) => (native, args)),
            new("wasmbox", (_, wasm, args) => ("dotnet", [wasmboxCli, "run", wasm, .. args])),
            new("node", (_, wasm, args) => ("node", ["--no-warnings", nodeRunner, wasm, .. args])),
            new("node --no-liftoff", (_, wasm, args) => ("node", ["--no-warnings", "--no-liftoff", nodeRunner, wasm, .. args])),
        ];

        output.WriteLine($"Median of {runs} runs, wall clock; {Environment.ProcessorCount} cores; .NET {Environment.Version}; node {NodeVersion()}; clang-19 -O2 for both builds.");
        output.WriteLine();
        output.WriteLine($"| program | {string.Join(" | ", runtimes.Select(r => r.Name))} |");
        output.WriteLine($"| --- |{string.Concat(Enumerable.Repeat(" ---: |", runtimes.Length))}");
        var ratios = runtimes.Select(_ => new List<double>()).ToArray();
        var buildFolder = Path.Combine(root, ".build", "bench-programs");

        foreach (var benchmark in Benchmarks.Where(b => only is null || b.Name == only))
        {
            var (native, wasm) = ProgramBuilder.Build(Path.Combine(root, "bench", "programs", benchmark.Name + ".c"), buildFolder);
            string? expected = null;
            var cells = new string[runtimes.Length];
            double nativeMedian = 0;
            for (var r = 0; r < runtimes.Length; r++)
            {
                var (file, arguments) = runtimes[r].Command(native, wasm, benchmark.Arguments);
                var times = new List<double>();
                try
                {
                    for (var i = 0; i < runs; i++)
                    {
                        var (elapsed, text, _) = ProgramRunner.Run(file, arguments);
                        expected ??= text;
                        if (text != expected)
                            throw new InvalidOperationException($"{benchmark.Name} on {runtimes[r].Name} printed\n{text}\nbut native printed\n{expected}");
                        times.Add(elapsed.TotalSeconds);
                    }
                }
                catch (InvalidOperationException e) when (r > 0)
                {
                    // A runtime that crashes or disagrees is reported in its cell and left out of its mean.
                    cells[r] = "failed";
                    Console.Error.WriteLine($"{benchmark.Name} on {runtimes[r].Name}: {e.Message}");
                    continue;
                }
                times.Sort();
                var median = times[times.Count / 2];
                if (r == 0) nativeMedian = median;
                ratios[r].Add(median / nativeMedian);
                cells[r] = r == 0 ? Seconds(median) : $"{Seconds(median)} ({median / nativeMedian:0.00}x)";
            }
            output.WriteLine($"| {benchmark.Name} | {string.Join(" | ", cells)} |");
        }
        output.WriteLine($"| **geometric mean** | {string.Join(" | ", ratios.Select(r => $"**{Math.Exp(r.Average(Math.Log)):0.00}x**"))} |");
        return 0;
    }

    private static string Seconds(double seconds) => seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string NodeVersion()
    {
        try { return ProgramRunner.Run("node", ["--version"]).Output.Trim(); }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { return "not found"; }
    }
}
