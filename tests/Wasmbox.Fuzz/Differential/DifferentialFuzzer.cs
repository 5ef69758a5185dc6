using System.Diagnostics;

namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// The differential fuzzer: generates modules with binaryen, runs each on Wasmbox, V8 and
/// binaryen's interpreter, and reports every difference and every host crash with the module kept
/// for replay. Modules alternate between two Wasmbox workers, one per <see cref="WasmboxFlavor"/>.
/// Two modes: `diff` (binaryen 108, the core features and reference types) and `diff-simd`
/// (binaryen 132, the core features and SIMD).
/// </summary>
internal static class DifferentialFuzzer
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(30);

    public const string SimdCommand = "diff-simd";

    public static int Run(FuzzOptions options, TextWriter output, bool simd = false)
    {
        var command = simd ? SimdCommand : "diff";
        output.WriteLine($"{(simd ? "SIMD differential" : "differential")} fuzzing for {options.Seconds} s with seed {options.Seed} " +
            $"(replay: {command} --seed {options.Seed}); generator and interpreter: {(simd ? Binaryen.Npm : Binaryen.Debian).Description}");
        try
        {
            (simd ? Binaryen.Npm : Binaryen.Debian).Prepare();
        }
        catch (InvalidOperationException e)
        {
            output.WriteLine($"{command}: {e.Message}");
            return 2;
        }
        var work = Directory.CreateTempSubdirectory("wasmbox-fuzz-");
        var generator = new ModuleGenerator(options.Seed, work.FullName, simd: simd);
        var archive = new FailureArchive(options.OutputDirectory);
        using var v8 = new V8Oracle();
        using var asRun = new WasmboxOracle(WasmboxFlavor.AsRun);
        using var metered = new WasmboxOracle(WasmboxFlavor.Metered);
        var counts = new Dictionary<VerdictKind, long>();
        long generatorFailures = 0, eventsCompared = 0;
        var times = new PhaseTimes();
        var clock = Stopwatch.StartNew();
        var nextProgress = ProgressInterval;
        // The next module is generated while the current one runs: generation is the longest phase.
        var pending = StartGeneration(generator, 0);
        try
        {
            for (long index = 0; index < options.MaxItems && clock.Elapsed.TotalSeconds < options.Seconds; index++)
            {
                var (module, generationTime) = pending.Result;
                pending = StartGeneration(generator, index + 1);
                times.Generate += generationTime;
                if (module is null)
                {
                    generatorFailures++;
                    continue;
                }
                var run = ModuleRun.Execute(module, index % 2 == 0 ? asRun : metered, v8);
                times.Add(run.Times);
                var verdict = run.Verdict;
                counts[verdict.Kind] = counts.GetValueOrDefault(verdict.Kind) + 1;
                eventsCompared += verdict.EventsCompared;
                if (verdict.Kind is VerdictKind.Divergence or VerdictKind.HostCrash)
                {
                    var saved = archive.Save($"{command}-{options.Seed}-{index}", File.ReadAllBytes(module.Path), run.Report(options.Seed));
                    output.WriteLine($"{verdict.Kind}: module {index} (seed {options.Seed}): {verdict.Description}");
                    output.WriteLine($"  saved {saved} (report beside it); replay: Wasmbox.Fuzz replay {(simd ? "--simd " : "")}{saved}");
                }
                File.Delete(module.Path);
                if (Failures(counts) >= options.MaxFailures)
                {
                    output.WriteLine($"stopping after {options.MaxFailures} failures");
                    break;
                }
                if (clock.Elapsed >= nextProgress)
                {
                    nextProgress += ProgressInterval;
                    output.WriteLine($"  {clock.Elapsed.TotalSeconds:0} s: {Compared(counts)} modules ({Compared(counts) / clock.Elapsed.TotalSeconds:0.0}/s), {Failures(counts)} failures");
                }
            }
        }
        finally
        {
            pending.Wait();
            work.Delete(recursive: true);
        }

        var compared = Compared(counts);
        output.WriteLine(times.PerModule(compared));
        output.WriteLine($"{compared / clock.Elapsed.TotalSeconds:0.0} modules/s; {eventsCompared} events compared; " +
            $"skipped {counts.GetValueOrDefault(VerdictKind.SkippedInvalid)} modules binaryen made invalid (V8 and Wasmbox both refuse them), " +
            $"{counts.GetValueOrDefault(VerdictKind.SkippedUnsupported)} with other imports, {generatorFailures} generator failures; " +
            $"{counts.GetValueOrDefault(VerdictKind.NaNDifference)} modules with NaNs differed (checked for crashes only), " +
            $"{counts.GetValueOrDefault(VerdictKind.AgreedWithV8)} checked against V8 only (binaryen's interpreter ran out of time)");
        output.WriteLine($"{compared} modules, {counts.GetValueOrDefault(VerdictKind.Divergence)} divergences, {counts.GetValueOrDefault(VerdictKind.HostCrash)} host crashes");
        return Failures(counts) == 0 ? 0 : 1;
    }

    private static Task<(GeneratedModule? Module, TimeSpan Elapsed)> StartGeneration(ModuleGenerator generator, long index) => Task.Run(() =>
    {
        var clock = Stopwatch.StartNew();
        var module = generator.Generate(index);
        return (module, clock.Elapsed);
    });

    private static long Failures(Dictionary<VerdictKind, long> counts) =>
        counts.GetValueOrDefault(VerdictKind.Divergence) + counts.GetValueOrDefault(VerdictKind.HostCrash);

    /// <summary>Modules that ran on Wasmbox and the oracles (agreeing or not).</summary>
    private static long Compared(Dictionary<VerdictKind, long> counts) =>
        counts.GetValueOrDefault(VerdictKind.Agreed) + counts.GetValueOrDefault(VerdictKind.AgreedWithV8)
        + counts.GetValueOrDefault(VerdictKind.NaNDifference) + Failures(counts);
}
