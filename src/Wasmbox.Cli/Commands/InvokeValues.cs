using System.Globalization;
using System.Runtime.Intrinsics;
using Wasmbox.Runtime;

namespace Wasmbox.Cli.Commands;

/// <summary>
/// Wasm values as `run --invoke` reads them from the command line and prints them. A v128 is
/// written as its shape and lanes, lane 0 first, as in the text format's v128.const:
/// "i32x4:1,2,3,4", "f32x4:0.5,1,-2,3e9", "i8x16:0,1,...,15"; it prints as i32x4 lanes in hex.
/// </summary>
internal static class InvokeValues
{
    public static bool TryParse(string text, ValueKind kind, out Value value)
    {
        var culture = CultureInfo.InvariantCulture;
        value = default;
        switch (kind)
        {
            case ValueKind.I32 when int.TryParse(text, culture, out var i): value = Value.I32(i); return true;
            case ValueKind.I32 when uint.TryParse(text, culture, out var u): value = Value.I32((int)u); return true;
            case ValueKind.I64 when long.TryParse(text, culture, out var l): value = Value.I64(l); return true;
            case ValueKind.I64 when ulong.TryParse(text, culture, out var ul): value = Value.I64((long)ul); return true;
            case ValueKind.F32 when float.TryParse(text, culture, out var f): value = Value.F32(f); return true;
            case ValueKind.F64 when double.TryParse(text, culture, out var d): value = Value.F64(d); return true;
            case ValueKind.V128 when TryParseV128(text, out var v): value = Value.V128(v); return true;
            default: return false;
        }
    }

    private static bool TryParseV128(string text, out Vector128<byte> vector)
    {
        vector = default;
        var colon = text.IndexOf(':');
        if (colon < 0) return false;
        var shape = text[..colon];
        var laneBits = shape switch { "i8x16" => 8, "i16x8" => 16, "i32x4" or "f32x4" => 32, "i64x2" or "f64x2" => 64, _ => 0 };
        var lanes = text[(colon + 1)..].Split(',');
        if (laneBits == 0 || lanes.Length != 128 / laneBits) return false;
        UInt128 bits = 0;
        for (var i = 0; i < lanes.Length; i++)
        {
            if (!TryLane(lanes[i].Trim(), shape[0] == 'f', laneBits, out var lane)) return false;
            bits |= (UInt128)lane << (i * laneBits);
        }
        vector = Vector128.Create((ulong)bits, (ulong)(bits >> 64)).AsByte();
        return true;
    }

    private static bool TryLane(string text, bool isFloat, int bits, out ulong lane)
    {
        var culture = CultureInfo.InvariantCulture;
        lane = 0;
        if (!isFloat) return TryInteger(text, bits, out lane);
        if (bits == 32 && float.TryParse(text, culture, out var f)) lane = (uint)BitConverter.SingleToInt32Bits(f);
        else if (bits == 64 && double.TryParse(text, culture, out var d)) lane = (ulong)BitConverter.DoubleToInt64Bits(d);
        else return false;
        return true;
    }

    /// <summary>A lane in decimal (signed or unsigned) or 0x hex, fitting <paramref name="bits"/>.</summary>
    private static bool TryInteger(string text, int bits, out ulong value)
    {
        var culture = CultureInfo.InvariantCulture;
        var max = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            return ulong.TryParse(text[2..], NumberStyles.HexNumber, culture, out value) && value <= max;
        if (long.TryParse(text, culture, out var signed) && (bits == 64 || (signed >= -(1L << (bits - 1)) && signed <= (long)max)))
        {
            value = (ulong)signed & max;
            return true;
        }
        return ulong.TryParse(text, culture, out value) && value <= max;
    }

    public static string Format(Value value) => value.Kind switch
    {
        ValueKind.I32 => value.AsI32().ToString(CultureInfo.InvariantCulture),
        ValueKind.I64 => value.AsI64().ToString(CultureInfo.InvariantCulture),
        ValueKind.F32 => FloatText.Format(value.AsF32()),
        ValueKind.F64 => FloatText.Format(value.AsF64()),
        ValueKind.V128 => "i32x4:" + string.Join(',', Enumerable.Range(0, 4).Select(i => $"0x{value.AsV128().AsUInt32().GetElement(i):x8}")),
        _ => value.ToString(),
    };
}
