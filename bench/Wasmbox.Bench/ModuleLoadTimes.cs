using System.Diagnostics;
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
    public static int Run(string wasmPath, int runs, TextWriter output)
    {
        var wasm = File.ReadAllBytes(wasmPath);
        var cache = Directory.CreateTempSubdirectory("wasmbox-bench-cache-").FullName;
        try
        {
            var serialized = new Engine().Precompile(wasm);
            output.WriteLine($"Module creation for {Path.GetFileName(wasmPath)} ({wasm.Length / 1024} KiB of Wasm, {serialized.Length / 1024} KiB compiled): " +
                $"median of {runs} runs, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            output.WriteLine();
            output.WriteLine("| how | median ms | min ms |");
            output.WriteLine("| --- | ---: | ---: |");
            var ways = new (string Name, Func<Module> Create)[]
            {
                ("compiled in memory (no cache)", () => Module.FromBytes(new Engine(), wasm)),
                ("compiled, cache miss (compile, save, load, write)", () =>
                {
                    Directory.Delete(cache, true);
                    return Module.FromBytes(new Engine(EngineConfig.Default.WithCompilationCache(cache)), wasm);
                }),
                ("cache hit (read, verify, load)", () => Module.FromBytes(new Engine(EngineConfig.Default.WithCompilationCache(cache)), wasm)),
                ("Module.Deserialize (bytes in memory)", () => Module.Deserialize(new Engine(), serialized)),
            };
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
                times.Sort();
                output.WriteLine($"| {name} | {times[times.Count / 2]:F0} | {times[0]:F0} |");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(cache, true);
        }
    }
}
