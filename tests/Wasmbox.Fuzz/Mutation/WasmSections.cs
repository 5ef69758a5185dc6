namespace Wasmbox.Fuzz.Mutation;

/// <summary>One section of a binary module: its id and payload bytes.</summary>
internal sealed record Section(byte Id, byte[] Payload);

/// <summary>
/// A module split into its sections, so a mutation can damage one section (or one function body)
/// and re-encode the sizes around it: the input then gets past the outer framing and reaches the
/// decoder and validator code for that section, instead of failing at the first size check.
/// </summary>
internal static class WasmSections
{
    public const byte Custom = 0, Type = 1, Import = 2, Function = 3, Table = 4, Memory = 5, Global = 6,
        Export = 7, Start = 8, Element = 9, Code = 10, Data = 11, DataCount = 12;

    private static readonly byte[] Header = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00];

    public static bool TrySplit(byte[] module, out List<Section> sections)
    {
        sections = [];
        if (module.Length < Header.Length || !module.AsSpan(0, Header.Length).SequenceEqual(Header)) return false;
        var position = Header.Length;
        while (position < module.Length)
        {
            var id = module[position++];
            if (!Leb128.TryRead(module, ref position, out var size) || size > (ulong)(module.Length - position)) return false;
            sections.Add(new Section(id, module.AsSpan(position, (int)size).ToArray()));
            position += (int)size;
        }
        return true;
    }

    public static byte[] Join(IEnumerable<Section> sections)
    {
        var output = new List<byte>(Header);
        foreach (var section in sections)
        {
            output.Add(section.Id);
            output.AddRange(Leb128.Unsigned((ulong)section.Payload.Length));
            output.AddRange(section.Payload);
        }
        return output.ToArray();
    }

    /// <summary>The function bodies of a code section payload, without their size prefixes.</summary>
    public static bool TrySplitBodies(byte[] codePayload, out List<byte[]> bodies)
    {
        bodies = [];
        var position = 0;
        if (!Leb128.TryRead(codePayload, ref position, out var count)) return false;
        for (ulong i = 0; i < count; i++)
        {
            if (!Leb128.TryRead(codePayload, ref position, out var size) || size > (ulong)(codePayload.Length - position)) return false;
            bodies.Add(codePayload.AsSpan(position, (int)size).ToArray());
            position += (int)size;
        }
        return position == codePayload.Length;
    }

    public static byte[] JoinBodies(IReadOnlyList<byte[]> bodies)
    {
        var output = new List<byte>(Leb128.Unsigned((ulong)bodies.Count));
        foreach (var body in bodies)
        {
            output.AddRange(Leb128.Unsigned((ulong)body.Length));
            output.AddRange(body);
        }
        return output.ToArray();
    }

    /// <summary>Where a body's instructions start: after its local declarations.</summary>
    public static bool TryFindInstructions(byte[] body, out int start)
    {
        start = 0;
        if (!Leb128.TryRead(body, ref start, out var groups)) return false;
        for (ulong i = 0; i < groups; i++)
        {
            if (!Leb128.TryRead(body, ref start, out _) || start >= body.Length) return false;
            start++;
        }
        return start <= body.Length;
    }
}
