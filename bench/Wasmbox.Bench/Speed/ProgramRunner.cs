using System.Diagnostics;

namespace Wasmbox.Bench.Speed;

/// <summary>Runs one command to completion and times it, wall clock, from start to exit.</summary>
internal static class ProgramRunner
{
    /// <summary>Runs <paramref name="start"/> with <paramref name="input"/> (a file) on stdin; a non-zero exit status throws.</summary>
    public static (TimeSpan Elapsed, string Output) Run(ProcessStartInfo start, string? input = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = input is not null;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {start.FileName}");
        var error = process.StandardError.ReadToEndAsync();
        var feeding = input is null ? Task.CompletedTask : Feed(process, input);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        feeding.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {error.Result}");
        return (clock.Elapsed, output);
    }

    private static async Task Feed(Process process, string input)
    {
        try
        {
            await using (var file = File.OpenRead(input)) await file.CopyToAsync(process.StandardInput.BaseStream);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // the program exited without reading all of its input; its exit status tells
        }
    }
}
