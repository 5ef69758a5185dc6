using System.Collections.Concurrent;
using System.Diagnostics;

namespace Wasmbox.Fuzz.Processes;

/// <summary>
/// A running child process whose stdout arrives as lines (null marks the end of the stream) and
/// whose last stderr lines are kept for a crash report.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private const int StderrLinesKept = 40;
    private readonly Process process;
    private readonly Queue<string> stderrTail = new();

    private ChildProcess(Process process)
    {
        this.process = process;
        var reader = new Thread(() =>
        {
            while (process.StandardOutput.ReadLine() is { } line) Lines.Add(line);
            Lines.Add(null);
        }) { IsBackground = true, Name = "child stdout" };
        reader.Start();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderrTail)
            {
                stderrTail.Enqueue(e.Data);
                while (stderrTail.Count > StderrLinesKept) stderrTail.Dequeue();
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>Lines of stdout; null once the process closed it (it exited or crashed).</summary>
    public BlockingCollection<string?> Lines { get; } = new();

    public StreamWriter StandardInput => process.StandardInput;

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}"));
    }

    public bool HasExited => process.HasExited;

    /// <summary>The exit status (waiting briefly for it) and the last lines the process wrote to stderr.</summary>
    public string Describe()
    {
        process.WaitForExit(5000);
        // stderr is read asynchronously; give the last lines of a dying process a moment to arrive.
        Thread.Sleep(50);
        var status = process.HasExited ? $"exited with status {process.ExitCode}" : "still running";
        lock (stderrTail) return $"{status}; its last stderr lines:\n{string.Join('\n', stderrTail)}";
    }

    public void Kill()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException) { }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
