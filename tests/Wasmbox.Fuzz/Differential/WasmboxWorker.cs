namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// The child-process side of <see cref="WasmboxOracle"/>: reads module paths on stdin, runs each
/// on Wasmbox and writes its trace and "end".
/// </summary>
internal static class WasmboxWorker
{
    public const string Command = "wasmbox-worker";

    public static int Run()
    {
        var executor = new WasmboxExecutor();
        using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        while (Console.In.ReadLine() is { } path)
        {
            foreach (var traceEvent in executor.Run(File.ReadAllBytes(path))) output.WriteLine(traceEvent);
            output.WriteLine("end");
            output.Flush();
        }
        return 0;
    }
}
