using System.Diagnostics;

namespace Wasmbox.Fuzz.Processes;

/// <summary>The outcome of running an external tool (wasm-opt) to completion.</summary>
internal sealed record ToolRun(int ExitCode, bool TimedOut, string Output, string Errors)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    public static ToolRun Execute(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ToolRun(-1, true, output.Result, errors.Result);
        }
        process.WaitForExit();
        return new ToolRun(process.ExitCode, false, output.Result, errors.Result);
    }

    public string Describe() => TimedOut ? "timed out" : $"exit status {ExitCode}: {Errors.Trim()}";
}
