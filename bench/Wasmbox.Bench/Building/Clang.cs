using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Wasmbox.Bench.Building;

/// <summary>
/// Builds the bench's C sources with clang-19 at -O2, natively and to wasm32-wasi, so that a module
/// depends on its source and flags only. A wasm32 build compiles (-O2 -c) and links in two steps:
/// given an -O flag at link time, clang runs binaryen's wasm-opt over the module whenever one is on
/// PATH (clang-19's --no-wasm-opt, meant to stop that, makes it skip linking altogether).
/// </summary>
internal static class Clang
{
    private static readonly string[] WasmTarget = ["--target=wasm32-wasi", "--sysroot=/usr"];

    /// <summary>
    /// Builds <paramref name="source"/> natively into <paramref name="folder"/>, unless already built
    /// from the same source and flags (outputs are named by their hash); returns the executable.
    /// </summary>
    public static string Native(string source, string folder, params string[] compileFlags)
    {
        var output = Output(source, folder, "", ["native", .. compileFlags]);
        if (!File.Exists(output)) Run([.. compileFlags, "-O2", "-o", output, source, "-lm"], output);
        return output;
    }

    /// <summary>Builds <paramref name="source"/> to a wasm32-wasi module in <paramref name="folder"/>, unless already built; returns its path.</summary>
    public static string Wasm(string source, string folder, string[]? compileFlags = null, string[]? linkFlags = null)
    {
        compileFlags ??= [];
        linkFlags ??= [];
        var output = Output(source, folder, ".wasm", ["wasm", .. compileFlags, "|", .. linkFlags]);
        if (File.Exists(output)) return output;
        var objectFile = output + ".o";
        Run([.. WasmTarget, .. compileFlags, "-O2", "-c", "-o", objectFile, source], objectFile);
        // wasi-libc's archives carry DWARF, which the native builds do not get from glibc either.
        Run([.. WasmTarget, "-Wl,--strip-debug", .. linkFlags, "-o", output, objectFile, "-lm"], output);
        File.Delete(objectFile);
        return output;
    }

    private static string Output(string source, string folder, string extension, string[] flags)
    {
        Directory.CreateDirectory(folder);
        var hash = Convert.ToHexString(SHA256.HashData([.. File.ReadAllBytes(source), .. Encoding.UTF8.GetBytes(string.Join('\0', flags))]))[..12];
        return Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(source)}-{hash}{extension}");
    }

    /// <summary>
    /// Runs clang-19 writing <paramref name="output"/> into a scratch folder first, so an interrupted
    /// build leaves no file under the final name (and the file's name, which wasm-ld writes into the
    /// module's name section, is the final one).
    /// </summary>
    private static void Run(string[] arguments, string output)
    {
        var scratch = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(output)!, $"partial-{Environment.ProcessId}")).FullName;
        var partial = Path.Combine(scratch, Path.GetFileName(output));
        arguments = [.. arguments.Select(a => a == output ? partial : a)];
        var start = new ProcessStartInfo("clang-19", arguments) { RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start clang-19");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"clang-19 {string.Join(' ', arguments)} failed: {errors}");
        File.Move(partial, output, overwrite: true);
        Directory.Delete(scratch);
    }
}
