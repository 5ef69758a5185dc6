namespace Wasmbox.Runtime.Binary;

/// <summary>Decodes value types, reference types, limits and the types of functions, tables, memories and globals.</summary>
internal static class TypeReader
{
    private const byte FunctionTypeForm = 0x60;

    /// <summary>
    /// The most parameters, and the most results, a function type may have: the JS API's limit,
    /// which V8 and wasmparser enforce too. Each becomes an argument of a compiled method, and .NET
    /// methods cannot take tens of thousands (the JIT refuses them as invalid programs).
    /// </summary>
    public const int MaxParametersOrResults = 1000;

    public static ValueKind ReadValueType(ref WasmReader reader)
    {
        int at = reader.Position;
        byte b = reader.ReadByte();
        // Types are one-byte signed LEB128 values; a continuation bit makes the encoding too long.
        if ((b & 0x80) != 0) throw reader.Error("integer representation too long", at + 1);
        if (!ValueKinds.IsValid(b)) throw reader.Error("malformed reference type", at);
        return (ValueKind)b;
    }

    public static ValueKind ReadReferenceType(ref WasmReader reader)
    {
        int at = reader.Position;
        byte b = reader.ReadByte();
        if ((b & 0x80) != 0) throw reader.Error("integer representation too long", at + 1);
        if (b is not ((byte)ValueKind.FuncRef or (byte)ValueKind.ExternRef)) throw reader.Error("malformed reference type", at);
        return (ValueKind)b;
    }

    public static ValueKind[] ReadResultType(ref WasmReader reader)
    {
        int count = reader.ReadLength();
        var kinds = new ValueKind[count];
        for (int i = 0; i < kinds.Length; i++) kinds[i] = ReadValueType(ref reader);
        return kinds;
    }

    public static FunctionType ReadFunctionType(ref WasmReader reader)
    {
        int at = reader.Position;
        byte form = reader.ReadByte();
        if ((form & 0x80) != 0) throw reader.Error("integer representation too long", at + 1);
        if (form != FunctionTypeForm) throw reader.Error("malformed function type", at);
        var parameters = ReadResultType(ref reader);
        if (parameters.Length > MaxParametersOrResults) throw reader.Error("too many parameters", at);
        var results = ReadResultType(ref reader);
        if (results.Length > MaxParametersOrResults) throw reader.Error("too many results", at);
        return new FunctionType(parameters, results);
    }

    public static Limits ReadLimits(ref WasmReader reader)
    {
        // The flag is a one-bit LEB128 value, so 0x02 is "too large" and 0x81 0x00 "too long".
        bool hasMaximum = reader.ReadU1();
        uint minimum = reader.ReadU32();
        uint? maximum = hasMaximum ? reader.ReadU32() : null;
        return new Limits(minimum, maximum);
    }

    public static TableType ReadTableType(ref WasmReader reader)
    {
        var kind = ReadReferenceType(ref reader);
        return new TableType(kind, ReadLimits(ref reader));
    }

    public static MemoryType ReadMemoryType(ref WasmReader reader) => new(ReadLimits(ref reader));

    public static GlobalType ReadGlobalType(ref WasmReader reader)
    {
        var kind = ReadValueType(ref reader);
        int at = reader.Position;
        byte mutability = reader.ReadByte();
        if (mutability > 1) throw reader.Error("malformed mutability", at);
        return new GlobalType(kind, mutability == 1);
    }
}
