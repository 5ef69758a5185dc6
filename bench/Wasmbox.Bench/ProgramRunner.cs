using System.Diagnostics;

namespace Wasmbox.Bench;

/// <summary>Runs one command to completion and times it, wall clock, from start to exit.</summary>
internal static class ProgramRunner
{
    public static (TimeSpan Elapsed, string Output, int ExitCode) Run(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {file}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
        return (clock.Elapsed, output, process.ExitCode);
    }
}
