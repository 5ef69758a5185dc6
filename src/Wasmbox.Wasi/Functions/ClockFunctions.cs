using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Host;

namespace Wasmbox.Wasi.Functions;

/// <summary>clock_res_get and clock_time_get over the host's clocks, in nanoseconds.</summary>
internal static unsafe class ClockFunctions
{
    public static void AddTo(WasiFunctionTable.Builder table)
    {
        table.Add("clock_res_get", "ii", (c, m, a) => Resolution(m, a[0].U32(), a[1].U32()));
        table.Add("clock_time_get", "iIi", (c, m, a) => Time(m, a[0].U32(), a[2].U32()));
    }

    private static Errno Resolution(GuestMemory memory, uint clock, uint result)
    {
        if (!TryHostClock(clock, out var host)) return Errno.Invalid;
        Timespec resolution;
        if (Libc.clock_getres(host, &resolution) != 0) return HostErrors.Last();
        memory.WriteU64(result, Math.Max(1, resolution.ToNanoseconds()));
        return Errno.Success;
    }

    // The precision argument is a hint; the host clock is always read at full precision.
    private static Errno Time(GuestMemory memory, uint clock, uint result)
    {
        var errno = Now(clock, out var now);
        if (errno == Errno.Success) memory.WriteU64(result, now);
        return errno;
    }

    /// <summary>Reads a WASI clock: realtime, monotonic, or this thread's CPU time for both CPU clocks.</summary>
    public static Errno Now(uint clock, out ulong nanoseconds)
    {
        nanoseconds = 0;
        if (!TryHostClock(clock, out var host)) return Errno.Invalid;
        Timespec time;
        if (Libc.clock_gettime(host, &time) != 0) return HostErrors.Last();
        nanoseconds = time.ToNanoseconds();
        return Errno.Success;
    }

    private static bool TryHostClock(uint clock, out int host)
    {
        // The guest runs on one host thread, so its process and thread CPU time are that thread's:
        // the host process's total would tell the guest about other guests.
        host = (ClockId)clock switch
        {
            ClockId.Realtime => LinuxConstants.ClockRealtime,
            ClockId.Monotonic => LinuxConstants.ClockMonotonic,
            ClockId.ProcessCpuTime or ClockId.ThreadCpuTime => LinuxConstants.ClockThreadCpuTime,
            _ => -1,
        };
        return host >= 0;
    }
}
