namespace Wasmbox.Fuzz.Differential;

/// <summary>What happened at one step of running a module's exports.</summary>
internal enum TraceEventKind
{
    /// <summary>An export is about to be called.</summary>
    Call,
    /// <summary>A fuzzing-support logging import was called with these values.</summary>
    Log,
    /// <summary>The export returned these values.</summary>
    Result,
    /// <summary>Instantiation or the export trapped; the message is not compared.</summary>
    Trap,
    /// <summary>
    /// The export ended with an exception thrown at the JS boundary, not a trap: binaryen 132's
    /// call-export imports throw one, as JS does, for a missing export or one JS cannot call
    /// (an i64 or v128 parameter, a v128 result). The message is not compared.
    /// </summary>
    Exception,
    /// <summary>The engine refused the module (malformed or invalid).</summary>
    Invalid,
    /// <summary>After each call: the page count and a hash of the first exported memory (Wasmbox and V8 only).</summary>
    Memory,
    /// <summary>Binaryen's interpreter hit one of its own limits; nothing after it is comparable.</summary>
    HostLimit,
    /// <summary>Anything else: a harness or engine failure, never expected.</summary>
    Error,
    /// <summary>Wasmbox threw an exception that is not one of its own: a host crash.</summary>
    Crash,
}

/// <summary>
/// One normalized event. Every engine's output is turned into lines of the same form
/// ("call NAME", "log V...", "result V...", "trap WHY", "exception WHY", "memory PAGES HASH", "invalid WHY", "hostlimit", "error WHY",
/// "crash WHY"), so traces from Wasmbox, V8 and binaryen line up event by event.
/// </summary>
internal sealed record TraceEvent(TraceEventKind Kind, string Text, IReadOnlyList<string> Values)
{
    private static readonly IReadOnlyDictionary<string, TraceEventKind> Kinds = new Dictionary<string, TraceEventKind>
    {
        ["call"] = TraceEventKind.Call,
        ["log"] = TraceEventKind.Log,
        ["result"] = TraceEventKind.Result,
        ["trap"] = TraceEventKind.Trap,
        ["exception"] = TraceEventKind.Exception,
        ["invalid"] = TraceEventKind.Invalid,
        ["memory"] = TraceEventKind.Memory,
        ["hostlimit"] = TraceEventKind.HostLimit,
        ["error"] = TraceEventKind.Error,
        ["crash"] = TraceEventKind.Crash,
    };

    public static TraceEvent Call(string name) => new(TraceEventKind.Call, name, []);
    public static TraceEvent Log(IReadOnlyList<string> values) => new(TraceEventKind.Log, "", values);
    public static TraceEvent Result(IReadOnlyList<string> values) => new(TraceEventKind.Result, "", values);
    /// <summary>A trap, with the engine's message for the report (messages differ between engines and are not compared).</summary>
    public static TraceEvent Trap(string message) => Of(TraceEventKind.Trap, message);
    public static TraceEvent Of(TraceEventKind kind, string text) => new(kind, OneLine(text), []);

    /// <summary>Reads a line written by <see cref="ToString"/>.</summary>
    public static TraceEvent Parse(string line)
    {
        var space = line.IndexOf(' ');
        var word = space < 0 ? line : line[..space];
        var rest = space < 0 ? "" : line[(space + 1)..];
        if (!Kinds.TryGetValue(word, out var kind)) return Of(TraceEventKind.Error, $"unreadable trace line: {line}");
        return kind is TraceEventKind.Log or TraceEventKind.Result
            ? new TraceEvent(kind, "", rest.Length == 0 ? [] : rest.Split(' '))
            : new TraceEvent(kind, rest, []);
    }

    public override string ToString()
    {
        var word = Kinds.First(k => k.Value == Kind).Key;
        if (Kind is TraceEventKind.Log or TraceEventKind.Result) return Values.Count == 0 ? word : $"{word} {string.Join(' ', Values)}";
        return Text.Length == 0 ? word : $"{word} {Text}";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
