namespace Wasmbox.Fuzz.Mutation;

/// <summary>
/// Turns a valid seed module into a hostile one: byte-level damage (bit flips, interesting bytes,
/// truncation, insertion, deletion, duplication, splices from other seeds, huge or overlong
/// LEB128s) and structure-aware damage that keeps sizes consistent so the input reaches deeper
/// (a huge count at the start of a section, a damaged section or function body, nesting or
/// operand stacks tens of thousands deep, absurd local counts, sections repeated or reordered).
/// Every choice comes from the given generator, so an input is a function of (seed, index).
/// </summary>
internal static class Mutator
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

    private static byte[] HugeSectionCount(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus) =>
        WithSection(input, random, s => s.Id is >= WasmSections.Type and <= WasmSections.DataCount and not WasmSections.Start, section =>
        {
            var position = 0;
            Leb128.TryRead(section.Payload, ref position, out _);
            return section with { Payload = [.. HostileLeb(random), .. section.Payload[position..]] };
        });

    private static byte[] DamageOneSection(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus) =>
        WithSection(input, random, _ => true, section => section with { Payload = ByteDamage(section.Payload, random, corpus) });

    private static byte[] DamageOneBody(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus) =>
        WithBody(input, random, (body, _) => ByteDamage(body, random, corpus));

    /// <summary>
    /// Thousands of nested blocks, loops or ifs: fatal to anything that recurses on nesting. Mostly
    /// an empty nest before the body's instructions (valid whatever the function's type, so it
    /// reaches the compiler); sometimes wrapped around them (often invalid, found deep inside).
    /// </summary>
    private static byte[] DeepNesting(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus) =>
        WithBody(input, random, (body, start) =>
        {
            // Deep nests take a second to compile: keep the deepest rare.
            var depth = random.Pick(new[] { 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 10_000, 10_000, 10_000, 100_000 });
            byte[] opener = random.Next(3) switch
            {
                0 => [0x02, 0x40],              // block
                1 => [0x03, 0x40],              // loop
                _ => [0x41, 0x00, 0x04, 0x40],  // i32.const 0; if
            };
            var wrap = random.OneIn(4);
            var output = new List<byte>(body.Length + depth * (opener.Length + 1));
            output.AddRange(body[..start]);
            for (var i = 0; i < depth; i++) output.AddRange(opener);
            if (wrap) output.AddRange(body[start..^1]);
            output.AddRange(Enumerable.Repeat((byte)0x0B, depth));
            output.AddRange(wrap ? [0x0B] : body[start..]);
            return output.ToArray();
        });

    /// <summary>Pushes tens of thousands of operands before consuming them: a deep operand stack for the validator and a deep IL evaluation stack for the compiler.</summary>
    private static byte[] DeepOperandStack(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus) =>
        WithBody(input, random, (body, start) =>
        {
            // Around the engine's limit of 60,000 live values too: just below compiles, just above is refused.
            var depth = random.Pick(new[] { 1_000, 1_000, 1_000, 1_000, 10_000, 10_000, 59_000, 61_000, 100_000 });
            var output = new List<byte>(body.Length + depth * 3);
            output.AddRange(body[..start]);
            for (var i = 0; i < depth; i++) output.AddRange([0x41, (byte)(i & 0x3F)]);  // i32.const
            for (var i = 1; i < depth; i++) output.Add(random.OneIn(2) ? (byte)0x6A : (byte)0x73);  // i32.add / i32.xor
            output.Add(0x1A);  // drop
            output.AddRange(body[start..]);
            return output.ToArray();
        });

    private static byte[] HugeLocalCount(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus) =>
        WithBody(input, random, (body, start) =>
        {
            var groups = random.Between(1, 3);
            var declarations = new List<byte>(Leb128.Unsigned((ulong)groups));
            for (var i = 0; i < groups; i++)
            {
                declarations.AddRange(Leb128.Unsigned(random.Pick(InterestingCounts)));
                declarations.Add(random.Pick(new byte[] { 0x7F, 0x7E, 0x7D, 0x7C, 0x70, 0x6F }));
            }
            return [.. declarations, .. body[start..]];
        });

    private static byte[] ShuffleSections(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus)
    {
        if (!WasmSections.TrySplit(input, out var sections) || sections.Count == 0) return FlipBits(input, random, corpus);
        var i = random.Next(sections.Count);
        switch (random.Next(3))
        {
            case 0: sections.Insert(random.Next(sections.Count + 1), sections[i]); break;  // repeated
            case 1: sections.RemoveAt(i); break;
            default: (sections[i], sections[^1]) = (sections[^1], sections[i]); break;  // out of order
        }
        return WasmSections.Join(sections);
    }

    private static byte[] AddCustomSection(byte[] input, FuzzRandom random, IReadOnlyList<byte[]> corpus)
    {
        if (!WasmSections.TrySplit(input, out var sections)) return InsertRandomBytes(input, random, corpus);
        // A "name" section is parsed by the engine (function names for backtraces); others are skipped.
        var name = random.OneIn(2) ? "name"u8.ToArray() : new byte[random.Between(0, 8)];
        var payload = new byte[random.Between(0, 64)];
        random.Fill(payload);
        sections.Insert(random.Next(sections.Count + 1), new Section(WasmSections.Custom, [.. Leb128.Unsigned((ulong)name.Length), .. name, .. payload]));
        return WasmSections.Join(sections);
    }

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

    private static byte[] WithSection(byte[] input, FuzzRandom random, Func<Section, bool> eligible, Func<Section, Section> change)
    {
        if (!WasmSections.TrySplit(input, out var sections)) return FlipBits(input, random, []);
        var candidates = Enumerable.Range(0, sections.Count).Where(i => eligible(sections[i])).ToList();
        if (candidates.Count == 0) return FlipBits(input, random, []);
        var index = random.Pick(candidates);
        sections[index] = change(sections[index]);
        return WasmSections.Join(sections);
    }

    /// <summary>Changes one function body (given with the offset of its first instruction) and re-encodes the sizes around it.</summary>
    private static byte[] WithBody(byte[] input, FuzzRandom random, Func<byte[], int, byte[]> change)
    {
        if (!WasmSections.TrySplit(input, out var sections)) return FlipBits(input, random, []);
        var code = sections.FindIndex(s => s.Id == WasmSections.Code);
        if (code < 0 || !WasmSections.TrySplitBodies(sections[code].Payload, out var bodies) || bodies.Count == 0)
            return FlipBits(input, random, []);
        var which = random.Next(bodies.Count);
        if (!WasmSections.TryFindInstructions(bodies[which], out var start) || start >= bodies[which].Length)
            return FlipBits(input, random, []);
        bodies[which] = change(bodies[which], start);
        sections[code] = sections[code] with { Payload = WasmSections.JoinBodies(bodies) };
        return WasmSections.Join(sections);
    }

    private static byte[] Insert(byte[] input, int at, byte[] inserted) => [.. input[..at], .. inserted, .. input[at..]];
}
