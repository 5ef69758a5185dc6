using System.Diagnostics;

namespace Wasmbox.Runtime.Tests;

/// <summary>Builds test guests from WAT source with wabt's wat2wasm, as the test set-up.</summary>
internal static class Wabt
{
    public static byte[] Wat2Wasm(string watSource, params string[] flags)
    {
        var folder = Directory.CreateTempSubdirectory("wasmbox-test-").FullName;
        try
        {
            var wat = Path.Combine(folder, "guest.wat");
            var wasm = Path.Combine(folder, "guest.wasm");
            File.WriteAllText(wat, watSource);
            Run("wat2wasm", [.. flags, wat, "-o", wasm]);
            return File.ReadAllBytes(wasm);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    /// <summary>Builds a guest file shipped with the tests (Guests/NAME.wat), with its names kept for backtraces.</summary>
    public static byte[] Guest(string name) =>
        Wat2Wasm(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Guests", name + ".wat")), "--debug-names");

    public static void Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {tool}");
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {errors}");
    }
}
