using System.Collections.Concurrent;
using System.Diagnostics;

namespace Wasmbox.Fuzz.Processes;

/// <summary>
/// A long-lived child process spoken to in lines: one request line on stdin, answered by lines on
/// stdout up to a line "end". Starting a process per module would cost more than running it
/// (node takes 100 ms to start), so the process stays up; when it dies or stops answering it is
/// reported and started again on the next request.
/// </summary>
internal sealed class LineWorker : IDisposable
{
    private const string EndOfReply = "end";
    private const int StderrLinesKept = 40;

    private readonly ProcessStartInfo startInfo;
    private Process? process;
    private BlockingCollection<string?>? stdoutLines;
    private readonly Queue<string> stderrTail = new();

    public LineWorker(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        startInfo = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) startInfo.Environment[name] = value;
    }

    public WorkerReply Ask(string request, TimeSpan timeout)
    {
        var (running, lines) = EnsureStarted();
        var received = new List<string>();
        try
        {
            running.StandardInput.WriteLine(request);
            running.StandardInput.Flush();
        }
        catch (IOException)
        {
            return Died(running, received);
        }
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var remaining = timeout - deadline.Elapsed;
            if (remaining < TimeSpan.Zero || !lines.TryTake(out var line, remaining))
            {
                var diagnostics = $"no answer in {timeout.TotalSeconds:0} s; killed.\n{StderrTail()}";
                Stop();
                return new WorkerReply(WorkerOutcome.TimedOut, received, diagnostics);
            }
            if (line is null) return Died(running, received);
            if (line == EndOfReply) return new WorkerReply(WorkerOutcome.Completed, received, "");
            received.Add(line);
        }
    }

    private WorkerReply Died(Process running, List<string> received)
    {
        running.WaitForExit(5000);
        var status = running.HasExited ? running.ExitCode.ToString() : "unknown";
        var diagnostics = $"exited with status {status}.\n{StderrTail()}";
        Stop();
        return new WorkerReply(WorkerOutcome.Died, received, diagnostics);
    }

    private (Process, BlockingCollection<string?>) EnsureStarted()
    {
        if (process is { HasExited: false } && stdoutLines is not null) return (process, stdoutLines);
        Stop();
        var started = Process.Start(startInfo) ?? throw new InvalidOperationException($"cannot start {startInfo.FileName}");
        var lines = new BlockingCollection<string?>();
        var reader = new Thread(() =>
        {
            while (started.StandardOutput.ReadLine() is { } line) lines.Add(line);
            lines.Add(null);
        }) { IsBackground = true, Name = $"{startInfo.FileName} stdout" };
        reader.Start();
        started.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderrTail)
            {
                stderrTail.Enqueue(e.Data);
                while (stderrTail.Count > StderrLinesKept) stderrTail.Dequeue();
            }
        };
        started.BeginErrorReadLine();
        process = started;
        stdoutLines = lines;
        return (started, lines);
    }

    private string StderrTail()
    {
        // stderr is read asynchronously; give the last lines of a dying process a moment to arrive.
        Thread.Sleep(50);
        lock (stderrTail) return string.Join('\n', stderrTail);
    }

    /// <summary>Ends the process (if running); the next request starts a new one.</summary>
    public void Stop()
    {
        if (process is not null)
        {
            try
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
            catch (InvalidOperationException) { }
            process.Dispose();
        }
        process = null;
        stdoutLines = null;
        lock (stderrTail) stderrTail.Clear();
    }

    public void Dispose() => Stop();
}
