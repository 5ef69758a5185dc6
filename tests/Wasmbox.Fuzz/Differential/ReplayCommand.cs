namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// `replay [--simd] MODULE.wasm`: one saved module on Wasmbox (both flavors), V8 and binaryen, with
/// the traces shown. Binaryen 132 interprets it with --simd or when its name is one diff-simd
/// gives (diff-simd-SEED-INDEX.wasm), binaryen 108 otherwise.
/// </summary>
internal static class ReplayCommand
{
    public static int Run(string path, bool simd, TextWriter output)
    {
        simd |= Path.GetFileName(path).StartsWith(DifferentialFuzzer.SimdCommand + "-", StringComparison.Ordinal);
        using var v8 = new V8Oracle();
        var failed = false;
        foreach (var flavor in WasmboxFlavor.All)
        {
            using var wasmbox = new WasmboxOracle(flavor);
            var binaryen = simd ? Binaryen.Npm : Binaryen.Debian;
            var module = new GeneratedModule(0, path, $"replay of {path} with {binaryen.Description}", HasNaNs: false, binaryen, null);
            var run = ModuleRun.Execute(module, wasmbox, v8);
            output.WriteLine(run.Report(0));
            output.WriteLine();
            failed |= run.Verdict.Kind is VerdictKind.Divergence or VerdictKind.HostCrash;
        }
        return failed ? 1 : 0;
    }
}
