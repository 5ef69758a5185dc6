using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// Numeric instructions whose exact Wasm semantics differ from a single IL opcode: trapping
/// division, NaN-propagating min/max, ties-to-even rounding, checked and saturating truncation,
/// conversions without double rounding. Small enough for the JIT to inline at each use.
/// </summary>
internal static class Numerics
{
    private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

    [MethodImpl(Inline)]
    public static int I32DivS(int a, int b)
    {
        if (b == 0) throw TrapException.Create(TrapKind.IntegerDivideByZero);
        if (b == -1 && a == int.MinValue) throw TrapException.Create(TrapKind.IntegerOverflow);
        return a / b;
    }

    [MethodImpl(Inline)]
    public static int I32DivU(int a, int b)
    {
        if (b == 0) throw TrapException.Create(TrapKind.IntegerDivideByZero);
        return (int)((uint)a / (uint)b);
    }

    [MethodImpl(Inline)]
    public static int I32RemS(int a, int b)
    {
        if (b == 0) throw TrapException.Create(TrapKind.IntegerDivideByZero);
        return b == -1 ? 0 : a % b;
    }

    [MethodImpl(Inline)]
    public static int I32RemU(int a, int b)
    {
        if (b == 0) throw TrapException.Create(TrapKind.IntegerDivideByZero);
        return (int)((uint)a % (uint)b);
    }

    [MethodImpl(Inline)]
    public static long I64DivS(long a, long b)
    {
        if (b == 0) throw TrapException.Create(TrapKind.IntegerDivideByZero);
        if (b == -1 && a == long.MinValue) throw TrapException.Create(TrapKind.IntegerOverflow);
        return a / b;
    }

    [MethodImpl(Inline)]
    public static long I64DivU(long a, long b)
    {
        if (b == 0) throw TrapException.Create(TrapKind.IntegerDivideByZero);
        return (long)((ulong)a / (ulong)b);
    }

    [MethodImpl(Inline)]
    public static long I64RemS(long a, long b)
    {
        if (b == 0) throw TrapException.Create(TrapKind.IntegerDivideByZero);
        return b == -1 ? 0 : a % b;
    }

    [MethodImpl(Inline)]
    public static long I64RemU(long a, long b)
    {
        if (b == 0) throw TrapException.Create(TrapKind.IntegerDivideByZero);
        return (long)((ulong)a % (ulong)b);
    }

    // The count is masked here although the rotate masks it anyway: RyuJIT (.NET 10.0, x64) can
    // see a count of 128 or more as a constant only late (a constant kept in a local across
    // blocks), and then encodes `rorx reg, mem, imm` with a 4-byte immediate where the
    // instruction takes one byte; the CPU runs the three spare bytes as `add [rax], al`, a write
    // through whatever rax holds (found by the differential fuzzer: a NullReferenceException, and
    // an AccessViolationException that ended the process). A masked constant always fits.
    [MethodImpl(Inline)] public static int I32Rotl(int a, int b) => (int)BitOperations.RotateLeft((uint)a, b & 31);
    [MethodImpl(Inline)] public static int I32Rotr(int a, int b) => (int)BitOperations.RotateRight((uint)a, b & 31);
    [MethodImpl(Inline)] public static long I64Rotl(long a, long b) => (long)BitOperations.RotateLeft((ulong)a, (int)b & 63);
    [MethodImpl(Inline)] public static long I64Rotr(long a, long b) => (long)BitOperations.RotateRight((ulong)a, (int)b & 63);

