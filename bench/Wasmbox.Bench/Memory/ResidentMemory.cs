namespace Wasmbox.Bench.Memory;

/// <summary>A process's resident set size (VmRSS in /proc/PID/status): the memory it occupies now, shared libraries included.</summary>
internal static class ResidentMemory
{
    public static long KibibytesOf(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static long KibibytesOfThisProcess() => KibibytesOf(Environment.ProcessId);
}
