using System.Diagnostics;
using System.Text;

namespace Wasmbox.Host.Tests;

/// <summary>
/// A node app started as its README starts it (`node app.mjs` in its folder), with the Dapr JS SDK's
/// port variables; what it prints is kept, to wait on and to show when a test fails. Disposing
/// kills it.
/// </summary>
internal sealed class NodeAppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private NodeAppProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Starts the app of <paramref name="project"/> on <paramref name="appPort"/>, talking to the Dapr HTTP API on <paramref name="daprHttpPort"/>.</summary>
    public static NodeAppProcess Start(string project, int appPort, int daprHttpPort)
    {
        var start = new ProcessStartInfo("node", ["app.mjs"]) { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["APP_PORT"] = appPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DAPR_HTTP_PORT"] = daprHttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new NodeAppProcess(Process.Start(start)!);
    }

    /// <summary>Everything the app printed so far, stdout and stderr as they came.</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    /// <summary>Waits until the app has printed <paramref name="text"/>; fails with its output after <paramref name="within"/>, or if it exits first.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (process.HasExited) Assert.Fail($"the node app exited ({process.ExitCode}) before printing \"{text}\":\n{Output}");
            Assert.True(waited.Elapsed < within, $"the node app did not print \"{text}\" within {within.TotalSeconds} s:\n{Output}");
            await Task.Delay(50);
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.Append(line).Append('\n');
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
