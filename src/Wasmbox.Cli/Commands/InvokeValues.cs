using System.Globalization;
using Wasmbox.Runtime;

namespace Wasmbox.Cli.Commands;

/// <summary>Wasm values as `run --invoke` reads them from the command line and prints them.</summary>
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
            default: return false;
        }
    }

    public static string Format(Value value) => value.Kind switch
    {
        ValueKind.I32 => value.AsI32().ToString(CultureInfo.InvariantCulture),
        ValueKind.I64 => value.AsI64().ToString(CultureInfo.InvariantCulture),
        ValueKind.F32 => FloatText.Format(value.AsF32()),
        ValueKind.F64 => FloatText.Format(value.AsF64()),
        _ => value.ToString(),
    };
}
