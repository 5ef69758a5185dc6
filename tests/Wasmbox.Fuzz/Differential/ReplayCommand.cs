namespace Wasmbox.Fuzz.Differential;

/// <summary>`replay MODULE.wasm`: one saved module on Wasmbox (both flavors), V8 and binaryen, with the traces shown.</summary>
internal static class ReplayCommand
{
    public static int Run(string path, TextWriter output)
    {
        using var v8 = new V8Oracle();
        var failed = false;
        foreach (var flavor in WasmboxFlavor.All)
        {
            using var wasmbox = new WasmboxOracle(flavor);
            var module = new GeneratedModule(0, path, $"replay of {path}", HasNaNs: false, null);
            var run = ModuleRun.Execute(module, wasmbox, v8);
            output.WriteLine(run.Report(0));
            output.WriteLine();
            failed |= run.Verdict.Kind is VerdictKind.Divergence or VerdictKind.HostCrash;
        }
        return failed ? 1 : 0;
    }
}
