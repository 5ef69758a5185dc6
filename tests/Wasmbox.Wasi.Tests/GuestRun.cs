using System.Diagnostics;
using System.Text;
using Wasmbox.Runtime;

namespace Wasmbox.Wasi.Tests;

/// <summary>What a program printed and how it ended.</summary>
internal sealed record GuestResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs a guest in-process through the embedding API, or its native build as a process.</summary>
internal static class GuestRun
{
    /// <summary>
    /// Runs Guests/NAME.c as a WASI command with <paramref name="configure"/>'s grants; argv[0] is NAME.
    /// A trap surfaces as <see cref="TrapException"/>.
    /// </summary>
    public static GuestResult Wasm(string name, Func<WasiConfiguration, WasiConfiguration>? configure = null,
        string[]? arguments = null, byte[]? input = null)
    {
        var output = new MemoryStream();
        var error = new MemoryStream();
        var configuration = WasiConfiguration.Default
            .WithArguments([name, .. arguments ?? []])
            .WithStandardInput(new MemoryStream(input ?? []))
            .WithStandardOutput(output)
            .WithStandardError(error);
        if (configure is not null) configuration = configure(configuration);

        using var context = new WasiContext(configuration);
        var linker = WasiPreview1.AddToLinker(new Linker(GuestPrograms.Engine), context);
        using var store = new Store(GuestPrograms.Engine);
        var exitCode = 0;
        try
        {
            linker.Instantiate(store, GuestPrograms.Module(name)).GetAction("_start")();
        }
        catch (WasiExitException exit)
        {
            exitCode = exit.ExitCode;
        }
        return new GuestResult(exitCode, Encoding.UTF8.GetString(output.ToArray()), Encoding.UTF8.GetString(error.ToArray()));
    }

    /// <summary>Runs the native build of Guests/NAME.c in <paramref name="workingDirectory"/>, with exactly <paramref name="environment"/>.</summary>
    public static GuestResult Native(string name, string workingDirectory, string[]? arguments = null,
        IEnumerable<KeyValuePair<string, string>>? environment = null, byte[]? input = null)
    {
        var start = new ProcessStartInfo(GuestPrograms.Native(name), arguments ?? [])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Clear();
        foreach (var (key, value) in environment ?? []) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var outputBuffer = new MemoryStream();
        var errorBuffer = new MemoryStream();
        var readOutput = process.StandardOutput.BaseStream.CopyToAsync(outputBuffer);
        var readError = process.StandardError.BaseStream.CopyToAsync(errorBuffer);
        process.StandardInput.BaseStream.Write(input ?? []);
        process.StandardInput.Close();
        process.WaitForExit();
        Task.WaitAll(readOutput, readError);
        return new GuestResult(process.ExitCode, Encoding.UTF8.GetString(outputBuffer.ToArray()), Encoding.UTF8.GetString(errorBuffer.ToArray()));
    }
}
