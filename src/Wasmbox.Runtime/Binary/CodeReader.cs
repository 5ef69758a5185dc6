namespace Wasmbox.Runtime.Binary;

/// <summary>Decodes one entry of the code section: a function's size, locals and instructions.</summary>
internal static class CodeReader
{
    /// <summary>
    /// The most locals a function may have, its parameters included (the JS API's limit, which V8
    /// enforces too). The binary format allows 2^32 - 1, but every local becomes a slot in compiled
    /// code, so an untrusted module must not get to ask for billions of them.
    /// </summary>
    public const int MaxLocals = 50_000;

    public static FunctionBody ReadBody(ref WasmReader reader, InstructionReader instructions, int parameterCount)
    {
        int offset = reader.Offset;
        int size = reader.ReadLength();
        int start = reader.Position;

        var groups = ReadLocals(ref reader, parameterCount, out int localCount);
        var code = instructions.Read(ref reader);

        // Instructions are read past the declared size when the end is missing, as the reference decoder does,
        // so a body that ends early or late is reported as a size mismatch rather than a guess at the cause.
        if (reader.Position != start + size) throw reader.Error("section size mismatch", start);
        return new FunctionBody(groups, localCount, code, instructions.TakeBranchTargets(), offset, size);
    }

    /// <summary>Steps over a body, keeping only where it is.</summary>
    public static FunctionBody SkipBody(ref WasmReader reader)
    {
        int offset = reader.Offset;
        int size = reader.ReadLength();
        reader.ReadBytes(size);
        return new FunctionBody([], 0, [], [], offset, size);
    }

    private static LocalGroup[] ReadLocals(ref WasmReader reader, int parameterCount, out int localCount)
    {
        int at = reader.Position;
        int groupCount = reader.ReadLength();
        var groups = new LocalGroup[groupCount];
        ulong total = 0;
        for (int i = 0; i < groups.Length; i++)
        {
            uint count = reader.ReadU32();
            var kind = TypeReader.ReadValueType(ref reader);
            groups[i] = new LocalGroup(count, kind);
            total += count;
        }

        if (total + (ulong)parameterCount > MaxLocals) throw reader.Error("too many locals", at);
        localCount = (int)total;
        return groups;
    }
}
