namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// Reads the output of binaryen's `wasm-opt --fuzz-exec-before` into trace events, in the forms of
/// both versions in use. Version 108: "[fuzz-exec] calling NAME", "[fuzz-exec] note result: NAME => V"
/// (a tuple as "(V, V)"). Version 132: "[fuzz-exec] export NAME" for a function or a global (whose
/// value it then logs), and "[fuzz-exec] note result: NAME => V" with each further value of a tuple
/// on a line of its own. Both: "[LoggingExternalInterface logging V...]", "[trap WHY]",
/// "[host limit WHY]" and "[exception thrown: ...]". A v128 prints as "i32x4 0x... 0x... 0x... 0x..."
/// and becomes the one token "0x...,0x...,0x...,0x..." (<see cref="WasmboxValueTokens.V128"/>).
/// </summary>
internal static class BinaryenTraceParser
{
    private const string Calling = "[fuzz-exec] calling ";
    private const string Export = "[fuzz-exec] export ";
    private const string Logging = "[LoggingExternalInterface logging";
    private const string NoteResult = "[fuzz-exec] note result: ";
    private const string V128Prefix = "i32x4";

    public static List<TraceEvent> Parse(string output)
    {
        var trace = new List<TraceEvent>();
        // Binaryen 132 prints each value of a tuple result on a line of its own after the first.
        List<string>? results = null;
        foreach (var line in output.Split('\n'))
        {
            if (results is not null)
            {
                if (line.Length > 0 && !line.StartsWith('['))
                {
                    results.AddRange(Tokens(line));
                    continue;
                }
                trace.Add(TraceEvent.Result(results));
                results = null;
            }
            if (line.StartsWith(Calling, StringComparison.Ordinal))
                trace.Add(TraceEvent.Call(line[Calling.Length..]));
            else if (line.StartsWith(Export, StringComparison.Ordinal))
                trace.Add(TraceEvent.Call(line[Export.Length..]));
            else if (line.StartsWith(Logging, StringComparison.Ordinal) && line.EndsWith(']'))
                trace.Add(TraceEvent.Log(Tokens(line[Logging.Length..^1])));
            else if (line.StartsWith(NoteResult, StringComparison.Ordinal))
                results = ResultValues(line[(line.IndexOf(" => ", StringComparison.Ordinal) + 4)..]);
            else if (line.StartsWith("[trap ", StringComparison.Ordinal))
                trace.Add(TraceEvent.Trap(line[6..^1]));
            else if (line.StartsWith("[host limit", StringComparison.Ordinal))
                trace.Add(TraceEvent.Of(TraceEventKind.HostLimit, line));
            else if (line.StartsWith("[exception thrown", StringComparison.Ordinal))
                trace.Add(TraceEvent.Of(TraceEventKind.Exception, line[1..^1]));
        }
        if (results is not null) trace.Add(TraceEvent.Result(results));
        return trace;
    }

    private static List<string> ResultValues(string text) => text.StartsWith('(') && text.EndsWith(')')
        ? text[1..^1].Split(", ").SelectMany(Tokens).ToList()
        : Tokens(text);

    /// <summary>Space-separated values, with each "i32x4 A B C D" joined into the one token "A,B,C,D".</summary>
    private static List<string> Tokens(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == V128Prefix && i + 4 < words.Length)
            {
                tokens.Add(string.Join(',', words[(i + 1)..(i + 5)]));
                i += 4;
            }
            else tokens.Add(words[i]);
        }
        return tokens;
    }
}
