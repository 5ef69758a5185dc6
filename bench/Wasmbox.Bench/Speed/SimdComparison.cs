using Wasmbox.Bench.Reporting;

namespace Wasmbox.Bench.Speed;

/// <summary>
/// The SIMD table: the programs whose loops vectorize, built with clang-19 -O2 -msimd128 for Wasm
/// and with clang-19 -O2 natively (auto-vectorized for the default x86-64 target, SSE2), run
/// natively, on Wasmbox and on node (default tiers, and --no-liftoff) as the speed table runs
/// them, next to the same program's Wasm build without SIMD on Wasmbox, which shows what SIMD
/// bought. Prints median times, ratios to native, each column's geometric mean, and the geometric
/// mean of Wasmbox's time over each column's; every output must match the native one.
/// </summary>
internal static class SimdComparison
{
    /// <summary>Goals of the SIMD builds on Wasmbox: a geometric mean of at most this many times native, and below node's.</summary>
    private const double NativeGoal = 1.3;

    private sealed record Column(string Name, Runner Runner, bool Simd);

    public static int Run(string root, int runs, string? only, TextWriter output)
    {
        var programs = SimdProgram.All.Where(p => only is null || p.Name == only).ToArray();
        if (programs.Length == 0)
        {
            Console.Error.WriteLine($"no program of the SIMD table is named {only}");
            return 2;
        }
        var runners = Runner.All(root);
        Column[] columns =
        [
            .. runners.Select(r => new Column(r.Name, r, Simd: true)),
            new("wasmbox, no SIMD", runners.Single(r => r.Name == "wasmbox"), Simd: false),
        ];
        var wasmbox = Array.FindIndex(columns, c => c.Name == "wasmbox");
        var node = Array.FindIndex(columns, c => c.Name == "node");
        output.WriteLine($"SIMD: median of {runs} runs, wall clock; {Environment.ProcessorCount} cores; .NET {Environment.Version}; node {SpeedComparison.NodeVersion()}; " +
            $"Wasm clang-19 -O2 -msimd128, native clang-19 -O2 (x86-64, SSE2), the same source; load average {LoadAverage.Now()}.");
        output.WriteLine($"JIT settings: {JitSettings.Describe()}");
        output.WriteLine();
        output.WriteLine($"| program | {string.Join(" | ", columns.Select(c => c.Name))} |");
        output.WriteLine($"| --- |{string.Concat(Enumerable.Repeat(" ---: |", columns.Length))}");
        var ratios = columns.Select(_ => new List<double>()).ToArray();
        var overWasmbox = columns.Select(_ => new List<double>()).ToArray();
        var failures = new List<string>();
        foreach (var program in programs)
        {
            program.Prepare(root);
            var medians = Measure(program, columns, runs, failures);
            var cells = new string[columns.Length];
            for (var c = 0; c < columns.Length; c++)
            {
                if (medians[c] is not { } median) { cells[c] = "failed"; continue; }
                var ratio = median / medians[0]!.Value;
                ratios[c].Add(ratio);
                if (medians[wasmbox] is { } wasmboxMedian) overWasmbox[c].Add(wasmboxMedian / median);
                cells[c] = c == 0 ? SpeedComparison.Seconds(median) : $"{SpeedComparison.Seconds(median)} ({ratio:0.00}x)";
            }
            output.WriteLine($"| {program.Name} | {string.Join(" | ", cells)} |");
        }
        output.WriteLine($"| **geometric mean** | {string.Join(" | ", ratios.Select(r => r.Count == 0 ? "" : $"**{Statistics.GeometricMean(r):0.00}x**"))} |");
        output.WriteLine($"| *wasmbox's time over the column's, geometric mean* | {string.Join(" | ", overWasmbox.Select(r => r.Count == 0 ? "" : $"{Statistics.GeometricMean(r):0.00}"))} |");
        output.WriteLine();
        if (ratios[wasmbox].Count > 0)
        {
            var native = Statistics.GeometricMean(ratios[wasmbox]);
            var overNode = overWasmbox[node].Count > 0 ? Statistics.GeometricMean(overWasmbox[node]) : double.NaN;
            var overNoSimd = overWasmbox[^1].Count > 0 ? Statistics.GeometricMean(overWasmbox[^1]) : double.NaN;
            output.WriteLine($"Wasmbox with SIMD: {native:0.00}x native (goal: at most {NativeGoal:0.0}x, {(native <= NativeGoal ? "met" : "not met")}); " +
                $"{overNode:0.00} of node's time (goal: below 1, {(overNode < 1 ? "met" : "not met")}); {1 / overNoSimd:0.00}x as fast as its builds without SIMD" +
                (ratios[wasmbox].Count < programs.Length ? $" (over the {ratios[wasmbox].Count} programs that ran)." : "."));
        }
        // Below the table, not inside it: what made a cell "failed".
        if (failures.Count > 0) output.WriteLine();
        foreach (var failure in failures) output.WriteLine($"- {failure}");
        return 0;
    }

    /// <summary>The median of each column in seconds, or null where the runtime failed or disagreed with native.</summary>
    private static double?[] Measure(SimdProgram program, Column[] columns, int runs, List<string> failures)
    {
        string? expected = null;
        var medians = new double?[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            var column = columns[c];
            try
            {
                medians[c] = Cell.MedianSeconds(program.Name, column.Name, () => program.Run(column.Runner, column.Simd), runs, column.Runner.WarmUp, ref expected);
            }
            catch (InvalidOperationException e) when (c > 0)
            {
                // A runtime that crashes or disagrees is reported in its cell and left out of its means.
                failures.Add($"{program.Name} on {column.Name}: {e.Message.Trim().Replace('\n', ' ')}");
            }
        }
        return medians;
    }
}
