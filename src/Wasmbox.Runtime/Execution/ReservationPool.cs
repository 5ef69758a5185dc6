namespace Wasmbox.Runtime.Execution;

/// <summary>
/// Reserved linear-memory regions kept for reuse, so a fresh instance costs no mmap, no munmap
/// and, for pages it touched last time, no page faults: a region comes back zeroed, with its
/// pages still mapped. Only memories a store owns come here, and only once the store stopped
/// running (see <see cref="Store"/>): a region is never handed out while anything can reach it.
/// </summary>
internal static class ReservationPool
{
    /// <summary>Free regions kept at most; each may keep up to <see cref="NativeRegion.ZeroInPlaceLimit"/> of zeroed pages resident.</summary>
    private const int Capacity = 32;

    private static readonly Stack<NativeRegion> free = new();

    /// <summary>A region of <see cref="Memory.GuardedReservation"/> bytes with exactly <paramref name="accessibleBytes"/> accessible, all zero.</summary>
    public static NativeRegion Rent(ulong accessibleBytes)
    {
        NativeRegion? region = null;
        lock (free)
        {
            if (free.Count > 0) region = free.Pop();
        }
        region ??= new NativeRegion(Memory.GuardedReservation);
        if (!region.SetAccessible(accessibleBytes))
        {
            region.Dispose();
            throw new OutOfMemoryException($"cannot commit {accessibleBytes} bytes of linear memory");
        }
        return region;
    }

    /// <summary>Zeroes the region and keeps it, or unmaps it when the pool is full.</summary>
    public static void Return(NativeRegion region)
    {
        if (!region.Reset())
        {
            region.Dispose();
            return;
        }
        lock (free)
        {
            if (free.Count < Capacity)
            {
                free.Push(region);
                return;
            }
        }
        region.Dispose();
    }
}
