namespace Wasmbox.Bench.Speed;

/// <summary>
/// One run of a program, the same on every runtime: its arguments, the directory it works in (the
/// native build's working directory, preopened as "." for a module) and a file fed to its stdin.
/// </summary>
internal sealed record Invocation(IReadOnlyList<string> Arguments, string? Directory = null, string? Input = null);
