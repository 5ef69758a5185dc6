using System.Collections;

namespace Wasmbox.Host.Logs;

/// <summary>
/// A function's log line as the server's logger gets it: the text people read
/// (<c>hello@1 [0HN…:00000001] text</c>) and the fields a JSON log carries apart (Function, Version,
/// RequestId, Text), so a collector can filter by them without parsing the message.
/// </summary>
public readonly struct FunctionLogState(FunctionLogLine line) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private const string Template = "{Function}@{Version} [{RequestId}] {Text}";

    public int Count => 5;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("Function", line.Function),
        1 => new("Version", line.Version),
        2 => new("RequestId", line.RequestId),
        3 => new("Text", line.Text),
        4 => new("{OriginalFormat}", Template),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() =>
        $"{line.Function}{(line.Version is { } v ? $"@{v}" : "")}{(line.RequestId is { } id ? $" [{id}]" : "")} {line.Text}";

    public static string Format(FunctionLogState state, Exception? exception) => state.ToString();
}
