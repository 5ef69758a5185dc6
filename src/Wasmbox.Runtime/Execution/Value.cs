using System.Globalization;
using System.Runtime.Intrinsics;

namespace Wasmbox.Runtime;

/// <summary>A WebAssembly value of any type, for untyped calls across the host boundary.</summary>
public readonly struct Value : IEquatable<Value>
{
    private Value(ValueKind kind, long bits, object? reference, long highBits = 0)
    {
        Kind = kind;
        RawBits = bits;
        Reference = reference;
        RawHighBits = highBits;
    }

    public ValueKind Kind { get; }

    /// <summary>The numeric value's bits: integers sign-extended from 32 bits, floats as their IEEE bits.</summary>
    public long RawBits { get; }

    /// <summary>A v128's upper 64 bits (lanes 8 to 15 as bytes); 0 for every other type.</summary>
    public long RawHighBits { get; }

    /// <summary>The referenced object of a funcref (a <see cref="Function"/>) or externref; null for ref.null.</summary>
    public object? Reference { get; }

    public static Value I32(int value) => new(ValueKind.I32, (uint)value, null);
    public static Value I64(long value) => new(ValueKind.I64, value, null);
    public static Value F32(float value) => new(ValueKind.F32, (uint)BitConverter.SingleToInt32Bits(value), null);
    public static Value F64(double value) => new(ValueKind.F64, BitConverter.DoubleToInt64Bits(value), null);
    public static Value F32Bits(int bits) => new(ValueKind.F32, (uint)bits, null);
    public static Value F64Bits(long bits) => new(ValueKind.F64, bits, null);
    public static Value V128(Vector128<byte> value) =>
        new(ValueKind.V128, (long)value.AsUInt64().GetElement(0), null, (long)value.AsUInt64().GetElement(1));
    /// <summary>A v128 from its two halves: <paramref name="low"/> holds lanes 0-7 as bytes, little-endian.</summary>
    public static Value V128(long low, long high) => new(ValueKind.V128, low, null, high);
    public static Value FuncRef(Function? function) => new(ValueKind.FuncRef, 0, function);
    public static Value ExternRef(object? value) => new(ValueKind.ExternRef, 0, value);
    public static Value Null(ValueKind kind) => new(kind, 0, null);

    /// <summary>The zero value of a type: 0, +0.0 or null.</summary>
    public static Value Default(ValueKind kind) => new(kind, 0, null);

    public static Value FromBits(ValueKind kind, long bits) => kind switch
    {
        ValueKind.I32 or ValueKind.F32 => new(kind, (uint)bits, null),
        _ => new(kind, bits, null),
    };

    public static Value FromReference(ValueKind kind, object? reference) => new(kind, 0, reference);

    public int AsI32() => Kind == ValueKind.I32 ? (int)RawBits : throw Mismatch(ValueKind.I32);
    public long AsI64() => Kind == ValueKind.I64 ? RawBits : throw Mismatch(ValueKind.I64);
    public float AsF32() => Kind == ValueKind.F32 ? BitConverter.Int32BitsToSingle((int)RawBits) : throw Mismatch(ValueKind.F32);
    public double AsF64() => Kind == ValueKind.F64 ? BitConverter.Int64BitsToDouble(RawBits) : throw Mismatch(ValueKind.F64);
    public Vector128<byte> AsV128() => Kind == ValueKind.V128
        ? Vector128.Create((ulong)RawBits, (ulong)RawHighBits).AsByte()
        : throw Mismatch(ValueKind.V128);
    public Function? AsFunction() => Kind == ValueKind.FuncRef ? (Function?)Reference : throw Mismatch(ValueKind.FuncRef);
    public object? AsExtern() => Kind == ValueKind.ExternRef ? Reference : throw Mismatch(ValueKind.ExternRef);
    public bool IsNull => Kind.IsReference() && Reference is null;

    private InvalidCastException Mismatch(ValueKind wanted) => new($"value is {Kind.Name()}, not {wanted.Name()}");

    public static implicit operator Value(int value) => I32(value);
    public static implicit operator Value(long value) => I64(value);
    public static implicit operator Value(float value) => F32(value);
    public static implicit operator Value(double value) => F64(value);

    public bool Equals(Value other) =>
        Kind == other.Kind && RawBits == other.RawBits && RawHighBits == other.RawHighBits && ReferenceEquals(Reference, other.Reference);
    public override bool Equals(object? obj) => obj is Value v && Equals(v);
    public override int GetHashCode() => HashCode.Combine(Kind, RawBits, RawHighBits, Reference);

    public override string ToString() => Kind switch
    {
        ValueKind.I32 => $"{(int)RawBits}:i32",
        ValueKind.I64 => $"{RawBits}:i64",
        ValueKind.F32 => FloatText.Format(AsF32()) + ":f32",
        ValueKind.F64 => FloatText.Format(AsF64()) + ":f64",
        ValueKind.V128 => FormatV128(AsV128()),
        _ => Reference is null ? $"null:{Kind.Name()}" : $"{Reference}:{Kind.Name()}",
    };

    private static string FormatV128(Vector128<byte> vector) =>
        string.Join(' ', Enumerable.Range(0, 4).Select(i => $"0x{vector.AsUInt32().GetElement(i):x8}")) + ":v128";

    // Used by generated trampolines, which marshal arrays of values without checks: the signature
    // was checked once, before the call.
    internal static int GetI32(Value[] values, int index) => (int)values[index].RawBits;
    internal static long GetI64(Value[] values, int index) => values[index].RawBits;
    internal static float GetF32(Value[] values, int index) => BitConverter.Int32BitsToSingle((int)values[index].RawBits);
    internal static double GetF64(Value[] values, int index) => BitConverter.Int64BitsToDouble(values[index].RawBits);
    internal static object? GetRef(Value[] values, int index) => values[index].Reference;
    internal static Vector128<byte> GetV128(Value[] values, int index) => values[index].AsV128();
    internal static void SetI32(Value[] values, int index, int v) => values[index] = I32(v);
    internal static void SetI64(Value[] values, int index, long v) => values[index] = I64(v);
    internal static void SetF32(Value[] values, int index, float v) => values[index] = F32(v);
    internal static void SetF64(Value[] values, int index, double v) => values[index] = F64(v);
    internal static void SetV128(Value[] values, int index, Vector128<byte> v) => values[index] = V128(v);
    internal static void SetFuncRef(Value[] values, int index, object? v) => values[index] = FuncRef((Function?)v);
    internal static void SetExternRef(Value[] values, int index, object? v) => values[index] = ExternRef(v);
}
