using System.Globalization;
using Wasmbox.Bench.Reporting;

namespace Wasmbox.Bench.Speed;

/// <summary>
/// The speed table: every program built natively and to wasm32-wasi from the same source, run
/// side by side natively, on Wasmbox (`wasmbox run`), on node with its default tiers, and on node
/// with --no-liftoff (V8's optimizing compiler only). Prints median times, ratios to native and
/// the geometric mean of each group (the small programs, then the real ones) as a markdown table;
/// every output must match the native one.
/// </summary>
internal static class SpeedComparison
{
    private static readonly (string Name, SpeedBenchmark[] Benchmarks)[] Groups =
    [
        ("kernels", KernelProgram.All),
        ("real programs", RealProgramBenchmark.All),
    ];

    public static int Run(string root, int runs, string? only, TextWriter output)
    {
        if (only is not null && !Groups.Any(g => g.Benchmarks.Any(b => b.Name == only)))
        {
            Console.Error.WriteLine($"no program of the speed table is named {only}");
            return 2;
        }
        var runtimes = Runner.All(root);
        output.WriteLine($"Speed: median of {runs} runs, wall clock; {Environment.ProcessorCount} cores; .NET {Environment.Version}; node {NodeVersion()}; " +
            $"clang-19 -O2 for both builds; load average {LoadAverage.Now()}.");
        output.WriteLine($"JIT settings: {JitSettings.Describe()}");
        output.WriteLine();
        output.WriteLine($"| program | {string.Join(" | ", runtimes.Select(r => r.Name))} |");
        output.WriteLine($"| --- |{string.Concat(Enumerable.Repeat(" ---: |", runtimes.Length))}");
        var failures = new List<string>();
        foreach (var (group, benchmarks) in Groups)
        {
            var chosen = benchmarks.Where(b => only is null || b.Name == only).ToArray();
            if (chosen.Length == 0) continue;
            output.WriteLine($"| *{group}* |{string.Concat(Enumerable.Repeat(" |", runtimes.Length))}");
            var ratios = runtimes.Select(_ => new List<double>()).ToArray();
            foreach (var benchmark in chosen) output.WriteLine(Row(root, benchmark, runtimes, runs, ratios, failures));
            output.WriteLine($"| **geometric mean, {group}** | {string.Join(" | ", ratios.Select(r => r.Count == 0 ? "" : $"**{Statistics.GeometricMean(r):0.00}x**"))} |");
        }
        // Below the table, not inside it: what made a cell "failed".
        if (failures.Count > 0) output.WriteLine();
        foreach (var failure in failures) output.WriteLine($"- {failure}");
        return 0;
    }

    private static string Row(string root, SpeedBenchmark benchmark, Runner[] runtimes, int runs, List<double>[] ratios, List<string> failures)
    {
        benchmark.Prepare(root);
        string? expected = null;
        var cells = new string[runtimes.Length];
        double nativeMedian = 0;
        for (var r = 0; r < runtimes.Length; r++)
        {
            var runtime = runtimes[r];
            double median;
            try
            {
                median = Cell.MedianSeconds(benchmark.Name, runtime.Name, () => benchmark.Run(runtime), runs, runtime.WarmUp, ref expected);
            }
            catch (InvalidOperationException e) when (r > 0)
            {
                // A runtime that crashes or disagrees is reported in its cell and left out of its mean.
                cells[r] = "failed";
                failures.Add($"{benchmark.Name} on {runtime.Name}: {e.Message.Trim().Replace('\n', ' ')}");
                continue;
            }
            if (r == 0) nativeMedian = median;
            ratios[r].Add(median / nativeMedian);
            cells[r] = r == 0 ? Seconds(median) : $"{Seconds(median)} ({median / nativeMedian:0.00}x)";
        }
        return $"| {benchmark.Name} | {string.Join(" | ", cells)} |";
    }

    internal static string Seconds(double seconds) => seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    internal static string NodeVersion()
    {
        try { return TimedProcess.Run(new("node", ["--version"])).Output.Trim(); }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { return "not found"; }
    }
}