    // RyuJIT (.NET 10.0, x64) compares a rotate by a constant count with zero by reusing the flags
    // of `rol reg, imm`, which does not set ZF: i32.eqz (i32.rotl x (i32.const 31)) was 0 for
    // x = 0. A count the JIT cannot see as constant gives `rol reg, cl` and a real test; masking
    // with a mutable field (the rotate masks the count anyway) costs one load. Only rotates whose
    // value may be compared use these (see RotateFlagHazards).
#pragma warning disable CA2211 // mutable on purpose: a readonly static would be folded to a constant
    public static int RotateMask32 = 31;
    public static int RotateMask64 = 63;
#pragma warning restore CA2211
    [MethodImpl(Inline)] public static int I32RotlTested(int a, int b) => (int)BitOperations.RotateLeft((uint)a, b & RotateMask32);
    [MethodImpl(Inline)] public static int I32RotrTested(int a, int b) => (int)BitOperations.RotateRight((uint)a, b & RotateMask32);
    [MethodImpl(Inline)] public static long I64RotlTested(long a, long b) => (long)BitOperations.RotateLeft((ulong)a, (int)b & RotateMask64);
    [MethodImpl(Inline)] public static long I64RotrTested(long a, long b) => (long)BitOperations.RotateRight((ulong)a, (int)b & RotateMask64);
    [MethodImpl(Inline)] public static int I32Clz(int a) => BitOperations.LeadingZeroCount((uint)a);
    [MethodImpl(Inline)] public static int I32Ctz(int a) => BitOperations.TrailingZeroCount(a);
    [MethodImpl(Inline)] public static int I32Popcnt(int a) => BitOperations.PopCount((uint)a);
    [MethodImpl(Inline)] public static long I64Clz(long a) => BitOperations.LeadingZeroCount((ulong)a);
    [MethodImpl(Inline)] public static long I64Ctz(long a) => BitOperations.TrailingZeroCount(a);
    [MethodImpl(Inline)] public static long I64Popcnt(long a) => BitOperations.PopCount((ulong)a);

