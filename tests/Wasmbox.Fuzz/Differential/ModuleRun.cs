namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// One module run on Wasmbox and both oracles, and the verdict. The three runs happen at once:
/// Wasmbox and V8 are separate processes, and binaryen's interpreter is one when it did not
/// already run during generation.
/// </summary>
internal sealed class ModuleRun
{
    private ModuleRun(GeneratedModule module, string flavor, TraceReply wasmbox, TraceReply v8, IReadOnlyList<TraceEvent> binaryen, PhaseTimes times)
    {
        Times = times;
        Module = module;
        Flavor = flavor;
        Wasmbox = wasmbox;
        V8 = v8;
        BinaryenTrace = binaryen;
        Verdict = Judge();
    }

    public GeneratedModule Module { get; }
    public string Flavor { get; }
    public TraceReply Wasmbox { get; }
    public TraceReply V8 { get; }
    public IReadOnlyList<TraceEvent> BinaryenTrace { get; }
    public Verdict Verdict { get; }
    /// <summary>How long each engine took on this module (binaryen's time is zero when it ran during generation).</summary>
    public PhaseTimes Times { get; }

    public static ModuleRun Execute(GeneratedModule module, WasmboxOracle wasmbox, V8Oracle v8)
    {
        var wasmboxRun = Task.Run(() => Timed(() => wasmbox.Run(module.Path)));
        var v8Run = Task.Run(() => Timed(() => v8.Run(module.Path)));
        var binaryen = Timed(() => Binaryen.TraceOf(module.BinaryenRun ?? module.Binaryen.Interpret(module.Path)));
        var times = new PhaseTimes { Binaryen = binaryen.Elapsed, V8 = v8Run.Result.Elapsed, Wasmbox = wasmboxRun.Result.Elapsed };
        return new ModuleRun(module, wasmbox.Describe(), wasmboxRun.Result.Value, v8Run.Result.Value, binaryen.Value, times);
    }

    private static (T Value, TimeSpan Elapsed) Timed<T>(Func<T> run)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var value = run();
        return (value, clock.Elapsed);
    }

    private Verdict Judge()
    {
        if (!Wasmbox.Answered) return new(VerdictKind.HostCrash, $"the Wasmbox worker {Wasmbox.Outcome}: {Wasmbox.Diagnostics}");
        if (Wasmbox.Trace.FirstOrDefault(e => e.Kind == TraceEventKind.Crash) is { } crash)
            return new(VerdictKind.HostCrash, $"Wasmbox threw {crash.Text}");
        if (!V8.Answered) return new(VerdictKind.Divergence, $"V8 {V8.Outcome}: {V8.Diagnostics}");
        if (new[] { Wasmbox.Trace, V8.Trace, BinaryenTrace }.Any(t => t.Any(e => e.Kind == TraceEventKind.Error && e.Text.StartsWith("unsupported import", StringComparison.Ordinal))))
            return new(VerdictKind.SkippedUnsupported, "imports more than fuzzing-support logging");

        var wasmboxRefused = Wasmbox.Has(TraceEventKind.Invalid);
        var v8Refused = V8.Has(TraceEventKind.Invalid);
        if (wasmboxRefused && v8Refused) return new(VerdictKind.SkippedInvalid, "refused by V8 and Wasmbox");
        if (wasmboxRefused || v8Refused)
        {
            var refusal = (wasmboxRefused ? Wasmbox.Trace : V8.Trace).First(e => e.Kind == TraceEventKind.Invalid).Text;
            return new(VerdictKind.Divergence, $"only {(wasmboxRefused ? "Wasmbox" : "V8")} refuses the module: {refusal}");
        }

        var binaryenTimedOut = BinaryenTrace is [{ Kind: TraceEventKind.Error } only] && only.Text == Binaryen.TimedOutText;
        var differences = new[]
        {
            TraceComparer.Compare(Wasmbox.Trace, V8.Trace, Oracle.V8),
            binaryenTimedOut ? null : TraceComparer.Compare(Wasmbox.Trace, BinaryenTrace, Oracle.Binaryen),
        }.OfType<Divergence>().ToList();
        if (differences.Count == 0) return new(binaryenTimedOut ? VerdictKind.AgreedWithV8 : VerdictKind.Agreed, "", Wasmbox.Trace.Count);
        return new(Module.HasNaNs ? VerdictKind.NaNDifference : VerdictKind.Divergence,
            string.Join("; ", differences.Select(d => $"{d.Oracle}: {d.Description}")));
    }

    /// <summary>Everything needed to understand a failure: how the module was made and the three traces.</summary>
    public string Report(ulong seed) => $"""
        {Verdict.Kind}: {Verdict.Description}
        run seed {seed}, module index {Module.Index}; {Module.Recipe}; Wasmbox: {Flavor}

        --- Wasmbox ---
        {string.Join('\n', Wasmbox.Trace)}
        --- V8 ---
        {string.Join('\n', V8.Trace)}
        --- binaryen ---
        {string.Join('\n', BinaryenTrace)}
        """;
}
