using System.Globalization;

namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// Compares a Wasmbox value token ("f32:0.5") with an oracle's untyped token, read as the Wasmbox
/// value's type. Binaryen prints floats as "nan:0x400000", "-inf", "-0", "1e+21" or "12345e3";
/// JS prints "NaN", "-Infinity", "1e+21". Any NaN equals any NaN: payloads and signs are not
/// deterministic in Wasm, and JS does not keep them. A v128 ("0x00000001,0x00000000,...", four
/// 32-bit lanes) must match bit for bit: its lanes have no type (binaryen prints every v128 as
/// i32x4), so a NaN in a float lane cannot be told from an integer, and binaryen's --denan keeps
/// NaNs out of every v128 in the modules whose differences count (see ModuleGenerator).
/// </summary>
internal static class OracleValues
{
    public static bool Match(string wasmboxToken, string oracleToken, Oracle oracle)
    {
        var colon = wasmboxToken.IndexOf(':');
        var type = wasmboxToken[..colon];
        var value = wasmboxToken[(colon + 1)..];
        switch (type)
        {
            case "i32":
            case "i64":
                return long.TryParse(oracleToken, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                    && integer == long.Parse(value, CultureInfo.InvariantCulture);
            case "f32":
            case "f64":
                return TryParseFloat(value, out var mine) && TryParseFloat(oracleToken, out var theirs)
                    && (double.IsNaN(mine) ? double.IsNaN(theirs) : BitConverter.DoubleToInt64Bits(mine) == BitConverter.DoubleToInt64Bits(theirs));
            case "v128":
                return string.Equals(value, oracleToken, StringComparison.OrdinalIgnoreCase);
            default:
                // binaryen prints a reference result as its type ("funcref") and a tuple element as
                // "funcref(name)": it does not compare references, so neither can we.
                return oracle == Oracle.Binaryen || value == oracleToken;
        }
    }

    public static bool TryParseFloat(string text, out double value)
    {
        var negative = text.StartsWith('-');
        var magnitude = negative || text.StartsWith('+') ? text[1..] : text;
        if (magnitude.StartsWith("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }
        if (magnitude is "inf" or "infinity" or "Infinity")
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (!double.TryParse(magnitude, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value))
            return false;
        if (negative) value = -value;
        return true;
    }
}
