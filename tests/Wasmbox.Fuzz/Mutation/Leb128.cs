namespace Wasmbox.Fuzz.Mutation;

/// <summary>LEB128 reading and writing, including the overlong and out-of-range forms a hostile input would use.</summary>
internal static class Leb128
{
    public static byte[] Unsigned(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value != 0 ? (byte)(b | 0x80) : b);
        } while (value != 0);
        return bytes.ToArray();
    }

    /// <summary><paramref name="value"/> padded with continuation bytes to <paramref name="length"/> bytes (legal up to 5 for a u32, malformed beyond).</summary>
    public static byte[] Overlong(ulong value, int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)(value & 0x7F);
            value >>= 7;
            if (i < length - 1) bytes[i] |= 0x80;
        }
        return bytes;
    }

    /// <summary>Reads an unsigned LEB128 at <paramref name="position"/>; false when it runs off the end or past 10 bytes.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, ref int position, out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            if (position >= bytes.Length) return false;
            var b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return true;
        }
        return false;
    }
}
