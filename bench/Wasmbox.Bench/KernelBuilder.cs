using System.Diagnostics;

namespace Wasmbox.Bench;

/// <summary>Builds the benchmark kernels from their C sources with clang-19, as library modules (no WASI).</summary>
internal static class KernelBuilder
{
    public static string Build(string source, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var output = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(source) + ".wasm");
        var start = new ProcessStartInfo("clang-19",
            ["--target=wasm32-wasi", "--sysroot=/usr", "-O2", "-g0", "-nostartfiles", "-Wl,--no-entry", "-Wl,--strip-debug", "-o", output, source])
        {
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start clang-19");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"clang-19 failed on {source}: {errors}");
        return output;
    }
}
