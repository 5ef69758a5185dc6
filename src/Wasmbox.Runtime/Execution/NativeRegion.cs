using System.Runtime.InteropServices;

namespace Wasmbox.Runtime.Execution;

/// <summary>
/// A range of address space reserved once and committed as it grows, so its base never moves:
/// compiled code can keep the base pointer in a register across memory.grow.
/// </summary>
internal sealed unsafe class NativeRegion : IDisposable
{
    private const int ProtNone = 0;
    private const int ProtReadWrite = 3;

    private byte* basePointer;
    private readonly ulong reserved;

    public NativeRegion(ulong reserveBytes)
    {
        reserved = Math.Max(reserveBytes, 1);
        var flags = OperatingSystem.IsMacOS() ? 0x1002 | 0x40 : 0x22 | 0x4000; // PRIVATE|ANON|NORESERVE
        var result = mmap(IntPtr.Zero, (nuint)reserved, ProtNone, flags, -1, IntPtr.Zero);
        if (result == new IntPtr(-1))
            throw new OutOfMemoryException($"cannot reserve {reserved} bytes of address space for a linear memory (errno {Marshal.GetLastPInvokeError()})");
        basePointer = (byte*)result;
    }

    public byte* Base => basePointer;
    public ulong Committed { get; private set; }

    /// <summary>Makes the first <paramref name="bytes"/> bytes usable; new bytes read as zero.</summary>
    public bool Commit(ulong bytes)
    {
        if (bytes <= Committed) return true;
        if (bytes > reserved) return false;
        if (mprotect((IntPtr)basePointer, (nuint)bytes, ProtReadWrite) != 0) return false;
        Committed = bytes;
        return true;
    }

    public void Dispose()
    {
        if (basePointer == null) return;
        munmap((IntPtr)basePointer, (nuint)reserved);
        basePointer = null;
        GC.SuppressFinalize(this);
    }

    ~NativeRegion() => Dispose();

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr mmap(IntPtr address, nuint length, int protection, int flags, int fd, IntPtr offset);

    [DllImport("libc", SetLastError = true)]
    private static extern int mprotect(IntPtr address, nuint length, int protection);

    [DllImport("libc", SetLastError = true)]
    private static extern int munmap(IntPtr address, nuint length);
}
