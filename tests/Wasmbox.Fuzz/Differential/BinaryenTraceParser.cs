namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// Reads the output of binaryen's `wasm-opt --fuzz-exec-before` (version 108) into trace events:
/// "[fuzz-exec] calling NAME", "[LoggingExternalInterface logging V...]",
/// "[fuzz-exec] note result: NAME => V" (a tuple prints as "(V, V)"), "[trap WHY]",
/// "[host limit WHY]" and "[exception thrown: ...]".
/// </summary>
internal static class BinaryenTraceParser
{
    private const string Calling = "[fuzz-exec] calling ";
    private const string Logging = "[LoggingExternalInterface logging";
    private const string NoteResult = "[fuzz-exec] note result: ";

    public static List<TraceEvent> Parse(string output)
    {
        var trace = new List<TraceEvent>();
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith(Calling, StringComparison.Ordinal))
                trace.Add(TraceEvent.Call(line[Calling.Length..]));
            else if (line.StartsWith(Logging, StringComparison.Ordinal) && line.EndsWith(']'))
                trace.Add(TraceEvent.Log(line[Logging.Length..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            else if (line.StartsWith(NoteResult, StringComparison.Ordinal))
                trace.Add(TraceEvent.Result(ResultValues(line[(line.IndexOf(" => ", StringComparison.Ordinal) + 4)..])));
            else if (line.StartsWith("[trap ", StringComparison.Ordinal))
                trace.Add(TraceEvent.Trap(line[6..^1]));
            else if (line.StartsWith("[host limit", StringComparison.Ordinal))
                trace.Add(TraceEvent.Of(TraceEventKind.HostLimit, line));
            else if (line.StartsWith("[exception thrown", StringComparison.Ordinal))
                trace.Add(TraceEvent.Of(TraceEventKind.Error, line));
        }
        return trace;
    }

    private static string[] ResultValues(string text) => text.StartsWith('(') && text.EndsWith(')')
        ? text[1..^1].Split(", ")
        : [text];
}
