using System.Diagnostics;

namespace Wasmbox.Bench.Speed;

/// <summary>Runs one command to completion and times it, wall clock, from start to exit.</summary>
internal static class TimedProcess
{
    /// <summary>Runs <paramref name="start"/> with its stdout and stderr read; a non-zero exit status throws.</summary>
    public static (TimeSpan Elapsed, string Output) Run(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {start.FileName}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {error.Result}");
        return (clock.Elapsed, output);
    }
}
