using System.ComponentModel;
using System.Diagnostics;

namespace Wasmbox.Programs.Tests.Building;

/// <summary>Runs the tools a build needs (apt-get, dpkg-source, the recipes) and fails with their output when they fail.</summary>
internal static class ExternalCommand
{
    /// <summary>Runs <paramref name="tool"/> to the end and returns its standard output; a non-zero status throws with everything it printed.</summary>
    public static string Run(string tool, IEnumerable<string> arguments, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"cannot start {tool} ({e.Message}); {Prerequisites.Hint}", e);
        }
        using var process = started ?? throw new InvalidOperationException($"cannot start {tool}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{tool} {string.Join(' ', start.ArgumentList)} failed with status {process.ExitCode}:\n{output.Result}\n{errors.Result}");
        return output.Result;
    }

    /// <summary>True when <paramref name="tool"/> runs and succeeds.</summary>
    public static bool Succeeds(string tool, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        try
        {
            Run(tool, arguments, workingDirectory);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
