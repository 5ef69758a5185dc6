using System.Diagnostics;
using System.Security.Cryptography;

namespace Wasmbox.Bench;

/// <summary>Builds a benchmark program twice from one C source: native and wasm32-wasi, both clang-19 -O2.</summary>
internal static class ProgramBuilder
{
    public static (string Native, string Wasm) Build(string source, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        // Outputs are named by the source's hash, so an edited program is rebuilt and an unchanged one is not.
        var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(source)))[..12];
        var name = Path.GetFileNameWithoutExtension(source);
        var native = Path.Combine(outputFolder, $"{name}-{hash}");
        var wasm = native + ".wasm";
        if (!File.Exists(native)) Clang(["-O2", "-o", native, source, "-lm"]);
        if (!File.Exists(wasm)) Clang(["--target=wasm32-wasi", "--sysroot=/usr", "-O2", "-o", wasm, source, "-lm"]);
        return (native, wasm);
    }

    private static void Clang(string[] arguments)
    {
        var start = new ProcessStartInfo("clang-19", arguments) { RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start clang-19");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"clang-19 {string.Join(' ', arguments)} failed: {errors}");
    }
}
