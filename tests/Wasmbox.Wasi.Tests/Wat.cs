using System.Diagnostics;

namespace Wasmbox.Wasi.Tests;

/// <summary>Builds small test modules from WebAssembly text with wabt's wat2wasm.</summary>
internal static class Wat
{
    public static byte[] ToWasm(string text)
    {
        using var folder = new TemporaryDirectory();
        var source = folder.WriteFile("module.wat", text);
        var output = folder.Combine("module.wasm");
        var start = new ProcessStartInfo("wat2wasm", [source, "-o", output]) { RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"wat2wasm failed: {errors}");
        return File.ReadAllBytes(output);
    }
}
