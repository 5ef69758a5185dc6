using System.Diagnostics;
using Wasmbox.Bench.Reporting;
using Wasmbox.Runtime;

namespace Wasmbox.Bench;

/// <summary>
/// How long Module creation takes for one module: compiled in memory (no cache), compiled
/// through an empty cache (compile, save, load, write the entry), loaded from the cache, and
/// deserialized from bytes already in memory. The first creation in a process also pays for
/// jitting Wasmbox itself; later ones show the steady state of a long-running host.
/// </summary>
internal static class ModuleLoadTimes
{
    /// <summary>How Module creation went one way: median and minimum milliseconds.</summary>
    public sealed record Result(string Way, double MedianMilliseconds, double MinimumMilliseconds);

    public const string InMemory = "compiled in memory (no cache)";
    public const string CacheMiss = "compiled, cache miss (compile, save, load, write)";
    public const string CacheHit = "cache hit (read, verify, load)";
    public const string Deserialized = "Module.Deserialize (bytes in memory)";

    public static int Run(string wasmPath, int runs, TextWriter output)
    {
        var wasm = File.ReadAllBytes(wasmPath);
        var serializedLength = new Engine().Precompile(wasm).Length;
        output.WriteLine($"Module creation for {Path.GetFileName(wasmPath)} ({wasm.Length / 1024} KiB of Wasm, {serializedLength / 1024} KiB compiled): " +
            $"median of {runs} runs, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        output.WriteLine();
        output.WriteLine("| how | median ms | min ms |");
        output.WriteLine("| --- | ---: | ---: |");
        foreach (var result in Measure(wasm, runs))
            output.WriteLine($"| {result.Way} | {result.MedianMilliseconds:F0} | {result.MinimumMilliseconds:F0} |");
        return 0;
    }

    /// <summary>Creates a Module from <paramref name="wasm"/> <paramref name="runs"/> times each way, each in a new engine.</summary>
    public static IReadOnlyList<Result> Measure(byte[] wasm, int runs)
    {
        var cache = Directory.CreateTempSubdirectory("wasmbox-bench-cache-").FullName;
        try
        {
            var serialized = new Engine().Precompile(wasm);
            var ways = new (string Name, Func<Module> Create)[]
            {
                (InMemory, () => Module.FromBytes(new Engine(), wasm)),
                (CacheMiss, () =>
                {
                    Directory.Delete(cache, true);
                    return Module.FromBytes(new Engine(EngineConfig.Default.WithCompilationCache(cache)), wasm);
                }),
                (CacheHit, () => Module.FromBytes(new Engine(EngineConfig.Default.WithCompilationCache(cache)), wasm)),
                (Deserialized, () => Module.Deserialize(new Engine(), serialized)),
            };
            var results = new List<Result>();
            foreach (var (name, create) in ways)
            {
                var times = new List<double>();
                for (var run = 0; run < runs; run++)
                {
                    var watch = Stopwatch.StartNew();
                    create();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    GC.Collect();
                }
                results.Add(new Result(name, Statistics.Median(times), times.Min()));
            }
            return results;
        }
        finally
        {
            Directory.Delete(cache, true);
        }
    }
}
