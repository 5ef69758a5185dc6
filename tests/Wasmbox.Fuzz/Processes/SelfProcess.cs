namespace Wasmbox.Fuzz.Processes;

/// <summary>How to start this program again as a child process (a worker), whether it runs as an apphost or through `dotnet x.dll`.</summary>
internal static class SelfProcess
{
    public static (string FileName, List<string> Arguments) Command(params string[] arguments)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell which executable is running");
        var viaDotnet = Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        var prefix = viaDotnet ? new List<string> { typeof(SelfProcess).Assembly.Location } : [];
        return (host, [.. prefix, .. arguments]);
    }
}
