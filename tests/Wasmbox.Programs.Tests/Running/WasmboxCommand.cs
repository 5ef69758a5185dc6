using System.Diagnostics;

namespace Wasmbox.Programs.Tests.Running;

/// <summary>`wasmbox run` as a user runs it: a separate process with real pipes for stdio.</summary>
internal static class WasmboxCommand
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static ProgramOutcome Run(string[] arguments, byte[] input, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "wasmbox.dll"), "run", .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = new MemoryStream();
        var error = new MemoryStream();
        var reading = Task.WhenAll(process.StandardOutput.BaseStream.CopyToAsync(output),
            process.StandardError.BaseStream.CopyToAsync(error));
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"wasmbox run {string.Join(' ', arguments)} ran longer than {Limit}");
        }
        reading.GetAwaiter().GetResult();
        return new ProgramOutcome(process.ExitCode, output.ToArray(), error.ToArray());
    }
}
