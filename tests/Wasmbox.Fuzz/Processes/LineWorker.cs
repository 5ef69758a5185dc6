using System.Diagnostics;

namespace Wasmbox.Fuzz.Processes;

/// <summary>
/// A long-lived child process spoken to in lines: one request line on stdin, answered by lines on
/// stdout up to a line "end". Starting a process per module would cost more than running it
/// (node takes 100 ms to start), so the process stays up; when it dies or stops answering it is
/// reported and started again on the next request.
/// </summary>
/// <param name="answersPerProcess">When set, the process is replaced after this many answers: for a child that slows down as it lives.</param>
internal sealed class LineWorker(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null,
    int? answersPerProcess = null) : IDisposable
{
    private const string EndOfReply = "end";
    private readonly List<string> arguments = arguments.ToList();
    private ChildProcess? process;
    private int answers;

    public WorkerReply Ask(string request, TimeSpan timeout)
    {
        // A worker that died after its last answer crashed on something (a finalizer, a thread of
        // its own) that cannot be pinned on this request; it is still reported, never skipped.
        if (process is { HasExited: true }) return Failed(WorkerOutcome.Died, [], "died between requests, after answering the previous one; ");
        if (process is null) Restart();
        var running = process!;
        var received = new List<string>();
        try
        {
            running.StandardInput.WriteLine(request);
            running.StandardInput.Flush();
        }
        catch (IOException)
        {
            return Failed(WorkerOutcome.Died, received, "");
        }
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var remaining = timeout - clock.Elapsed;
            if (remaining < TimeSpan.Zero || !running.Lines.TryTake(out var line, remaining))
                return Failed(WorkerOutcome.TimedOut, received, $"no answer in {timeout.TotalSeconds:0} s; killed. ");
            if (line is null) return Failed(WorkerOutcome.Died, received, "");
            if (line == EndOfReply)
            {
                if (++answers == answersPerProcess) Stop();
                return new WorkerReply(WorkerOutcome.Completed, received, "");
            }
            received.Add(line);
        }
    }

    private WorkerReply Failed(WorkerOutcome outcome, List<string> received, string what)
    {
        process!.Kill();
        var diagnostics = what + process.Describe();
        Stop();
        return new WorkerReply(outcome, received, diagnostics);
    }

    private void Restart()
    {
        Stop();
        process = ChildProcess.Start(fileName, arguments, environment);
    }

    /// <summary>Ends the process (if running); the next request starts a new one.</summary>
    public void Stop()
    {
        process?.Dispose();
        process = null;
        answers = 0;
    }

    public void Dispose() => Stop();
}
