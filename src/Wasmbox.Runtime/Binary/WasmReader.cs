using System.Buffers.Binary;
using System.Text;

namespace Wasmbox.Runtime.Binary;

/// <summary>
/// A cursor over binary-format bytes: LEB128 integers, fixed-width values, names and lengths,
/// each checked against the end of the input. Errors carry offsets in the whole module.
/// </summary>
internal ref struct WasmReader
{
    /// <summary>The spec's wording for running out of bytes anywhere past the header.</summary>
    public const string UnexpectedEnd = "unexpected end of section or function";

    private readonly ReadOnlySpan<byte> bytes;
    private readonly int baseOffset;

    /// <param name="bytes">The bytes to read.</param>
    /// <param name="baseOffset">Where <paramref name="bytes"/> starts in the module, so that errors report module offsets.</param>
    public WasmReader(ReadOnlySpan<byte> bytes, int baseOffset = 0)
    {
        this.bytes = bytes;
        this.baseOffset = baseOffset;
        Position = 0;
    }

    /// <summary>Index of the next byte to read within this reader's bytes.</summary>
    public int Position { get; private set; }

    public readonly int Length => bytes.Length;
    public readonly int Remaining => bytes.Length - Position;
    public readonly bool AtEnd => Position >= bytes.Length;

    /// <summary>The module offset of the next byte.</summary>
    public readonly int Offset => baseOffset + Position;

    /// <summary>The module offset of a position in this reader.</summary>
    public readonly int OffsetOf(int position) => baseOffset + position;

    public readonly MalformedModuleException Error(string reason, int position) => new(reason, baseOffset + position);

    public byte ReadByte()
    {
        if (Position >= bytes.Length) throw Error(UnexpectedEnd, bytes.Length);
        return bytes[Position++];
    }

    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count < 0 || count > Remaining) throw Error(UnexpectedEnd, bytes.Length);
        var span = bytes.Slice(Position, count);
        Position += count;
        return span;
    }

    public uint ReadFixedU32() => BinaryPrimitives.ReadUInt32LittleEndian(ReadBytes(4));

    public ulong ReadFixedU64() => BinaryPrimitives.ReadUInt64LittleEndian(ReadBytes(8));

    /// <summary>A one-bit LEB128 flag, as limits use.</summary>
    public bool ReadU1() => ReadUnsigned(1) == 1;

    public uint ReadU32() => (uint)ReadUnsigned(32);

    public ulong ReadU64() => ReadUnsigned(64);

    public int ReadS32() => (int)ReadSigned(32);

    public long ReadS33() => ReadSigned(33);

    public long ReadS64() => ReadSigned(64);

    /// <summary>
    /// A u32 that counts bytes or vector elements still to come. Every element takes at least one
    /// byte, so a count larger than what is left is refused before anyone allocates by it.
    /// </summary>
    public int ReadLength()
    {
        int at = Position;
        uint n = ReadU32();
        if (n > (uint)(bytes.Length - at)) throw Error("length out of bounds", at);
        return (int)n;
    }

    /// <summary>A length-prefixed UTF-8 name.</summary>
    public string ReadName()
    {
        int at = Position;
        int length = ReadLength();
        var raw = ReadBytes(length);
        if (!System.Text.Unicode.Utf8.IsValid(raw)) throw Error("malformed UTF-8 encoding", at);
        return Encoding.UTF8.GetString(raw);
    }

    /// <summary>
    /// Unsigned LEB128 of at most <paramref name="bits"/> bits: no more bytes than the width needs,
    /// and the unused bits of the last byte must be zero.
    /// </summary>
    private ulong ReadUnsigned(int bits)
    {
        ulong result = 0;
        int shift = 0;
        for (int left = bits; ; left -= 7, shift += 7)
        {
            if (left <= 0) throw Error("integer representation too long", Position);
            int at = Position;
            byte b = ReadByte();
            if (left < 7 && (b & 0x7F) >= (1 << left)) throw Error("integer too large", at);
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
    }

    /// <summary>
    /// Signed LEB128 of at most <paramref name="bits"/> bits: no more bytes than the width needs,
    /// and the unused bits of the last byte must repeat the sign bit.
    /// </summary>
    private long ReadSigned(int bits)
    {
        long result = 0;
        int shift = 0;
        for (int left = bits; ; left -= 7)
        {
            if (left <= 0) throw Error("integer representation too long", Position);
            int at = Position;
            byte b = ReadByte();
            if (left < 7)
            {
                int mask = (-1 << (left - 1)) & 0x7F;
                int high = b & mask;
                if (high != 0 && high != mask) throw Error("integer too large", at);
            }
            result |= (long)(b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0)
            {
                if (shift < 64 && (b & 0x40) != 0) result |= -1L << shift;
                return result;
            }
        }
    }
}
