using System.Globalization;
using System.Runtime.Intrinsics;
using System.Text.Json;
using Wasmbox.Runtime;

namespace Wasmbox.Cli.Wast;

/// <summary>An opaque host reference as the scripts write it: (ref.extern N).</summary>
internal sealed record ExternHandle(ulong Id)
{
    public override string ToString() => $"ref.extern {Id}";
}

/// <summary>Reads argument and expected values of wast2json's JSON, and compares results with them.</summary>
internal static class WastValue
{
    public static Value Parse(JsonElement element)
    {
        var type = element.GetProperty("type").GetString();
        if (type == "v128") return ParseV128(element);
        var text = element.GetProperty("value").GetString()!;
        return type switch
        {
            "i32" => Value.I32((int)uint.Parse(text, CultureInfo.InvariantCulture)),
            "i64" => Value.I64((long)ulong.Parse(text, CultureInfo.InvariantCulture)),
            "f32" => Value.F32Bits((int)uint.Parse(text, CultureInfo.InvariantCulture)),
            "f64" => Value.F64Bits((long)ulong.Parse(text, CultureInfo.InvariantCulture)),
            "externref" => Value.ExternRef(text == "null" ? null : new ExternHandle(ulong.Parse(text, CultureInfo.InvariantCulture))),
            "funcref" => text == "null" ? Value.Null(ValueKind.FuncRef) : throw new NotSupportedException("funcref constants other than null"),
            _ => throw new NotSupportedException($"value type {type}"),
        };
    }

    /// <summary>Null when <paramref name="actual"/> matches; otherwise what was expected, for the report.</summary>
    public static string? Mismatch(JsonElement expected, Value actual)
    {
        var type = expected.GetProperty("type").GetString();
        // A bare action (`(invoke "f")` at the top level) lists only its results' types: any value will do.
        if (!expected.TryGetProperty("value", out var v)) return actual.Kind.Name() == type ? null : type;
        if (type == "v128") return V128Matches(expected, actual) ? null : $"v128 {expected.GetProperty("lane_type").GetString()} {string.Join(' ', v.EnumerateArray().Select(l => l.GetString()))}";
        var text = v.GetString();
        var matches = type switch
        {
            "i32" => actual.Kind == ValueKind.I32 && (uint)actual.AsI32() == uint.Parse(text!, CultureInfo.InvariantCulture),
            "i64" => actual.Kind == ValueKind.I64 && (ulong)actual.AsI64() == ulong.Parse(text!, CultureInfo.InvariantCulture),
            "f32" => actual.Kind == ValueKind.F32 && FloatMatches(text!, (uint)actual.RawBits, 32),
            "f64" => actual.Kind == ValueKind.F64 && FloatMatches(text!, (ulong)actual.RawBits, 64),
            "externref" => actual.Kind == ValueKind.ExternRef && (text == "null"
                ? actual.Reference is null
                : actual.Reference is ExternHandle h && h.Id == ulong.Parse(text!, CultureInfo.InvariantCulture)),
            "funcref" => actual.Kind == ValueKind.FuncRef && (text == "null" ? actual.Reference is null : actual.Reference is not null),
            _ => false,
        };
        return matches ? null : $"{type} {text}";
    }

    /// <summary>A v128 written as lanes: lane_type i8, i16, i32, i64, f32 or f64, each lane's bits in decimal.</summary>
    private static Value ParseV128(JsonElement element)
    {
        var (width, lanes) = Lanes(element);
        UInt128 bits = 0;
        for (var i = 0; i < lanes.Length; i++)
        {
            var lane = ulong.Parse(lanes[i], CultureInfo.InvariantCulture) & LaneMask(width);
            bits |= (UInt128)lane << (i * width);
        }
        return Value.V128((long)(ulong)bits, (long)(ulong)(bits >> 64));
    }

    private static bool V128Matches(JsonElement expected, Value actual)
    {
        if (actual.Kind != ValueKind.V128) return false;
        var (width, lanes) = Lanes(expected);
        var isFloat = expected.GetProperty("lane_type").GetString()![0] == 'f';
        var bits = ((UInt128)(ulong)actual.RawHighBits << 64) | (ulong)actual.RawBits;
        for (var i = 0; i < lanes.Length; i++)
        {
            var lane = (ulong)(bits >> (i * width)) & LaneMask(width);
            var matches = isFloat
                ? FloatMatches(lanes[i], lane, width)
                : lane == (ulong.Parse(lanes[i], CultureInfo.InvariantCulture) & LaneMask(width));
            if (!matches) return false;
        }
        return true;
    }

    private static (int Width, string[] Lanes) Lanes(JsonElement element)
    {
        var width = int.Parse(element.GetProperty("lane_type").GetString()![1..], CultureInfo.InvariantCulture);
        var lanes = element.GetProperty("value").EnumerateArray().Select(l => l.GetString()!).ToArray();
        if (lanes.Length * width != 128) throw new FormatException($"a v128 of {lanes.Length} lanes of {width} bits");
        return (width, lanes);
    }

    private static ulong LaneMask(int width) => width == 64 ? ulong.MaxValue : (1UL << width) - 1;

    private static bool FloatMatches(string expected, ulong bits, int width)
    {
        var exponentMask = width == 32 ? 0x7F800000UL : 0x7FF0000000000000UL;
        var mantissaMask = width == 32 ? 0x007FFFFFUL : 0x000FFFFFFFFFFFFFUL;
        var quietBit = width == 32 ? 0x00400000UL : 0x0008000000000000UL;
        var isNaN = (bits & exponentMask) == exponentMask && (bits & mantissaMask) != 0;
        return expected switch
        {
            "nan:canonical" => isNaN && (bits & mantissaMask) == quietBit,
            "nan:arithmetic" => isNaN && (bits & quietBit) != 0,
            _ => bits == ulong.Parse(expected, CultureInfo.InvariantCulture),
        };
    }

    public static string Describe(Value value) => value.Kind switch
    {
        ValueKind.F32 => $"f32 {(uint)value.RawBits} ({FloatText.Format(value.AsF32())})",
        ValueKind.F64 => $"f64 {(ulong)value.RawBits} ({FloatText.Format(value.AsF64())})",
        ValueKind.I32 => $"i32 {(uint)value.AsI32()}",
        ValueKind.I64 => $"i64 {(ulong)value.AsI64()}",
        ValueKind.V128 => "v128 i32x4 " + string.Join(' ', Enumerable.Range(0, 4).Select(i => value.AsV128().AsUInt32().GetElement(i).ToString(CultureInfo.InvariantCulture))),
        _ => value.ToString(),
    };
}
