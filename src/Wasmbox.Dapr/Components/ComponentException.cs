namespace Wasmbox.Dapr.Components;

/// <summary>A component file the server refuses: which file, which line, what is wrong.</summary>
public sealed class ComponentException(string file, long line, string problem)
    : Exception(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
{
    public string File { get; } = file;
    public long Line { get; } = line;
}
