using System.Text;

namespace Wasmbox.Programs.Tests.Workloads;

/// <summary>
/// Inputs for the workloads, the same on every machine and every run: a fixed xorshift generator,
/// not System.Random, whose sequence .NET does not promise to keep.
/// </summary>
internal sealed class SampleData(ulong seed)
{
    private static readonly string[] Words =
    [
        "the", "river", "runs", "under", "a", "stone", "bridge", "while", "seven", "light", "grey", "boats",
        "wait", "for", "morning", "sandbox", "module", "memory", "table", "compress", "block", "sorting",
        "of", "and", "in", "winter", "quietly", "north", "harbour", "lantern", "copper", "signal",
    ];

    private ulong state = seed | 1;

    /// <summary>The next 64 bits of the sequence (xorshift64*).</summary>
    public ulong Next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1DUL;
    }

    public int Next(int below) => (int)(Next() % (ulong)below);

    /// <summary>About <paramref name="size"/> bytes of prose-like lines: compressible, but not trivially.</summary>
    public byte[] Text(int size)
    {
        var text = new StringBuilder(size + 100);
        while (text.Length < size)
        {
            var words = 4 + Next(14);
            for (var i = 0; i < words; i++)
            {
                if (i > 0) text.Append(' ');
                text.Append(Next(23) == 0 ? Next(100_000).ToString(System.Globalization.CultureInfo.InvariantCulture) : Words[Next(Words.Length)]);
            }
            text.Append(Next(5) == 0 ? ".\n" : ",\n");
        }
        return Encoding.ASCII.GetBytes(text.ToString(0, size));
    }

    /// <summary><paramref name="size"/> bytes with no structure at all, which no compressor can shrink.</summary>
    public byte[] Noise(int size)
    {
        var bytes = new byte[size];
        for (var i = 0; i < size; i++) bytes[i] = (byte)Next();
        return bytes;
    }
}
