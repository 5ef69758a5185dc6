using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Wasmbox.Runtime;

namespace Wasmbox.Wasi.Tests;

/// <summary>
/// Builds the C programs in Guests/ as the test set-up does: to WebAssembly with clang-19 and the
/// WASI sysroot, and natively for comparison. Builds are cached by source hash in the temp folder,
/// so a second run compiles nothing.
/// </summary>
internal static class GuestPrograms
{
    public static readonly Engine Engine = new();

    private static readonly string Sources = Path.Combine(AppContext.BaseDirectory, "Guests");
    private static readonly string Cache = Path.Combine(Path.GetTempPath(), "wasmbox-wasi-test-guests");
    private static readonly ConcurrentDictionary<string, Lazy<string>> WasmFiles = new();
    private static readonly ConcurrentDictionary<string, Lazy<string>> NativeFiles = new();
    private static readonly ConcurrentDictionary<string, Lazy<Module>> Modules = new();

    /// <summary>Guests/NAME.c built to a .wasm file.</summary>
    public static string Wasm(string name) => WasmFiles.GetOrAdd(name, n => new(() =>
        Build(n, ".wasm", ["--target=wasm32-wasi", "--sysroot=/usr", "-O2"]))).Value;

    /// <summary>Guests/NAME.c built to a WASI reactor (no main; its exports are the entry points).</summary>
    public static string Reactor(string name) => WasmFiles.GetOrAdd(name + ":reactor", _ => new(() =>
        Build(name, ".reactor.wasm", ["--target=wasm32-wasi", "--sysroot=/usr", "-mexec-model=reactor", "-O2"]))).Value;

    /// <summary>Guests/NAME.c built for the host.</summary>
    public static string Native(string name) => NativeFiles.GetOrAdd(name, n => new(() => Build(n, ".native", ["-O2"]))).Value;

    /// <summary>Guests/NAME.c compiled once per test run.</summary>
    public static Module Module(string name) => Modules.GetOrAdd(name, n => new(() => Runtime.Module.FromFile(Engine, Wasm(n)))).Value;

    private static string Build(string name, string extension, string[] flags)
    {
        var source = Path.Combine(Sources, name + ".c");
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            File.ReadAllText(source) + File.ReadAllText(Path.Combine(Sources, "guest.h")) + string.Join(' ', flags))))[..16];
        Directory.CreateDirectory(Cache);
        var output = Path.Combine(Cache, $"{name}-{hash}{extension}");
        if (File.Exists(output)) return output;
        var temporary = output + $".{Environment.ProcessId}.tmp";
        Run("clang-19", [.. flags, "-Wall", "-Werror", source, "-o", temporary]);
        File.Move(temporary, output, overwrite: true);
        return output;
    }

    private static void Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardError = true, RedirectStandardOutput = true };
        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"cannot start {tool} ({e.Message}); the WASI tests need: apt-get install clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32", e);
        }
        using var process = started ?? throw new InvalidOperationException($"cannot start {tool}");
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed:\n{errors.Result}");
    }
}
