namespace Wasmbox.Cli.Commands;

/// <summary>Prints a Wasm backtrace readably: runs of one function (recursion) fold into one line.</summary>
internal static class Backtrace
{
    private const int MaxLines = 40;

    public static IEnumerable<string> Lines(IReadOnlyList<string> frames)
    {
        var lines = 0;
        for (var i = 0; i < frames.Count && lines < MaxLines; lines++)
        {
            var run = 1;
            while (i + run < frames.Count && frames[i + run] == frames[i]) run++;
            yield return run == 1 ? $"    at {frames[i]}" : $"    at {frames[i]} ({run} frames)";
            i += run;
            if (lines == MaxLines - 1 && i < frames.Count) yield return $"    ... {frames.Count - i} more frames";
        }
    }
}
