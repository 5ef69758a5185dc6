namespace Wasmbox.Host.Manifest;

/// <summary>A manifest the server refuses, with where and why: "wasmbox.yaml:12: functions[1].limits.memory: ...".</summary>
public sealed class ManifestException : Exception
{
    public ManifestException(string file, long line, string problem) : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public string File { get; }
    public long Line { get; }
    public string Problem { get; }
}
