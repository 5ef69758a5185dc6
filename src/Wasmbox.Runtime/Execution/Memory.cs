using System.Buffers.Binary;
using Wasmbox.Runtime.Execution;

namespace Wasmbox.Runtime;

/// <summary>
/// A linear memory: native memory with a stable base address, grown in 64 KiB pages.
/// Compiled code reads <see cref="BasePointer"/> and <see cref="ByteLength"/> directly.
/// </summary>
public sealed unsafe class Memory : IDisposable
{
    /// <summary>
    /// Address space every memory reserves: a 32-bit address plus a 32-bit offset plus the widest
    /// access stays below it, so code compiled for <see cref="BoundsChecks.GuardRegion"/> can only
    /// ever touch this memory's own pages, and faults on those past its length.
    /// </summary>
    internal const ulong GuardedReservation = (1UL << 33) + 64 * 1024;

    private readonly NativeRegion region;
    private readonly Store? owner;

    // Read by compiled code: with explicit bounds checks, one unsigned compare against ByteLength
    // guards every access; with a guard region, the pages past ByteLength are inaccessible.
    internal byte* BasePointer;
    internal ulong ByteLength;

    /// <summary>A memory of its own, outside any store's limits (for hosts that provide memories to import).</summary>
    public Memory(MemoryType type) : this(type, null) { }

    /// <summary>
    /// A memory counted against <paramref name="owner"/>'s limits, <paramref name="initialPages"/>
    /// long (never less than the minimum of <paramref name="type"/>): a snapshot's memory starts
    /// at the size it was captured at, with no growing after.
    /// </summary>
    internal Memory(MemoryType type, Store? owner, ulong? initialPages = null)
    {
        this.owner = owner;
        var maxPages = Math.Min(type.Limits.Maximum ?? MemoryType.MaxPages32, MemoryType.MaxPages32);
        var pages = Math.Max(initialPages ?? 0, type.Limits.Minimum);
        if (pages > maxPages)
            throw new ArgumentException($"memory of {pages} pages exceeds its maximum {maxPages}");
        Type = type;
        var initialBytes = pages * MemoryType.PageSize;
        if (owner is not null)
        {
            // A store's memories are released only when nothing can run in them any more, so
            // they may come from (and go back to) the pool; one the host made may be shared anywhere.
            region = ReservationPool.Rent(initialBytes);
        }
        else
        {
            region = new NativeRegion(GuardedReservation);
            if (!region.Commit(initialBytes))
            {
                region.Dispose();
                throw new OutOfMemoryException($"cannot commit {pages} pages of linear memory");
            }
        }
        MaximumPages = maxPages;
        BasePointer = region.Base;
        ByteLength = initialBytes;
    }

    /// <summary>The store whose limits this memory counts against, or null for one the host made.</summary>
    internal Store? Owner => owner;

    /// <summary>The type this memory was created with; <see cref="Pages"/> is the current size.</summary>
    public MemoryType Type { get; }

    /// <summary>The most pages this memory can grow to.</summary>
    public ulong MaximumPages { get; }

    public ulong Pages => ByteLength / MemoryType.PageSize;

    public ulong Length => ByteLength;

    /// <summary>The current type, as import matching sees it: the current size as minimum.</summary>
    public MemoryType CurrentType => new(new Limits(Pages, Type.Limits.Maximum));

    /// <summary>Grows by <paramref name="deltaPages"/>; returns the old size in pages, or -1 when it cannot.</summary>
    public long Grow(ulong deltaPages)
    {
        if (BasePointer == null) return -1;   // disposed
        var old = Pages;
        if (deltaPages == 0) return (long)old;
        if (deltaPages > MaximumPages || old + deltaPages > MaximumPages) return -1;
        var newLength = (old + deltaPages) * MemoryType.PageSize;
        if (owner is not null && !owner.TryReserveMemory(deltaPages * MemoryType.PageSize)) return -1;
        if (!region.Commit(newLength))
        {
            owner?.ReleaseMemory(deltaPages * MemoryType.PageSize);
            return -1;
        }
        ByteLength = newLength;
        return (long)old;
    }

    /// <summary>Maps an image copy-on-write over the start of this memory, which must be all zero; false when it cannot (then it is still all zero).</summary>
    internal bool TryMapImage(MemoryImageFile image, ulong bytes) => BasePointer != null && bytes <= ByteLength && region.MapImage(image, bytes);

    /// <summary>A view of <paramref name="length"/> bytes at <paramref name="address"/>; traps when out of bounds.</summary>
    public Span<byte> GetSpan(ulong address, int length)
    {
        CheckBounds(address, (ulong)length);
        return new Span<byte>(BasePointer + address, length);
    }

    /// <summary>The whole memory, when it is smaller than 2 GiB.</summary>
    public Span<byte> Span => new(BasePointer, checked((int)ByteLength));

    public byte ReadByte(ulong address) => GetSpan(address, 1)[0];
    public int ReadInt32(ulong address) => BinaryPrimitives.ReadInt32LittleEndian(GetSpan(address, 4));
    public long ReadInt64(ulong address) => BinaryPrimitives.ReadInt64LittleEndian(GetSpan(address, 8));
    public void WriteByte(ulong address, byte value) => GetSpan(address, 1)[0] = value;
    public void WriteInt32(ulong address, int value) => BinaryPrimitives.WriteInt32LittleEndian(GetSpan(address, 4), value);
    public void WriteInt64(ulong address, long value) => BinaryPrimitives.WriteInt64LittleEndian(GetSpan(address, 8), value);

    /// <summary>Reads a UTF-8 string of <paramref name="length"/> bytes at <paramref name="address"/>.</summary>
    public string ReadString(ulong address, int length) => System.Text.Encoding.UTF8.GetString(GetSpan(address, length));

    internal void CheckBounds(ulong address, ulong length)
    {
        if (address > ByteLength || length > ByteLength - address)
            throw new TrapException(TrapKind.MemoryOutOfBounds);
    }

    /// <summary>
    /// Releases the memory: afterwards it has no bytes, and every access is out of bounds. A
    /// store disposes its memories itself, once no Wasm code runs in it.
    /// </summary>
    public void Dispose()
    {
        if (BasePointer == null) return;
        BasePointer = null;
        ByteLength = 0;
        if (owner is not null) ReservationPool.Return(region);
        else region.Dispose();
    }
}
