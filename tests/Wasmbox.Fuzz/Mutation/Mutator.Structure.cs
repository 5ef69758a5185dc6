namespace Wasmbox.Fuzz.Mutation;

// Structure-aware damage: sizes are re-encoded around it, so it reaches the decoder and
// validator code of one section or function body, and the compiler when it stays valid.
internal static partial class Mutator
{
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
}
