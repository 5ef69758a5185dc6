namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// Float constants the JIT would fold into identities (x - 0.0, x * 1.0, x / -1.0, -0.0 - x ...).
/// Those folds are wrong for Wasm: a signalling NaN operand must come out quieted. Compiled code
/// loads these values from fields the JIT cannot treat as constants, so the operation really runs.
/// </summary>
internal static class OpaqueFloatConstants
{
#pragma warning disable CA2211 // mutable on purpose: a readonly static would be folded again
    public static float F32PositiveZero = 0f;
    public static float F32NegativeZero = -0f;
    public static float F32PositiveOne = 1f;
    public static float F32NegativeOne = -1f;
    public static double F64PositiveZero = 0d;
    public static double F64NegativeZero = -0d;
    public static double F64PositiveOne = 1d;
    public static double F64NegativeOne = -1d;
#pragma warning restore CA2211

    public static string? FieldFor(float value) => BitConverter.SingleToInt32Bits(value) switch
    {
        0 => nameof(F32PositiveZero),
        unchecked((int)0x80000000) => nameof(F32NegativeZero),
        0x3F800000 => nameof(F32PositiveOne),
        unchecked((int)0xBF800000) => nameof(F32NegativeOne),
        _ => null,
    };

    public static string? FieldFor(double value) => BitConverter.DoubleToInt64Bits(value) switch
    {
        0 => nameof(F64PositiveZero),
        unchecked((long)0x8000000000000000) => nameof(F64NegativeZero),
        0x3FF0000000000000 => nameof(F64PositiveOne),
        unchecked((long)0xBFF0000000000000) => nameof(F64NegativeOne),
        _ => null,
    };
}
