using Wasmbox.Wasi.Abi;

namespace Wasmbox.Wasi.Functions;

/// <summary>proc_exit, proc_raise and sched_yield: they end or pause the guest, never the host.</summary>
internal static class ProcessFunctions
{
    public static void AddTo(WasiFunctionTable.Builder table)
    {
        table.Add("proc_exit", "i", (c, m, a) => Exit(c, (int)a[0].U32()), returnsErrno: false);
        table.Add("proc_raise", "i", (c, m, a) => Raise(c, a[0].U32()));
        table.Add("sched_yield", "", (c, m, a) =>
        {
            Thread.Yield();
            return Errno.Success;
        });
    }

    private static Errno Exit(WasiContext context, int status)
    {
        context.ExitCode = status;
        throw new WasiExitException(status);
    }

    private const uint LastSignal = 30;            // SIGSYS in WASI's numbering
    private const uint FirstRenumberedSignal = 16; // WASI has no SIGSTKFLT: from SIGCHLD on, Linux's number is one more

    private static Errno Raise(WasiContext context, uint signal)
    {
        if (signal > LastSignal) return Errno.Invalid;
        var linuxSignal = signal < FirstRenumberedSignal ? signal : signal + 1;
        switch (linuxSignal)
        {
            case 0: // "no signal": nothing to deliver
            case 17 or 18 or 23 or 28: // SIGCHLD, SIGCONT, SIGURG, SIGWINCH are ignored by default
                return Errno.Success;
            case 19 or 20 or 21 or 22: // stop signals: a guest cannot be stopped and resumed
                return Errno.NotSupported;
            default:
                // Every other signal terminates a process that does not handle it, and a guest
                // cannot install handlers: end the guest as a shell reports a killed process.
                return Exit(context, 128 + (int)linuxSignal);
        }
    }
}
