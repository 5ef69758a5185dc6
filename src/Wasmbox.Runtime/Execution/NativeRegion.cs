using System.Runtime.InteropServices;

namespace Wasmbox.Runtime.Execution;

/// <summary>
/// A range of address space reserved once and made accessible as it grows, so its base never
/// moves: compiled code can keep the base pointer in a register across memory.grow. Everything
/// past <see cref="Committed"/> is inaccessible (the guard region).
/// </summary>
internal sealed unsafe class NativeRegion : IDisposable
{
    /// <summary>Up to this many resident bytes are zeroed in place on reset (no page faults when reused); more are given back to the system.</summary>
    public const ulong ZeroInPlaceLimit = 1024 * 1024;

    private const int ProtNone = 0;
    private const int ProtReadWrite = 3;
    private const int MadviseDontNeed = 4;
    private static readonly ulong PageSize = (ulong)Environment.SystemPageSize;

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

    /// <summary>Bytes from the base that are accessible.</summary>
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

    /// <summary>Makes exactly the first <paramref name="bytes"/> accessible; the region must be all zero (new, or <see cref="Reset"/>).</summary>
    public bool SetAccessible(ulong bytes)
    {
        if (bytes >= Committed) return Commit(bytes);
        var excess = Committed - bytes;
        if (madvise((IntPtr)(basePointer + bytes), (nuint)excess, MadviseDontNeed) != 0 ||
            mprotect((IntPtr)(basePointer + bytes), (nuint)excess, ProtNone) != 0) return false;
        Committed = bytes;
        return true;
    }

    /// <summary>
    /// Zeroes every accessible byte: resident pages in place when there are few (they stay
    /// resident, so the next user does not fault them in again), else by giving them all back.
    /// </summary>
    public bool Reset()
    {
        if (Committed == 0) return true;
        if (Committed <= 64 * ZeroInPlaceLimit && ZeroResidentPages()) return true;
        return madvise((IntPtr)basePointer, (nuint)Committed, MadviseDontNeed) == 0;
    }

    /// <summary>Zeroes the resident pages if they are at most <see cref="ZeroInPlaceLimit"/> bytes; false when there are more.</summary>
    private bool ZeroResidentPages()
    {
        var pages = (int)((Committed + PageSize - 1) / PageSize);
        var resident = pages <= 4096 ? stackalloc byte[pages] : new byte[pages];
        fixed (byte* vector = resident)
        {
            if (mincore((IntPtr)basePointer, (nuint)Committed, vector) != 0) return false;
        }
        var count = 0UL;
        foreach (var page in resident) count += (ulong)(page & 1);
        if (count * PageSize > ZeroInPlaceLimit) return false;
        for (var i = 0; i < pages; i++)
        {
            if ((resident[i] & 1) == 0) continue;
            var run = i;
            while (run + 1 < pages && (resident[run + 1] & 1) != 0) run++;
            NativeMemory.Clear(basePointer + (ulong)i * PageSize, (nuint)((ulong)(run - i + 1) * PageSize));
            i = run;
        }
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

    [DllImport("libc", SetLastError = true)]
    private static extern int madvise(IntPtr address, nuint length, int advice);

    [DllImport("libc", SetLastError = true)]
    private static extern int mincore(IntPtr address, nuint length, byte* vector);
}
