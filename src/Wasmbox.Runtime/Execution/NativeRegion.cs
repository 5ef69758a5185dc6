using System.Runtime.InteropServices;

namespace Wasmbox.Runtime.Execution;

/// <summary>
/// A range of address space reserved once and made accessible as it grows, so its base never
/// moves: compiled code can keep the base pointer in a register across memory.grow. Everything
/// past <see cref="Committed"/> is inaccessible (the guard region).
/// </summary>
internal sealed unsafe class NativeRegion : IDisposable
{
    /// <summary>
    /// Up to this many resident bytes are zeroed in place on reset (no page faults when reused);
    /// more are given back to the system. 2 MiB holds a JavaScript function's whole heap (the js
    /// executor's engine works in about 1.6 MiB): zeroing it costs less than faulting its pages in
    /// again at every request.
    /// </summary>
    public const ulong ZeroInPlaceLimit = 2 * 1024 * 1024;

    private const int ProtNone = 0;
    private const int ProtReadWrite = 3;
    private const int MadviseDontNeed = 4;
    private static readonly ulong PageSize = (ulong)Environment.SystemPageSize;

    private const int MapPrivate = 0x02, MapFixed = 0x10, MapAnonymous = 0x20, MapNoReserve = 0x4000;

    private byte* basePointer;
    private readonly ulong reserved;
    // Bytes from the base mapped copy-on-write from a memory image file, not anonymous memory.
    private ulong imageBytes;

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

    // The most bytes ever accessible: pages past Committed may still be resident (zero) up to here.
    private ulong everCommitted;

    /// <summary>Makes the first <paramref name="bytes"/> bytes usable; new bytes read as zero.</summary>
    public bool Commit(ulong bytes)
    {
        if (bytes <= Committed) return true;
        if (bytes > reserved) return false;
        if (mprotect((IntPtr)basePointer, (nuint)bytes, ProtReadWrite) != 0) return false;
        Committed = bytes;
        everCommitted = Math.Max(everCommitted, bytes);
        return true;
    }

    /// <summary>
    /// Makes exactly the first <paramref name="bytes"/> accessible; the region must be all zero
    /// (new, or <see cref="Reset"/>). Pages cut off stay resident, zero and inaccessible: a
    /// memory that starts small and grows (a snapshot's memory grows to the captured size as
    /// it is instantiated; a request's heap grows a page) gets them back with an mprotect and no
    /// page faults, which cost more than the copy itself (a 4 KiB fault is about 2 µs here,
    /// against 0.2 µs to copy a page). <see cref="Reset"/> bounds what stays resident.
    /// </summary>
    public bool SetAccessible(ulong bytes)
    {
        if (bytes >= Committed) return Commit(bytes);
        var excess = Committed - bytes;
        if (mprotect((IntPtr)(basePointer + bytes), (nuint)excess, ProtNone) != 0) return false;
        Committed = bytes;
        return true;
    }

    /// <summary>
    /// Maps the first <paramref name="bytes"/> of <paramref name="image"/> copy-on-write over the
    /// start of the region, which must be accessible and all zero: reads see the image's pages
    /// (shared with every other instance), and a write copies just the page it touches. False
    /// when the kernel refuses; the region is then all zero still, and the caller copies instead.
    /// </summary>
    public bool MapImage(MemoryImageFile image, ulong bytes)
    {
        if (bytes == 0 || bytes > Committed || imageBytes != 0) return false;
        var added = false;
        image.DangerousAddRef(ref added);
        try
        {
            var mapped = mmap((IntPtr)basePointer, (nuint)bytes, ProtReadWrite, MapPrivate | MapFixed,
                (int)image.DangerousGetHandle(), IntPtr.Zero);
            if (mapped == new IntPtr(-1))
            {
                // A failed MAP_FIXED may already have unmapped the range: put zero pages back.
                imageBytes = bytes;
                if (!DetachImage()) throw new OutOfMemoryException("cannot restore a linear memory after mapping its image failed");
                return false;
            }
        }
        finally
        {
            if (added) image.DangerousRelease();
        }
        imageBytes = bytes;
        return true;
    }

    /// <summary>
    /// Replaces the image mapping with fresh zero pages (one mmap; the private copies the
    /// instance made go with it), so the region is plain anonymous memory again.
    /// </summary>
    private bool DetachImage()
    {
        if (imageBytes == 0) return true;
        var mapped = mmap((IntPtr)basePointer, (nuint)imageBytes, ProtReadWrite, MapPrivate | MapAnonymous | MapFixed | MapNoReserve, -1, IntPtr.Zero);
        if (mapped == new IntPtr(-1)) return false;
        imageBytes = 0;
        return true;
    }

    /// <summary>
    /// Zeroes every accessible byte: resident pages in place when there are few (they stay
    /// resident, so the next user does not fault them in again), else by giving them all back,
    /// with the zero pages kept past <see cref="Committed"/> (see <see cref="SetAccessible"/>).
    /// </summary>
    public bool Reset()
    {
        if (!DetachImage()) return false;
        if (Committed == 0) return true;
        if (Committed <= 64 * ZeroInPlaceLimit && ZeroResidentPages()) return true;
        if (madvise((IntPtr)basePointer, (nuint)everCommitted, MadviseDontNeed) != 0) return false;
        everCommitted = Committed;
        return true;
    }

    /// <summary>
    /// Zeroes the resident pages in place and gives back the others, if the resident ones are at
    /// most <see cref="ZeroInPlaceLimit"/> bytes in a few runs; false (nothing done) otherwise. A page
    /// that is not resident may still hold data, swapped out: those are given back too, never skipped.
    /// </summary>
    private bool ZeroResidentPages()
    {
        const int MaxRuns = 64;
        var pages = (int)((Committed + PageSize - 1) / PageSize);
        var resident = pages <= 4096 ? stackalloc byte[pages] : new byte[pages];
        fixed (byte* vector = resident)
        {
            if (mincore((IntPtr)basePointer, (nuint)Committed, vector) != 0) return false;
        }
        ulong count = 0;
        var runs = 0;
        for (var i = 0; i < pages; i++)
        {
            count += (ulong)(resident[i] & 1);
            if (i == 0 || (resident[i] & 1) != (resident[i - 1] & 1)) runs++;
        }
        if (count * PageSize > ZeroInPlaceLimit || runs > MaxRuns) return false;
        // Without swap a page that is not resident was never written (or was given back already).
        var mayBeSwapped = SwapConfigured();
        for (var i = 0; i < pages; i++)
        {
            var isResident = (resident[i] & 1) != 0;
            var run = i;
            while (run + 1 < pages && ((resident[run + 1] & 1) != 0) == isResident) run++;
            var start = basePointer + (ulong)i * PageSize;
            var length = (nuint)((ulong)(run - i + 1) * PageSize);
            if (isResident) NativeMemory.Clear(start, length);
            else if (mayBeSwapped && madvise((IntPtr)start, length, MadviseDontNeed) != 0) return false;
            i = run;
        }
        return true;
    }

    /// <summary>Whether the system has swap space now (sysinfo's totalswap; asked each time, since swapon can add it).</summary>
    private static bool SwapConfigured()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64) return true;
        var info = stackalloc byte[128];
        if (sysinfo(info) != 0) return true;
        // struct sysinfo on x86-64: uptime, loads[3], totalram, freeram, sharedram, bufferram, totalswap...
        return *(ulong*)(info + 64) != 0;
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
    private static extern int sysinfo(byte* info);

    [DllImport("libc", SetLastError = true)]
    private static extern int mincore(IntPtr address, nuint length, byte* vector);
}
