namespace Wasmbox.Bench.Speed;

/// <summary>
/// One run of a program, the same on every runtime: its arguments and the directory it works in
/// (the native build's working directory, preopened as "." for a module).
/// </summary>
internal sealed record Invocation(IReadOnlyList<string> Arguments, string? Directory = null);
