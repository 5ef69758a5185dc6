namespace Wasmbox.Runtime;

/// <summary>The type of a WebAssembly value, with its binary encoding as the enum value.</summary>
public enum ValueKind : byte
{
    I32 = 0x7F,
    I64 = 0x7E,
    F32 = 0x7D,
    F64 = 0x7C,
    V128 = 0x7B,
    FuncRef = 0x70,
    ExternRef = 0x6F,
}

/// <summary>Names and classification of <see cref="ValueKind"/> values.</summary>
public static class ValueKinds
{
    public static bool IsReference(this ValueKind kind) => kind is ValueKind.FuncRef or ValueKind.ExternRef;

    public static bool IsNumeric(this ValueKind kind) => kind is ValueKind.I32 or ValueKind.I64 or ValueKind.F32 or ValueKind.F64;

    /// <summary>The text-format name, as used in error messages ("i32", "funcref").</summary>
    public static string Name(this ValueKind kind) => kind switch
    {
        ValueKind.I32 => "i32",
        ValueKind.I64 => "i64",
        ValueKind.F32 => "f32",
        ValueKind.F64 => "f64",
        ValueKind.V128 => "v128",
        ValueKind.FuncRef => "funcref",
        ValueKind.ExternRef => "externref",
        _ => $"<0x{(byte)kind:x2}>",
    };

    /// <summary>True when the byte is the encoding of a value type this engine knows.</summary>
    public static bool IsValid(byte encoded) => encoded is 0x7F or 0x7E or 0x7D or 0x7C or 0x7B or 0x70 or 0x6F;
}
