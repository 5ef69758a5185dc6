namespace Wasmbox.Fuzz;

/// <summary>
/// A small deterministic generator (SplitMix64). System.Random's sequence for a seed is not
/// promised across .NET versions; a recorded seed must replay the same inputs on any machine.
/// </summary>
internal sealed class FuzzRandom
{
    private ulong state;

    public FuzzRandom(ulong seed) => state = seed;

    /// <summary>The generator for item <paramref name="index"/> of a run: independent of every other item, so one item replays alone.</summary>
    public static FuzzRandom ForItem(ulong runSeed, long index) => new(Mix(runSeed ^ Mix((ulong)index + 0x5851F42D4C957F2DUL)));

    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>A number in [0, <paramref name="bound"/>).</summary>
    public int Next(int bound) => bound <= 1 ? 0 : (int)(NextUInt64() % (ulong)bound);

    /// <summary>A number in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public int Between(int low, int high) => low + Next(high - low + 1);

    /// <summary>True with probability 1/<paramref name="oneIn"/>.</summary>
    public bool OneIn(int oneIn) => Next(oneIn) == 0;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public void Fill(Span<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i += 8)
        {
            var value = NextUInt64();
            for (var j = 0; j < 8 && i + j < bytes.Length; j++) bytes[i + j] = (byte)(value >> (8 * j));
        }
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
