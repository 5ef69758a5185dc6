namespace Wasmbox.Fuzz.Mutation;

// Byte-level damage: blind to the structure, so most of it ends in the decoder.
internal static partial class Mutator
{
    private static byte[] FlipBits(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus)
    {
        if (input.Length == 0) return input;
        var output = (byte[])input.Clone();
        for (var i = random.Between(1, 8); i > 0; i--) output[random.Next(output.Length)] ^= (byte)(1 << random.Next(8));
        return output;
    }

    private static byte[] SetInterestingByte(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus)
    {
        if (input.Length == 0) return input;
        var output = (byte[])input.Clone();
        for (var i = random.Between(1, 4); i > 0; i--) output[random.Next(output.Length)] = random.Pick(InterestingBytes);
        return output;
    }

    private static byte[] Truncate(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus) => input[..random.Next(input.Length + 1)];

    private static byte[] InsertRandomBytes(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus)
    {
        var inserted = new byte[random.Between(1, 16)];
        random.Fill(inserted);
        return Insert(input, random.Next(input.Length + 1), inserted);
    }

    private static byte[] DeleteBytes(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus)
    {
        if (input.Length == 0) return input;
        var start = random.Next(input.Length);
        var length = Math.Min(random.Between(1, 32), input.Length - start);
        return [.. input[..start], .. input[(start + length)..]];
    }

    private static byte[] DuplicateChunk(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus)
    {
        if (input.Length == 0) return input;
        var start = random.Next(input.Length);
        var chunk = input[start..Math.Min(input.Length, start + random.Between(1, 256))];
        return Insert(input, random.Next(input.Length + 1), chunk);
    }

    private static byte[] SpliceFromOtherSeed(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus)
    {
        var other = random.Pick(corpus);
        if (other.Length == 0) return input;
        var start = random.Next(other.Length);
        var chunk = other[start..Math.Min(other.Length, start + random.Between(1, 512))];
        var at = random.Next(input.Length + 1);
        // Either overwrite in place (keeps offsets) or insert.
        return random.OneIn(2) ? Insert(input, at, chunk) : [.. input[..at], .. chunk, .. input[Math.Min(input.Length, at + chunk.Length)..]];
    }

    private static byte[] WriteHugeLeb(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus)
    {
        var at = random.Next(input.Length + 1);
        var leb = HostileLeb(random);
        var position = at;
        // Replace the LEB that is there, if one is, else insert.
        var replaced = Leb128.TryRead(input, ref position, out _) ? position - at : 0;
        return [.. input[..at], .. leb, .. input[(at + replaced)..]];
    }

    private static byte[] HostileLeb(FuzzRandom random) => random.Next(3) switch
    {
        0 => Leb128.Unsigned(random.Pick(InterestingCounts)),
        1 => Leb128.Overlong(random.Pick(InterestingCounts) & 0xFFFFFFFF, random.Between(5, 12)),
        _ => Enumerable.Repeat((byte)0xFF, random.Between(1, 12)).ToArray(),
    };

    /// <summary>One of the byte-level mutations, applied inside a section or body.</summary>
    private static byte[] ByteDamage(byte[] bytes, FuzzRandom random, IReadOnlyList<byte[]> corpus) => random.Next(6) switch
    {
        0 => FlipBits(bytes, random, corpus),
        1 => SetInterestingByte(bytes, random, corpus),
        2 => InsertRandomBytes(bytes, random, corpus),
        3 => DeleteBytes(bytes, random, corpus),
        4 => DuplicateChunk(bytes, random, corpus),
        _ => WriteHugeLeb(bytes, random, corpus),
    };
}
