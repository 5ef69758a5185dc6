using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Wasmbox.Runtime.Compilation;

// Integer lanes: comparisons, arithmetic, shifts. Vector128's integer operations are defined the
// same on every host and wrap like Wasm (Abs of the minimum is the minimum), and the JIT lowers
// them well on x86, 64-bit lanes included (pcmpgtq, a pmuludq sequence); only averaging,
// popcnt and q15mulr have x86 paths of their own.
internal static partial class SimdOps
{
    [MethodImpl(Inline)] public static Vector128<byte> I8x16Eq(Vector128<byte> a, Vector128<byte> b) => Vector128.Equals(a, b);
    [MethodImpl(Inline)] public static Vector128<byte> I8x16Ne(Vector128<byte> a, Vector128<byte> b) => ~Vector128.Equals(a, b);
    [MethodImpl(Inline)] public static Vector128<byte> I8x16LtS(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThan(a.AsSByte(), b.AsSByte()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I8x16LtU(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThan(a, b);
    [MethodImpl(Inline)] public static Vector128<byte> I8x16GtS(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThan(a.AsSByte(), b.AsSByte()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I8x16GtU(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThan(a, b);
    [MethodImpl(Inline)] public static Vector128<byte> I8x16LeS(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThanOrEqual(a.AsSByte(), b.AsSByte()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I8x16LeU(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThanOrEqual(a, b);
    [MethodImpl(Inline)] public static Vector128<byte> I8x16GeS(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThanOrEqual(a.AsSByte(), b.AsSByte()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I8x16GeU(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThanOrEqual(a, b);

    [MethodImpl(Inline)] public static Vector128<byte> I16x8Eq(Vector128<byte> a, Vector128<byte> b) => Vector128.Equals(a.AsUInt16(), b.AsUInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8Ne(Vector128<byte> a, Vector128<byte> b) => (~Vector128.Equals(a.AsUInt16(), b.AsUInt16())).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8LtS(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThan(a.AsInt16(), b.AsInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8LtU(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThan(a.AsUInt16(), b.AsUInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8GtS(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThan(a.AsInt16(), b.AsInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8GtU(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThan(a.AsUInt16(), b.AsUInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8LeS(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThanOrEqual(a.AsInt16(), b.AsInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8LeU(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThanOrEqual(a.AsUInt16(), b.AsUInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8GeS(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThanOrEqual(a.AsInt16(), b.AsInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8GeU(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThanOrEqual(a.AsUInt16(), b.AsUInt16()).AsByte();

    [MethodImpl(Inline)] public static Vector128<byte> I32x4Eq(Vector128<byte> a, Vector128<byte> b) => Vector128.Equals(a.AsUInt32(), b.AsUInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4Ne(Vector128<byte> a, Vector128<byte> b) => (~Vector128.Equals(a.AsUInt32(), b.AsUInt32())).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4LtS(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThan(a.AsInt32(), b.AsInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4LtU(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThan(a.AsUInt32(), b.AsUInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4GtS(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThan(a.AsInt32(), b.AsInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4GtU(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThan(a.AsUInt32(), b.AsUInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4LeS(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThanOrEqual(a.AsInt32(), b.AsInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4LeU(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThanOrEqual(a.AsUInt32(), b.AsUInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4GeS(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThanOrEqual(a.AsInt32(), b.AsInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4GeU(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThanOrEqual(a.AsUInt32(), b.AsUInt32()).AsByte();

    // i64x2 has signed comparisons only. Le and Ge as the complement of one pcmpgtq, where the
    // JIT's LessThanOrEqual would add a pcmpeqq.
    [MethodImpl(Inline)] public static Vector128<byte> I64x2Eq(Vector128<byte> a, Vector128<byte> b) => Vector128.Equals(a.AsInt64(), b.AsInt64()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2Ne(Vector128<byte> a, Vector128<byte> b) => (~Vector128.Equals(a.AsInt64(), b.AsInt64())).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2LtS(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThan(b.AsInt64(), a.AsInt64()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2GtS(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThan(a.AsInt64(), b.AsInt64()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2LeS(Vector128<byte> a, Vector128<byte> b) => (~Vector128.GreaterThan(a.AsInt64(), b.AsInt64())).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2GeS(Vector128<byte> a, Vector128<byte> b) => (~Vector128.GreaterThan(b.AsInt64(), a.AsInt64())).AsByte();

    [MethodImpl(Inline)] public static Vector128<byte> I8x16Abs(Vector128<byte> v) => Vector128.Abs(v.AsSByte()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8Abs(Vector128<byte> v) => Vector128.Abs(v.AsInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4Abs(Vector128<byte> v) => Vector128.Abs(v.AsInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2Abs(Vector128<byte> v) => Vector128.Abs(v.AsInt64()).AsByte();

    [MethodImpl(Inline)] public static Vector128<byte> I8x16Neg(Vector128<byte> v) => (-v.AsSByte()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8Neg(Vector128<byte> v) => (-v.AsInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4Neg(Vector128<byte> v) => (-v.AsInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2Neg(Vector128<byte> v) => (-v.AsInt64()).AsByte();

    [MethodImpl(Inline)] public static Vector128<byte> I8x16Add(Vector128<byte> a, Vector128<byte> b) => a + b;
    [MethodImpl(Inline)] public static Vector128<byte> I16x8Add(Vector128<byte> a, Vector128<byte> b) => (a.AsUInt16() + b.AsUInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4Add(Vector128<byte> a, Vector128<byte> b) => (a.AsUInt32() + b.AsUInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2Add(Vector128<byte> a, Vector128<byte> b) => (a.AsUInt64() + b.AsUInt64()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I8x16Sub(Vector128<byte> a, Vector128<byte> b) => a - b;
    [MethodImpl(Inline)] public static Vector128<byte> I16x8Sub(Vector128<byte> a, Vector128<byte> b) => (a.AsUInt16() - b.AsUInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4Sub(Vector128<byte> a, Vector128<byte> b) => (a.AsUInt32() - b.AsUInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2Sub(Vector128<byte> a, Vector128<byte> b) => (a.AsUInt64() - b.AsUInt64()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8Mul(Vector128<byte> a, Vector128<byte> b) => (a.AsUInt16() * b.AsUInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4Mul(Vector128<byte> a, Vector128<byte> b) => (a.AsUInt32() * b.AsUInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2Mul(Vector128<byte> a, Vector128<byte> b) => (a.AsUInt64() * b.AsUInt64()).AsByte();

    [MethodImpl(Inline)] public static Vector128<byte> I8x16AddSatS(Vector128<byte> a, Vector128<byte> b) => Vector128.AddSaturate(a.AsSByte(), b.AsSByte()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I8x16AddSatU(Vector128<byte> a, Vector128<byte> b) => Vector128.AddSaturate(a, b);
    [MethodImpl(Inline)] public static Vector128<byte> I8x16SubSatS(Vector128<byte> a, Vector128<byte> b) => Vector128.SubtractSaturate(a.AsSByte(), b.AsSByte()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I8x16SubSatU(Vector128<byte> a, Vector128<byte> b) => Vector128.SubtractSaturate(a, b);
    [MethodImpl(Inline)] public static Vector128<byte> I16x8AddSatS(Vector128<byte> a, Vector128<byte> b) => Vector128.AddSaturate(a.AsInt16(), b.AsInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8AddSatU(Vector128<byte> a, Vector128<byte> b) => Vector128.AddSaturate(a.AsUInt16(), b.AsUInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8SubSatS(Vector128<byte> a, Vector128<byte> b) => Vector128.SubtractSaturate(a.AsInt16(), b.AsInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8SubSatU(Vector128<byte> a, Vector128<byte> b) => Vector128.SubtractSaturate(a.AsUInt16(), b.AsUInt16()).AsByte();

    [MethodImpl(Inline)] public static Vector128<byte> I8x16MinS(Vector128<byte> a, Vector128<byte> b) => Vector128.Min(a.AsSByte(), b.AsSByte()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I8x16MinU(Vector128<byte> a, Vector128<byte> b) => Vector128.Min(a, b);
    [MethodImpl(Inline)] public static Vector128<byte> I8x16MaxS(Vector128<byte> a, Vector128<byte> b) => Vector128.Max(a.AsSByte(), b.AsSByte()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I8x16MaxU(Vector128<byte> a, Vector128<byte> b) => Vector128.Max(a, b);
    [MethodImpl(Inline)] public static Vector128<byte> I16x8MinS(Vector128<byte> a, Vector128<byte> b) => Vector128.Min(a.AsInt16(), b.AsInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8MinU(Vector128<byte> a, Vector128<byte> b) => Vector128.Min(a.AsUInt16(), b.AsUInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8MaxS(Vector128<byte> a, Vector128<byte> b) => Vector128.Max(a.AsInt16(), b.AsInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8MaxU(Vector128<byte> a, Vector128<byte> b) => Vector128.Max(a.AsUInt16(), b.AsUInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4MinS(Vector128<byte> a, Vector128<byte> b) => Vector128.Min(a.AsInt32(), b.AsInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4MinU(Vector128<byte> a, Vector128<byte> b) => Vector128.Min(a.AsUInt32(), b.AsUInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4MaxS(Vector128<byte> a, Vector128<byte> b) => Vector128.Max(a.AsInt32(), b.AsInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4MaxU(Vector128<byte> a, Vector128<byte> b) => Vector128.Max(a.AsUInt32(), b.AsUInt32()).AsByte();

    // Shift counts are taken modulo the lane width here, as Wasm says. Vector128's shifts mask
    // the count the same way on .NET 10 (hardware or not), but earlier versions gave 0 on x86
    // for a count of the width or more; masking here does not depend on that.
    [MethodImpl(Inline)] public static Vector128<byte> I8x16Shl(Vector128<byte> v, int count) => Vector128.ShiftLeft(v, count & 7);
    [MethodImpl(Inline)] public static Vector128<byte> I8x16ShrS(Vector128<byte> v, int count) => Vector128.ShiftRightArithmetic(v.AsSByte(), count & 7).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I8x16ShrU(Vector128<byte> v, int count) => Vector128.ShiftRightLogical(v, count & 7);
    [MethodImpl(Inline)] public static Vector128<byte> I16x8Shl(Vector128<byte> v, int count) => Vector128.ShiftLeft(v.AsUInt16(), count & 15).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8ShrS(Vector128<byte> v, int count) => Vector128.ShiftRightArithmetic(v.AsInt16(), count & 15).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8ShrU(Vector128<byte> v, int count) => Vector128.ShiftRightLogical(v.AsUInt16(), count & 15).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4Shl(Vector128<byte> v, int count) => Vector128.ShiftLeft(v.AsUInt32(), count & 31).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4ShrS(Vector128<byte> v, int count) => Vector128.ShiftRightArithmetic(v.AsInt32(), count & 31).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4ShrU(Vector128<byte> v, int count) => Vector128.ShiftRightLogical(v.AsUInt32(), count & 31).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2Shl(Vector128<byte> v, int count) => Vector128.ShiftLeft(v.AsUInt64(), count & 63).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2ShrS(Vector128<byte> v, int count) => Vector128.ShiftRightArithmetic(v.AsInt64(), count & 63).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2ShrU(Vector128<byte> v, int count) => Vector128.ShiftRightLogical(v.AsUInt64(), count & 63).AsByte();

    /// <summary>(a + b + 1) &gt;&gt; 1 per unsigned lane, without overflow: x86's pavgb.</summary>
    [MethodImpl(Inline)]
    public static Vector128<byte> I8x16AvgrU(Vector128<byte> a, Vector128<byte> b) =>
        Sse2.IsSupported ? Sse2.Average(a, b) : Portable.I8x16AvgrU(a, b);

    [MethodImpl(Inline)]
    public static Vector128<byte> I16x8AvgrU(Vector128<byte> a, Vector128<byte> b) =>
        Sse2.IsSupported ? Sse2.Average(a.AsUInt16(), b.AsUInt16()).AsByte() : Portable.I16x8AvgrU(a, b);

    [MethodImpl(Inline)]
    public static Vector128<byte> I8x16Popcnt(Vector128<byte> v)
    {
        // Before AVX-512 x86 counts bits per byte only by looking nibbles up in a 16-entry table.
        if (Ssse3.IsSupported)
        {
            var table = Vector128.Create((byte)0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
            var nibble = Vector128.Create((byte)0x0F);
            var high = Sse2.ShiftRightLogical(v.AsUInt16(), 4).AsByte() & nibble;
            return Ssse3.Shuffle(table, v & nibble) + Ssse3.Shuffle(table, high);
        }
        return Portable.I8x16Popcnt(v);
    }

    /// <summary>saturate((a * b + 0x4000) &gt;&gt; 15) per signed 16-bit lane.</summary>
    [MethodImpl(Inline)]
    public static Vector128<byte> I16x8Q15mulrSatS(Vector128<byte> a, Vector128<byte> b)
    {
        if (Ssse3.IsSupported)
        {
            // pmulhrsw is exactly this but wraps where Wasm saturates. Only -32768 * -32768
            // overflows, giving 0x8000; no product rounds to -32768 (the least is
            // -32768 * 32767, which gives -32767), so every 0x8000 becomes 0x7FFF.
            var product = Ssse3.MultiplyHighRoundScale(a.AsInt16(), b.AsInt16());
            return (product ^ Vector128.Equals(product, Vector128.Create(short.MinValue))).AsByte();
        }
        return Portable.I16x8Q15mulrSatS(a, b);
    }

    internal static partial class Portable
    {
        // (a | b) - ((a ^ b) >> 1) is the rounded-up average without a wider type.
        [MethodImpl(Inline)] public static Vector128<byte> I8x16AvgrU(Vector128<byte> a, Vector128<byte> b) => (a | b) - Vector128.ShiftRightLogical(a ^ b, 1);

        [MethodImpl(Inline)]
        public static Vector128<byte> I16x8AvgrU(Vector128<byte> a, Vector128<byte> b)
        {
            var x = a.AsUInt16();
            var y = b.AsUInt16();
            return ((x | y) - Vector128.ShiftRightLogical(x ^ y, 1)).AsByte();
        }

        [MethodImpl(Inline)]
        public static Vector128<byte> I8x16Popcnt(Vector128<byte> v)
        {
            var table = Vector128.Create((byte)0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
            return Vector128.Shuffle(table, v & Vector128.Create((byte)0x0F)) + Vector128.Shuffle(table, Vector128.ShiftRightLogical(v, 4));
        }

        [MethodImpl(Inline)]
        public static Vector128<byte> I16x8Q15mulrSatS(Vector128<byte> a, Vector128<byte> b)
        {
            var (aLow, aHigh) = Vector128.Widen(a.AsInt16());
            var (bLow, bHigh) = Vector128.Widen(b.AsInt16());
            var round = Vector128.Create(0x4000);
            var low = Vector128.ShiftRightArithmetic(aLow * bLow + round, 15);
            var high = Vector128.ShiftRightArithmetic(aHigh * bHigh + round, 15);
            return Vector128.NarrowWithSaturation(low, high).AsByte();
        }
    }
}
