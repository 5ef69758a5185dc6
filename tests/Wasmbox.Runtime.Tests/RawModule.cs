namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Assembles module binaries byte by byte, for shapes wat2wasm cannot produce (its parser recurses
/// and overflows on deep nesting) or will not (declared counts that lie).
/// </summary>
internal static class RawModule
{
    public static byte[] Leb(ulong value)
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

    public static byte[] Section(byte id, params byte[][] parts)
    {
        var payload = parts.SelectMany(p => p).ToArray();
        return [id, .. Leb((ulong)payload.Length), .. payload];
    }

    public static byte[] Header => [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00];

    /// <summary>A module with one exported function "f" of type () -> i32 with the given locals and body (without its end).</summary>
    public static byte[] SingleFunction(byte[] locals, byte[] body)
    {
        var function = locals.Concat(body).Append((byte)0x0B).ToArray();
        return
        [
            .. Header,
            .. Section(1, [1, 0x60, 0, 1, 0x7F]),
            .. Section(3, [1, 0]),
            .. Section(7, [1, 1, (byte)'f', 0, 0]),
            .. Section(10, [1], Leb((ulong)function.Length), function),
        ];
    }

    public static byte[] Repeat(byte[] unit, int count) => Enumerable.Repeat(unit, count).SelectMany(u => u).ToArray();
}
