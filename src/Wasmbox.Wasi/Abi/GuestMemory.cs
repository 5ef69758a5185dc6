using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Wasmbox.Runtime;

namespace Wasmbox.Wasi.Abi;

/// <summary>
/// The calling instance's linear memory, read and written the way WASI lays data out (little
/// endian, 32-bit pointers). Every access is bounds-checked by <see cref="Memory"/>: an address
/// outside the memory throws the engine's out-of-bounds trap, which the function table turns
/// into <see cref="Errno.Fault"/>.
/// </summary>
internal readonly struct GuestMemory
{
    private readonly Memory? memory;

    public GuestMemory(Memory? memory) => this.memory = memory;

    public Span<byte> Span(uint address, uint length)
    {
        if (memory is null) throw new TrapException(TrapKind.HostError, "WASI functions need the module to define a memory");
        // A length over 2 GiB cannot be in bounds of a memory the engine can hand out as a span.
        if (length > int.MaxValue) throw new TrapException(TrapKind.MemoryOutOfBounds);
        return memory.GetSpan(address, (int)length);
    }

    /// <summary>
    /// The native address of a checked range, for system calls that read or write guest memory
    /// directly. Linear memory never moves, so the pointer stays valid for the call.
    /// </summary>
    public unsafe byte* Pointer(uint address, uint length) =>
        (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(Span(address, length)));

    public byte ReadU8(uint address) => Span(address, 1)[0];
    public ushort ReadU16(uint address) => BinaryPrimitives.ReadUInt16LittleEndian(Span(address, 2));
    public uint ReadU32(uint address) => BinaryPrimitives.ReadUInt32LittleEndian(Span(address, 4));
    public ulong ReadU64(uint address) => BinaryPrimitives.ReadUInt64LittleEndian(Span(address, 8));

    public void WriteU8(uint address, byte value) => Span(address, 1)[0] = value;
    public void WriteU16(uint address, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Span(address, 2), value);
    public void WriteU32(uint address, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Span(address, 4), value);
    public void WriteU64(uint address, ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Span(address, 8), value);

    /// <summary>
    /// Reads the buffers an iovec array describes, checking each lies inside memory before any I/O
    /// happens, so a bad buffer fails the call without a partial transfer.
    /// </summary>
    public GuestBuffers ReadBuffers(uint iovecs, uint count)
    {
        // Linux refuses more than 1024 vectors per call; a shorter transfer is always allowed.
        var used = (int)Math.Min(count, GuestBuffers.MaxVectors);
        var table = Span(iovecs, (uint)(used * Layouts.IovecSize));
        var buffers = new GuestBuffers(used);
        for (var i = 0; i < used; i++)
        {
            var address = BinaryPrimitives.ReadUInt32LittleEndian(table[(i * Layouts.IovecSize)..]);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(table[(i * Layouts.IovecSize + 4)..]);
            Span(address, length); // bounds check only
            buffers.Add(address, length);
        }
        return buffers;
    }

    /// <summary>Reads a path or other string argument: UTF-8 without NUL bytes.</summary>
    public Errno ReadString(uint address, uint length, out string text)
    {
        text = "";
        var bytes = Span(address, length);
        if (bytes.IndexOf((byte)0) >= 0) return Errno.Invalid;
        if (!System.Text.Unicode.Utf8.IsValid(bytes)) return Errno.IllegalSequence;
        text = Encoding.UTF8.GetString(bytes);
        return Errno.Success;
    }

    /// <summary>Copies <paramref name="source"/> to the given buffers in order; returns how many bytes fit.</summary>
    public int Scatter(ReadOnlySpan<byte> source, GuestBuffers buffers)
    {
        var copied = 0;
        for (var i = 0; i < buffers.Count && copied < source.Length; i++)
        {
            var (address, length) = buffers[i];
            var take = (int)Math.Min(length, (uint)(source.Length - copied));
            source.Slice(copied, take).CopyTo(Span(address, (uint)take));
            copied += take;
        }
        return copied;
    }

    /// <summary>Copies the given buffers, in order, into one array (at most <paramref name="limit"/> bytes).</summary>
    public byte[] Gather(GuestBuffers buffers, int limit = int.MaxValue)
    {
        var total = (int)Math.Min(buffers.TotalLength, (ulong)limit);
        var data = new byte[total];
        var copied = 0;
        for (var i = 0; i < buffers.Count && copied < total; i++)
        {
            var (address, length) = buffers[i];
            var take = (int)Math.Min(length, (uint)(total - copied));
            Span(address, (uint)take).CopyTo(data.AsSpan(copied));
            copied += take;
        }
        return data;
    }
}

/// <summary>The guest buffers of one read or write call, already checked to lie inside memory.</summary>
internal sealed class GuestBuffers
{
    public const int MaxVectors = 1024;

    private readonly (uint Address, uint Length)[] items;

    public GuestBuffers(int capacity) => items = new (uint, uint)[capacity];

    public int Count { get; private set; }

    public ulong TotalLength { get; private set; }

    public (uint Address, uint Length) this[int index] => items[index];

    public void Add(uint address, uint length)
    {
        items[Count++] = (address, length);
        TotalLength += length;
    }
}
