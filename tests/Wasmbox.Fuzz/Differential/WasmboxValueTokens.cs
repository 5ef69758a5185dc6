using System.Globalization;
using System.Runtime.Intrinsics;
using Wasmbox.Runtime;

namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// Wasmbox values as typed trace tokens ("i32:-5", "f64:0.5", "f32:nan:0x7fc00000",
/// "v128:0x00000001,0x00000000,0xffffffff,0x7fc00000", "funcref:null"). The type travels with the
/// value so that the oracles' untyped tokens can be read as the same type when compared. A v128
/// is written as binaryen prints one ("i32x4 0x00000001 0x00000000 0xffffffff 0x7fc00000": four
/// little-endian 32-bit lanes in hex, lowest first), with commas for the spaces so that it stays
/// one token; binaryen's trace and v8-harness.js give theirs in the same form (<see cref="V128"/>).
/// </summary>
internal static class WasmboxValueTokens
{
    public static string Format(Value value) => value.Kind switch
    {
        ValueKind.I32 => "i32:" + value.AsI32().ToString(CultureInfo.InvariantCulture),
        ValueKind.I64 => "i64:" + value.AsI64().ToString(CultureInfo.InvariantCulture),
        ValueKind.F32 => "f32:" + (float.IsNaN(value.AsF32())
            ? $"nan:0x{(uint)value.RawBits:x8}"
            : FloatText.Format((double)value.AsF32())),
        ValueKind.F64 => "f64:" + (double.IsNaN(value.AsF64())
            ? $"nan:0x{value.RawBits:x16}"
            : FloatText.Format(value.AsF64())),
        ValueKind.V128 => "v128:" + V128(value.AsV128().AsUInt32()),
        _ => $"{value.Kind.Name()}:{(value.Reference is null ? "null" : "ref")}",
    };

    /// <summary>A v128's four 32-bit lanes, lowest first: "0x00000001,0x00000000,0xffffffff,0x7fc00000".</summary>
    public static string V128(Vector128<uint> lanes) =>
        $"0x{lanes[0]:x8},0x{lanes[1]:x8},0x{lanes[2]:x8},0x{lanes[3]:x8}";

    /// <summary>Logged values, with an i64 split into its low and high i32 halves as binaryen logs it.</summary>
    public static IEnumerable<string> FormatLogged(Value value) => value.Kind == ValueKind.I64
        ? [Format(Value.I32((int)value.AsI64())), Format(Value.I32((int)(value.AsI64() >> 32)))]
        : [Format(value)];
}