    // Sign, abs and copysign work on bits: the spec requires NaN payloads to pass through untouched.
    [MethodImpl(Inline)] public static float F32Abs(float a) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(a) & int.MaxValue);
    [MethodImpl(Inline)] public static float F32Neg(float a) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(a) ^ int.MinValue);
    [MethodImpl(Inline)]
    public static float F32Copysign(float a, float b) => BitConverter.Int32BitsToSingle(
        (BitConverter.SingleToInt32Bits(a) & int.MaxValue) | (BitConverter.SingleToInt32Bits(b) & int.MinValue));
    [MethodImpl(Inline)] public static double F64Abs(double a) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) & long.MaxValue);
    [MethodImpl(Inline)] public static double F64Neg(double a) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) ^ long.MinValue);
    [MethodImpl(Inline)]
    public static double F64Copysign(double a, double b) => BitConverter.Int64BitsToDouble(
        (BitConverter.DoubleToInt64Bits(a) & long.MaxValue) | (BitConverter.DoubleToInt64Bits(b) & long.MinValue));

    // A NaN operand must come out as a quiet (arithmetic) NaN; adding the operands quiets it.
    [MethodImpl(Inline)] public static float F32Min(float a, float b) => float.IsNaN(a) || float.IsNaN(b) ? a + b : MathF.Min(a, b);
    [MethodImpl(Inline)] public static float F32Max(float a, float b) => float.IsNaN(a) || float.IsNaN(b) ? a + b : MathF.Max(a, b);
    [MethodImpl(Inline)] public static double F64Min(double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? a + b : Math.Min(a, b);
    [MethodImpl(Inline)] public static double F64Max(double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? a + b : Math.Max(a, b);

    [MethodImpl(Inline)] public static float F32Ceil(float a) => float.IsNaN(a) ? a + a : MathF.Ceiling(a);
    [MethodImpl(Inline)] public static float F32Floor(float a) => float.IsNaN(a) ? a + a : MathF.Floor(a);
    [MethodImpl(Inline)] public static float F32Trunc(float a) => float.IsNaN(a) ? a + a : MathF.Truncate(a);
    [MethodImpl(Inline)] public static float F32Nearest(float a) => float.IsNaN(a) ? a + a : MathF.Round(a, MidpointRounding.ToEven);
    [MethodImpl(Inline)] public static float F32Sqrt(float a) => MathF.Sqrt(a);
    [MethodImpl(Inline)] public static double F64Ceil(double a) => double.IsNaN(a) ? a + a : Math.Ceiling(a);
    [MethodImpl(Inline)] public static double F64Floor(double a) => double.IsNaN(a) ? a + a : Math.Floor(a);
    [MethodImpl(Inline)] public static double F64Trunc(double a) => double.IsNaN(a) ? a + a : Math.Truncate(a);
    [MethodImpl(Inline)] public static double F64Nearest(double a) => double.IsNaN(a) ? a + a : Math.Round(a, MidpointRounding.ToEven);
    [MethodImpl(Inline)] public static double F64Sqrt(double a) => Math.Sqrt(a);

    // Trapping truncation: the bounds are the exact open intervals of values whose truncation fits.
    [MethodImpl(Inline)]
    public static int I32TruncF32S(float a)
    {
        if (float.IsNaN(a)) throw TrapException.Create(TrapKind.InvalidConversionToInteger);
        if (!(a >= -2147483648f && a < 2147483648f)) throw TrapException.Create(TrapKind.IntegerOverflow);
        return (int)a;
    }

    [MethodImpl(Inline)]
    public static int I32TruncF32U(float a)
    {
        if (float.IsNaN(a)) throw TrapException.Create(TrapKind.InvalidConversionToInteger);
        if (!(a > -1f && a < 4294967296f)) throw TrapException.Create(TrapKind.IntegerOverflow);
        return (int)(uint)a;
    }

    [MethodImpl(Inline)]
    public static int I32TruncF64S(double a)
    {
        if (double.IsNaN(a)) throw TrapException.Create(TrapKind.InvalidConversionToInteger);
        if (!(a > -2147483649.0 && a < 2147483648.0)) throw TrapException.Create(TrapKind.IntegerOverflow);
        return (int)a;
    }

    [MethodImpl(Inline)]
    public static int I32TruncF64U(double a)
    {
        if (double.IsNaN(a)) throw TrapException.Create(TrapKind.InvalidConversionToInteger);
        if (!(a > -1.0 && a < 4294967296.0)) throw TrapException.Create(TrapKind.IntegerOverflow);
        return (int)(uint)a;
    }

    [MethodImpl(Inline)]
    public static long I64TruncF32S(float a)
    {
        if (float.IsNaN(a)) throw TrapException.Create(TrapKind.InvalidConversionToInteger);
        if (!(a >= -9223372036854775808f && a < 9223372036854775808f)) throw TrapException.Create(TrapKind.IntegerOverflow);
        return (long)a;
    }

    [MethodImpl(Inline)]
    public static long I64TruncF32U(float a)
    {
        if (float.IsNaN(a)) throw TrapException.Create(TrapKind.InvalidConversionToInteger);
        if (!(a > -1f && a < 18446744073709551616f)) throw TrapException.Create(TrapKind.IntegerOverflow);
        return (long)(ulong)a;
    }

    [MethodImpl(Inline)]
    public static long I64TruncF64S(double a)
    {
        if (double.IsNaN(a)) throw TrapException.Create(TrapKind.InvalidConversionToInteger);
        if (!(a >= -9223372036854775808.0 && a < 9223372036854775808.0)) throw TrapException.Create(TrapKind.IntegerOverflow);
        return (long)a;
    }

    [MethodImpl(Inline)]
    public static long I64TruncF64U(double a)
    {
        if (double.IsNaN(a)) throw TrapException.Create(TrapKind.InvalidConversionToInteger);
        if (!(a > -1.0 && a < 18446744073709551616.0)) throw TrapException.Create(TrapKind.IntegerOverflow);
        return (long)(ulong)a;
    }

    [MethodImpl(Inline)]
    public static int I32TruncSatF32S(float a) =>
        float.IsNaN(a) ? 0 : a < -2147483648f ? int.MinValue : a >= 2147483648f ? int.MaxValue : (int)a;
    [MethodImpl(Inline)]
    public static int I32TruncSatF32U(float a) =>
        float.IsNaN(a) || a <= -1f ? 0 : a >= 4294967296f ? -1 : (int)(uint)a;
    [MethodImpl(Inline)]
    public static int I32TruncSatF64S(double a) =>
        double.IsNaN(a) ? 0 : a <= -2147483649.0 ? int.MinValue : a >= 2147483648.0 ? int.MaxValue : (int)a;
    [MethodImpl(Inline)]
    public static int I32TruncSatF64U(double a) =>
        double.IsNaN(a) || a <= -1.0 ? 0 : a >= 4294967296.0 ? -1 : (int)(uint)a;
    [MethodImpl(Inline)]
    public static long I64TruncSatF32S(float a) =>
        float.IsNaN(a) ? 0 : a < -9223372036854775808f ? long.MinValue : a >= 9223372036854775808f ? long.MaxValue : (long)a;
    [MethodImpl(Inline)]
    public static long I64TruncSatF32U(float a) =>
        float.IsNaN(a) || a <= -1f ? 0 : a >= 18446744073709551616f ? -1L : (long)(ulong)a;
    [MethodImpl(Inline)]
    public static long I64TruncSatF64S(double a) =>
        double.IsNaN(a) ? 0 : a < -9223372036854775808.0 ? long.MinValue : a >= 9223372036854775808.0 ? long.MaxValue : (long)a;
    [MethodImpl(Inline)]
    public static long I64TruncSatF64U(double a) =>
        double.IsNaN(a) || a <= -1.0 ? 0 : a >= 18446744073709551616.0 ? -1L : (long)(ulong)a;

    // Unsigned 64-bit to float: halve with a sticky low bit so the single rounding step is the
    // final one (converting through a wider type would round twice).
    [MethodImpl(Inline)]
    public static float F32ConvertI64U(long a)
    {
        if (a >= 0) return a;
        var halved = (long)(((ulong)a >> 1) | ((ulong)a & 1));
        return (float)halved * 2f;
    }

    [MethodImpl(Inline)]
    public static double F64ConvertI64U(long a)
    {
        if (a >= 0) return a;
        var halved = (long)(((ulong)a >> 1) | ((ulong)a & 1));
        return (double)halved * 2.0;
    }

    [MethodImpl(Inline)] public static float F32ConvertI64S(long a) => a;
    [MethodImpl(Inline)] public static float F32ConvertI32U(int a) => (long)(uint)a;
    [MethodImpl(Inline)] public static double F64ConvertI32U(int a) => (uint)a;
    [MethodImpl(Inline)] public static float F32DemoteF64(double a) => (float)a;
    // The JIT folds demote(promote(x)) to x, which would let a signalling NaN through unquieted;
    // quieting NaNs by their bits here leaves it nothing to fold.
    [MethodImpl(Inline)]
    public static double F64PromoteF32(float a) =>
        float.IsNaN(a) ? BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) | 0x0008000000000000) : a;
    // NaN constants come through these: if the JIT saw the bits it would fold them into a float
    // constant, and its constant folding goes through double, which quiets a signalling NaN.
    [MethodImpl(MethodImplOptions.NoInlining)] public static float F32NaNFromBits(int bits) => BitConverter.Int32BitsToSingle(bits);
    [MethodImpl(MethodImplOptions.NoInlining)] public static double F64NaNFromBits(long bits) => BitConverter.Int64BitsToDouble(bits);

    [MethodImpl(Inline)] public static int I32ReinterpretF32(float a) => BitConverter.SingleToInt32Bits(a);
    [MethodImpl(Inline)] public static long I64ReinterpretF64(double a) => BitConverter.DoubleToInt64Bits(a);
    // RyuJIT (.NET 10.0) turns BitConverter.Int32BitsToSingle of a narrow load (ldind.u1/i1/u2/i2)
    // into a 4-byte float load, so f32.reinterpret_i32 (i32.load16_u x) read two bytes too many.
    // Moving the int into a vector register keeps the narrow load and costs the same movd.
    [MethodImpl(Inline)] public static float F32ReinterpretI32(int a) => Vector128.CreateScalarUnsafe(a).AsSingle().ToScalar();
    [MethodImpl(Inline)] public static double F64ReinterpretI64(long a) => BitConverter.Int64BitsToDouble(a);
}
