namespace Wasmbox.Fuzz.Mutation;

/// <summary>
/// Turns a valid seed module into a hostile one: byte-level damage (bit flips, interesting bytes,
/// truncation, insertion, deletion, duplication, splices from other seeds, huge or overlong
/// LEB128s) and structure-aware damage that keeps sizes consistent so the input reaches deeper
/// (a huge count at the start of a section, a damaged section or function body, nesting or
/// operand stacks tens of thousands deep, absurd local counts, sections repeated or reordered).
/// Every choice comes from the given generator, so an input is a function of (seed, index).
/// </summary>
internal static partial class Mutator
{
    private static readonly byte[] InterestingBytes =
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x0B, 0x0C, 0x0E, 0x10, 0x11, 0x1C, 0x40, 0x41, 0x60, 0x6F, 0x70, 0x7B, 0x7F, 0x80, 0xC0, 0xFC, 0xFD, 0xFF];

    private static readonly ulong[] InterestingCounts =
        [0, 1, 0x7F, 0x80, 0xFFFF, 0x10000, 0x10001, 50_000, 1_000_000, 10_000_001, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF, 0x100000000, ulong.MaxValue];

    private delegate byte[] Mutation(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus);

    private static readonly Mutation[] Mutations =
    [
        FlipBits, SetInterestingByte, Truncate, InsertRandomBytes, DeleteBytes, DuplicateChunk, SpliceFromOtherSeed, WriteHugeLeb,
        HugeSectionCount, DamageOneSection, DamageOneBody, DamageOneBody, DeepNesting, DeepOperandStack, HugeLocalCount,
        ShuffleSections, AddCustomSection,
    ];

    public static byte[] Mutate(IReadOnlyList<byte[]> corpus, FuzzRandom random)
    {
        var input = random.Pick(corpus);
        var rounds = random.OneIn(2) ? 1 : random.Between(2, 5);
        for (var i = 0; i < rounds; i++) input = random.Pick(Mutations)(input, random, corpus);
        return input;
    }

    private static byte[] Insert(byte[] input, int at, byte[] inserted) => [.. input[..at], .. inserted, .. input[at..]];
}
