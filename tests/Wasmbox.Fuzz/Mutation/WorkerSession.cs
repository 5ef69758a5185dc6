using System.Globalization;
using Wasmbox.Fuzz.Processes;

namespace Wasmbox.Fuzz.Mutation;

internal enum WorkerMessageKind
{
    /// <summary>The engine threw an exception that is not its own on an input.</summary>
    Unexpected,
    /// <summary>New counts arrived (about once a second).</summary>
    Stats,
    /// <summary>Wasmbox accepted a module V8 refuses.</summary>
    Disagreement,
}

internal sealed record WorkerMessage(WorkerMessageKind Kind, long Index, string Text);

/// <summary>
/// One run of the mutation worker process, watched: its stats lines are collected, its
/// "unexpected" lines handed out, and when it dies or the input on the progress board does not
/// change for the hang limit, the input on the board is the culprit.
/// </summary>
internal sealed class WorkerSession
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private readonly ChildProcess process;
    private readonly ProgressBoard board;
    private readonly long from;
    private bool ended;

    private WorkerSession(ChildProcess process, ProgressBoard board, long from)
    {
        this.process = process;
        this.board = board;
        this.from = from;
    }

    /// <summary>The worker's latest counts.</summary>
    public MutationCounts Counts { get; private set; } = new();

    /// <summary>What went wrong with the worker itself (it died or hung), or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>The input that killed or hung the worker.</summary>
    public long FailedIndex { get; private set; } = -1;

    /// <summary>Inputs the worker finished, the failed one included.</summary>
    public long InputsFinished => Failure is null ? Counts.Total : FailedIndex - from + 1;

    /// <summary>Where the next worker starts.</summary>
    public long NextIndex => from + InputsFinished;

    public static WorkerSession Start(string corpus, ulong seed, long from, long until, double seconds, string progressPath, ProgressBoard board)
    {
        board.CurrentIndex = -1;
        var (fileName, arguments) = SelfProcess.Command(MutationWorker.Command, "--corpus", corpus,
            "--seed", seed.ToString(CultureInfo.InvariantCulture), "--from", from.ToString(CultureInfo.InvariantCulture),
            "--until", until.ToString(CultureInfo.InvariantCulture),
            "--seconds", seconds.ToString("0.###", CultureInfo.InvariantCulture), "--progress", progressPath);
        // A GC heap cap: an allocation sized by an unchecked count fails in the worker (and is
        // reported) instead of exhausting the machine.
        // Engines as users get them: guard regions, which compiled code relies on from instantiation on.
        var environment = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x80000000", [Runtime.GuardRegionSupport.EnvironmentVariable] = "1" };
        return new WorkerSession(ChildProcess.Start(fileName, arguments, environment), board, from);
    }

    /// <summary>The next message, or null when the session is over (the worker finished, died or hung).</summary>
    public WorkerMessage? Next(TimeSpan hangLimit)
    {
        var watched = board.CurrentIndex;
        var unchanged = System.Diagnostics.Stopwatch.StartNew();
        while (!ended)
        {
            if (!process.Lines.TryTake(out var line, Poll))
            {
                var current = board.CurrentIndex;
                if (current != watched) (watched, unchanged) = (current, System.Diagnostics.Stopwatch.StartNew());
                else if (unchanged.Elapsed > hangLimit) Fail($"hang: no progress for {hangLimit.TotalSeconds:0} s on one input; killed", kill: true);
                continue;
            }
            if (line is null) Fail($"the worker died: {process.Describe()}", kill: false);
            else if (line == "end") ended = true;
            else if (line.StartsWith("stats ", StringComparison.Ordinal))
            {
                Counts = MutationCounts.FromLine(line);
                return new WorkerMessage(WorkerMessageKind.Stats, -1, "");
            }
            else if (line.StartsWith("unexpected ", StringComparison.Ordinal) || line.StartsWith("disagreement ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', 3);
                var kind = parts[0] == "unexpected" ? WorkerMessageKind.Unexpected : WorkerMessageKind.Disagreement;
                return new WorkerMessage(kind, long.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]);
            }
        }
        return null;
    }

    private void Fail(string what, bool kill)
    {
        if (kill) process.Kill();
        FailedIndex = board.CurrentIndex;
        if (FailedIndex < 0) throw new InvalidOperationException($"the mutation worker failed before its first input: {process.Describe()}");
        Failure = kill ? $"{what}; {process.Describe()}" : what;
        ended = true;
    }

    public void Stop() => process.Dispose();
}
