using System.Diagnostics;
using System.Text.Json;

namespace Wasmbox.Bench;

/// <summary>Runs one of the measuring scripts in bench/node in a node process of its own and reads the JSON object it prints last.</summary>
internal static class NodeScript
{
    public static JsonElement Run(string root, string script, IEnumerable<string> arguments, IEnumerable<string>? nodeOptions = null)
    {
        var start = new ProcessStartInfo("node", [.. nodeOptions ?? [], "--no-warnings", Path.Combine(root, "bench", "node", script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start node");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"node {script} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {error.Result}");
        var last = output.TrimEnd().Split('\n')[^1];
        return JsonDocument.Parse(last).RootElement.Clone();
    }
}
