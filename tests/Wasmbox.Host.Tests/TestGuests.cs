using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Wasmbox.Host.Tests;

/// <summary>
/// The guests in Guests/, built at test set-up: C with clang-19 and the WASI sysroot, text with
/// wabt's wat2wasm. Builds are cached by source hash in the temp folder.
/// </summary>
internal static class TestGuests
{
    private static readonly string Sources = System.IO.Path.Combine(AppContext.BaseDirectory, "Guests");
    internal static readonly string Cache = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wasmbox-host-test-guests");
    private static readonly ConcurrentDictionary<string, Lazy<string>> Built = new();

    /// <summary>The path of Guests/NAME.c or Guests/NAME.wat built to .wasm.</summary>
    public static string Path(string name) => Built.GetOrAdd(name, n => new(() => Build(n))).Value;

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    /// <summary>The repository's examples/NAME/NAME.wasm (built beside its source and committed).</summary>
    public static string Example(string name) => System.IO.Path.Combine(RepositoryRoot, "examples", name, name + ".wasm");

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Wasmbox.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("repository root (Wasmbox.sln) not found");
    }

    private static string Build(string name)
    {
        var c = System.IO.Path.Combine(Sources, name + ".c");
        var wat = System.IO.Path.Combine(Sources, name + ".wat");
        var source = File.Exists(c) ? c : wat;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            File.ReadAllText(source) + File.ReadAllText(System.IO.Path.Combine(RepositoryRoot, "sdk", "c", "wasmbox.h")))))[..16];
        Directory.CreateDirectory(Cache);
        var output = System.IO.Path.Combine(Cache, $"{name}-{hash}.wasm");
        if (File.Exists(output)) return output;
        var temporary = output + $".{Environment.ProcessId}.tmp";
        if (source == c) Run("clang-19", ["--target=wasm32-wasi", "--sysroot=/usr", "-O2", "-Wall", "-Werror", "-I", System.IO.Path.Combine(RepositoryRoot, "sdk", "c"), source, "-o", temporary]);
        else Run("wat2wasm", [source, "-o", temporary]);
        File.Move(temporary, output, overwrite: true);
        return output;
    }

    /// <summary>Runs a build tool (in <paramref name="workingDirectory"/> when given); throws with its stderr when it fails.</summary>
    internal static void Run(string tool, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = workingDirectory ?? "" };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {tool}");
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed:\n{errors.Result}");
    }
}
