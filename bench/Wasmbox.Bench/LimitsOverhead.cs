using System.Diagnostics;
using System.Globalization;
using Wasmbox.Bench.Building;
using Wasmbox.Bench.Reporting;
using Wasmbox.Runtime;

namespace Wasmbox.Bench;

/// <summary>
/// What the sandbox limits cost: each kernel runs with no checks compiled in, with interruption
/// checks (the default), with fuel metering, and with both; the table gives median times and the
/// ratio to the unchecked run.
/// </summary>
internal static class LimitsOverhead
{
    private sealed record Kernel(string Name, int Argument);

    private static readonly Kernel[] Kernels =
    [
        new("sieve", 50),
        new("matmul", 60),
        new("fib", 38),
        new("crc32", 1000),
    ];

    private static readonly (string Name, EngineConfig Config)[] Configurations =
    [
        ("no checks", EngineConfig.Default.WithInterruptible(false)),
        ("interruptible", EngineConfig.Default),
        ("fuel", EngineConfig.Default.WithInterruptible(false).WithFuel(true)),
        ("fuel + interruptible", EngineConfig.Default.WithFuel(true)),
    ];

    public static int Run(string kernelFolder, int runs, TextWriter output)
    {
        var built = Path.Combine(Path.GetTempPath(), "wasmbox-bench-kernels");
        output.WriteLine($"Sandbox limit overheads: median of {runs} runs each, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        output.WriteLine($"JIT settings: {JitSettings.Describe()}");
        output.WriteLine();
        output.WriteLine($"| kernel | {string.Join(" | ", Configurations.Select(c => c.Name))} |");
        output.WriteLine($"| --- |{string.Concat(Enumerable.Repeat(" ---: |", Configurations.Length))}");
        var ratios = new List<double>[Configurations.Length];
        for (var c = 0; c < ratios.Length; c++) ratios[c] = new List<double>();

        foreach (var kernel in Kernels)
        {
            var wasm = File.ReadAllBytes(KernelBuilder.Build(Path.Combine(kernelFolder, kernel.Name + ".c"), built));
            var medians = new double[Configurations.Length];
            int? expected = null;
            for (var c = 0; c < Configurations.Length; c++)
            {
                var (time, result) = Measure(wasm, Configurations[c].Config, kernel.Argument, runs);
                if (expected is { } e && e != result)
                    throw new InvalidOperationException($"{kernel.Name} gave {result} under {Configurations[c].Name}, {e} otherwise");
                expected = result;
                medians[c] = time;
                ratios[c].Add(time / medians[0]);
            }
            output.WriteLine($"| {kernel.Name} | {string.Join(" | ", medians.Select((m, c) => c == 0 ? Ms(m) : $"{Ms(m)} ({m / medians[0]:0.00}x)"))} |");
        }
        output.WriteLine($"| geometric mean | {string.Join(" | ", ratios.Select(r => $"{Statistics.GeometricMean(r):0.00}x"))} |");
        return 0;
    }

    private static (double Milliseconds, int Result) Measure(byte[] wasm, EngineConfig config, int argument, int runs)
    {
        var engine = new Engine(config);
        var module = Module.FromBytes(engine, wasm);
        var times = new List<double>();
        var result = 0;
        // One warm-up run, so the JIT has compiled everything before timing starts.
        for (var i = 0; i <= runs; i++)
        {
            using var store = new Store(engine);
            if (config.ConsumeFuel) store.SetFuel(long.MaxValue);
            var run = new Linker(engine).Instantiate(store, module).GetFunction<int, int>("run");
            var clock = Stopwatch.StartNew();
            result = run(argument);
            if (i > 0) times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return (Statistics.Median(times), result);
    }

    private static string Ms(double milliseconds) => milliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
