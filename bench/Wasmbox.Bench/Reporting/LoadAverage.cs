namespace Wasmbox.Bench.Reporting;

/// <summary>The machine's one-minute load average, printed with each table: other work on the cores shows up in every figure.</summary>
internal static class LoadAverage
{
    public static string Now()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "unknown"; }
    }
}
