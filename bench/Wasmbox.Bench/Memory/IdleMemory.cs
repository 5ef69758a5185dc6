using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Wasmbox.Bench.Building;
using Wasmbox.Bench.Reporting;
using Wasmbox.Bench.Speed;
using Wasmbox.Runtime;

namespace Wasmbox.Bench.Memory;

/// <summary>
/// Resident memory of idle hello-world instances. Per instance: how much a process's resident set
/// grows when it holds many more instances, each with its own store and WASI context (Wasmbox,
/// <see cref="InstanceHolder"/>) or WASI object (node, bench/node/idle-instances.mjs). Per process:
/// the resident set of a whole `wasmbox run` (or node, or native) process whose guest has printed
/// its line and sleeps, started as the speed table starts them, and killed once measured.
/// </summary>
internal static class IdleMemory
{
    private const int Runs = 3;

    public static int Run(string root, int instances, TextWriter output)
    {
        var hello = BenchModules.Hello(root);
        var count = instances.ToString(CultureInfo.InvariantCulture);
        var holder = new ProcessStartInfo("dotnet", [typeof(IdleMemory).Assembly.Location, "hold-instances", hello.Wasm, count]);
        holder.Environment[GuardRegionSupport.EnvironmentVariable] = "1";
        var wasmbox = JsonDocument.Parse(TimedProcess.Run(holder).Output).RootElement;
        var node = NodeScript.Run(root, "idle-instances.mjs", [hello.Wasm, count], ["--expose-gc"]);

        output.WriteLine($"Idle memory: resident set (VmRSS) of hello-world instances instantiated but not run; {Environment.ProcessorCount} cores; " +
            $".NET {Environment.Version}; load average {LoadAverage.Now()}.");
        output.WriteLine();
        output.WriteLine($"| holding {instances:#,0} more instances, after a full GC | before | after | per instance |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        output.WriteLine(PerInstanceRow("Wasmbox (a `Store` and `WasiContext` each)", wasmbox));
        output.WriteLine(PerInstanceRow("node (a `WASI` object each)", node));
        output.WriteLine();
        output.WriteLine($"| a whole process whose guest sleeps (median of {Runs}) | resident set |");
        output.WriteLine("| --- | ---: |");
        foreach (var runtime in Runner.All(root))
            output.WriteLine($"| {runtime.Name} | {Mebibytes(WholeProcess(runtime, hello))} |");
        return 0;
    }

    private static string PerInstanceRow(string name, JsonElement result)
    {
        var before = result.GetProperty("before").GetInt64();
        var after = result.GetProperty("after").GetInt64();
        var perInstance = (after - before) / (double)result.GetProperty("instances").GetInt32();
        return $"| {name} | {Mebibytes(before)} | {Mebibytes(after)} | {perInstance:0.0} KiB |";
    }

    /// <summary>The median resident set of <paramref name="runtime"/> running hello world once it has printed, after one untimed run where the runtime asks for it.</summary>
    private static long WholeProcess(Runner runtime, ProgramFiles hello)
    {
        var sizes = new List<double>();
        for (var run = runtime.WarmUp ? -1 : 0; run < Runs; run++)
        {
            var start = runtime.Start(hello, new Invocation(["wait"]));
            start.RedirectStandardOutput = true;
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {start.FileName}");
            var line = process.StandardOutput.ReadLine();
            if (line != "hello, world") throw new InvalidOperationException($"{runtime.Name} printed {line} instead of hello, world");
            // Let start-up work that runs on other threads (the JIT's, the GC's) finish first.
            Thread.Sleep(500);
            var size = ResidentMemory.KibibytesOf(process.Id);
            process.Kill();
            process.WaitForExit();
            if (run >= 0) sizes.Add(size);
        }
        return (long)Statistics.Median(sizes);
    }

    private static string Mebibytes(long kibibytes) => string.Create(CultureInfo.InvariantCulture, $"{kibibytes / 1024.0:0.0} MiB");
}
