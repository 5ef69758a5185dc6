using System.Diagnostics;

namespace Wasmbox.Cli.Commands;

/// <summary>
/// One status line on a terminal for long work (compiling, uploading): what is being done and for
/// how long, redrawn in place five times a second and erased when the work ends. Nothing is drawn
/// for work that ends within the first redraw, and nothing at all unless stderr is a terminal
/// (<see cref="For"/>), so scripts and logs see only the result.
/// </summary>
internal sealed class TerminalProgress : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly TextWriter terminal;
    private readonly Timer timer;
    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private readonly object gate = new();
    private string status;
    private bool drawn, ended;

    private TerminalProgress(TextWriter terminal, string status)
    {
        this.terminal = terminal;
        this.status = status;
        timer = new Timer(_ => Draw(), null, Interval, Interval);
    }

    /// <summary>A status line on <paramref name="error"/> when it is the process's stderr on a terminal; otherwise null (quiet).</summary>
    public static TerminalProgress? For(TextWriter error, string status) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new TerminalProgress(error, status) : null;

    /// <summary>What is being done now: the next redraw shows it.</summary>
    public void Report(string text)
    {
        lock (gate) status = text;
    }

    private void Draw()
    {
        lock (gate)
        {
            if (ended) return;
            // \r goes back to the start of the line; ESC[K erases what a longer status left there.
            terminal.Write($"\r{status} ({elapsed.Elapsed.TotalSeconds:0.0} s)\u001b[K");
            terminal.Flush();
            drawn = true;
        }
    }

    public void Dispose()
    {
        timer.Dispose();
        lock (gate)
        {
            ended = true;
            if (!drawn) return;
            terminal.Write("\r\u001b[K");
            terminal.Flush();
        }
    }
}
