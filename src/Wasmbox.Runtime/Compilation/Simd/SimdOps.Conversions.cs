using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Wasmbox.Runtime.Compilation;

// Operations between lane shapes: extending, narrowing, widening multiplies and sums, and the
// float/integer conversions. Vector128.ConvertToInt32/UInt32/Int64/UInt64 saturate and give 0
// for NaN on every host since .NET 9 (the *Native variants are the host's own behaviour), which
// is trunc_sat; on x86 the unsigned and f64 ones compile to scalar loops, hence their x86 paths.
internal static partial class SimdOps
{
    [MethodImpl(Inline)] public static Vector128<byte> I16x8ExtendLowI8x16S(Vector128<byte> v) => Vector128.WidenLower(v.AsSByte()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8ExtendHighI8x16S(Vector128<byte> v) => Vector128.WidenUpper(v.AsSByte()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8ExtendLowI8x16U(Vector128<byte> v) => Vector128.WidenLower(v).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8ExtendHighI8x16U(Vector128<byte> v) => Vector128.WidenUpper(v).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4ExtendLowI16x8S(Vector128<byte> v) => Vector128.WidenLower(v.AsInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4ExtendHighI16x8S(Vector128<byte> v) => Vector128.WidenUpper(v.AsInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4ExtendLowI16x8U(Vector128<byte> v) => Vector128.WidenLower(v.AsUInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4ExtendHighI16x8U(Vector128<byte> v) => Vector128.WidenUpper(v.AsUInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2ExtendLowI32x4S(Vector128<byte> v) => Vector128.WidenLower(v.AsInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2ExtendHighI32x4S(Vector128<byte> v) => Vector128.WidenUpper(v.AsInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2ExtendLowI32x4U(Vector128<byte> v) => Vector128.WidenLower(v.AsUInt32()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2ExtendHighI32x4U(Vector128<byte> v) => Vector128.WidenUpper(v.AsUInt32()).AsByte();

    [MethodImpl(Inline)] public static Vector128<byte> I8x16NarrowI16x8S(Vector128<byte> a, Vector128<byte> b) => Vector128.NarrowWithSaturation(a.AsInt16(), b.AsInt16()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8NarrowI32x4S(Vector128<byte> a, Vector128<byte> b) => Vector128.NarrowWithSaturation(a.AsInt32(), b.AsInt32()).AsByte();

    // narrow_u reads signed lanes and saturates to the unsigned range: packuswb/packusdw.
    [MethodImpl(Inline)]
    public static Vector128<byte> I8x16NarrowI16x8U(Vector128<byte> a, Vector128<byte> b) =>
        Sse2.IsSupported ? Sse2.PackUnsignedSaturate(a.AsInt16(), b.AsInt16()) : Portable.I8x16NarrowI16x8U(a, b);

    [MethodImpl(Inline)]
    public static Vector128<byte> I16x8NarrowI32x4U(Vector128<byte> a, Vector128<byte> b) =>
        Sse41.IsSupported ? Sse41.PackUnsignedSaturate(a.AsInt32(), b.AsInt32()).AsByte() : Portable.I16x8NarrowI32x4U(a, b);

    [MethodImpl(Inline)] public static Vector128<byte> I16x8ExtmulLowI8x16S(Vector128<byte> a, Vector128<byte> b) => (Vector128.WidenLower(a.AsSByte()) * Vector128.WidenLower(b.AsSByte())).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8ExtmulHighI8x16S(Vector128<byte> a, Vector128<byte> b) => (Vector128.WidenUpper(a.AsSByte()) * Vector128.WidenUpper(b.AsSByte())).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8ExtmulLowI8x16U(Vector128<byte> a, Vector128<byte> b) => (Vector128.WidenLower(a) * Vector128.WidenLower(b)).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I16x8ExtmulHighI8x16U(Vector128<byte> a, Vector128<byte> b) => (Vector128.WidenUpper(a) * Vector128.WidenUpper(b)).AsByte();

    // 16 x 16 -> 32: the low and high halves of each product (pmullw, pmulhw/pmulhuw)
    // interleaved, which is cheaper than widening and pmulld.

    [MethodImpl(Inline)]
    public static Vector128<byte> I32x4ExtmulLowI16x8S(Vector128<byte> a, Vector128<byte> b) =>
        Sse2.IsSupported
            ? Sse2.UnpackLow(Sse2.MultiplyLow(a.AsInt16(), b.AsInt16()), Sse2.MultiplyHigh(a.AsInt16(), b.AsInt16())).AsByte()
            : Portable.I32x4ExtmulLowI16x8S(a, b);

    [MethodImpl(Inline)]
    public static Vector128<byte> I32x4ExtmulHighI16x8S(Vector128<byte> a, Vector128<byte> b) =>
        Sse2.IsSupported
            ? Sse2.UnpackHigh(Sse2.MultiplyLow(a.AsInt16(), b.AsInt16()), Sse2.MultiplyHigh(a.AsInt16(), b.AsInt16())).AsByte()
            : Portable.I32x4ExtmulHighI16x8S(a, b);

    [MethodImpl(Inline)]
    public static Vector128<byte> I32x4ExtmulLowI16x8U(Vector128<byte> a, Vector128<byte> b) =>
        Sse2.IsSupported
            ? Sse2.UnpackLow(Sse2.MultiplyLow(a.AsUInt16(), b.AsUInt16()), Sse2.MultiplyHigh(a.AsUInt16(), b.AsUInt16())).AsByte()
            : Portable.I32x4ExtmulLowI16x8U(a, b);

    [MethodImpl(Inline)]
    public static Vector128<byte> I32x4ExtmulHighI16x8U(Vector128<byte> a, Vector128<byte> b) =>
        Sse2.IsSupported
            ? Sse2.UnpackHigh(Sse2.MultiplyLow(a.AsUInt16(), b.AsUInt16()), Sse2.MultiplyHigh(a.AsUInt16(), b.AsUInt16())).AsByte()
            : Portable.I32x4ExtmulHighI16x8U(a, b);

    // 32 x 32 -> 64: pmuldq/pmuludq multiply lanes 0 and 2, so spread the wanted lanes there
    // (shuffle 0x50 picks 0,0,1,1 and 0xFA picks 2,2,3,3).

    [MethodImpl(Inline)]
    public static Vector128<byte> I64x2ExtmulLowI32x4S(Vector128<byte> a, Vector128<byte> b) =>
        Sse41.IsSupported
            ? Sse41.Multiply(Sse2.Shuffle(a.AsInt32(), 0x50), Sse2.Shuffle(b.AsInt32(), 0x50)).AsByte()
            : Portable.I64x2ExtmulLowI32x4S(a, b);

    [MethodImpl(Inline)]
    public static Vector128<byte> I64x2ExtmulHighI32x4S(Vector128<byte> a, Vector128<byte> b) =>
        Sse41.IsSupported
            ? Sse41.Multiply(Sse2.Shuffle(a.AsInt32(), 0xFA), Sse2.Shuffle(b.AsInt32(), 0xFA)).AsByte()
            : Portable.I64x2ExtmulHighI32x4S(a, b);

    [MethodImpl(Inline)]
    public static Vector128<byte> I64x2ExtmulLowI32x4U(Vector128<byte> a, Vector128<byte> b) =>
        Sse2.IsSupported
            ? Sse2.Multiply(Sse2.Shuffle(a.AsUInt32(), 0x50), Sse2.Shuffle(b.AsUInt32(), 0x50)).AsByte()
            : Portable.I64x2ExtmulLowI32x4U(a, b);

    [MethodImpl(Inline)]
    public static Vector128<byte> I64x2ExtmulHighI32x4U(Vector128<byte> a, Vector128<byte> b) =>
        Sse2.IsSupported
            ? Sse2.Multiply(Sse2.Shuffle(a.AsUInt32(), 0xFA), Sse2.Shuffle(b.AsUInt32(), 0xFA)).AsByte()
            : Portable.I64x2ExtmulHighI32x4U(a, b);

    // Pairwise sums as multiply-adds by one: pmaddubsw takes its first operand unsigned and its
    // second signed (no pair of bytes reaches its saturation), pmaddwd is signed only, so the
    // unsigned 16-bit form biases each lane by -0x8000 and adds the 0x10000 back.

    [MethodImpl(Inline)]
    public static Vector128<byte> I16x8ExtaddPairwiseI8x16S(Vector128<byte> v) =>
        Ssse3.IsSupported ? Ssse3.MultiplyAddAdjacent(Vector128.Create((byte)1), v.AsSByte()).AsByte() : Portable.I16x8ExtaddPairwiseI8x16S(v);

    [MethodImpl(Inline)]
    public static Vector128<byte> I16x8ExtaddPairwiseI8x16U(Vector128<byte> v) =>
        Ssse3.IsSupported ? Ssse3.MultiplyAddAdjacent(v, Vector128.Create((sbyte)1)).AsByte() : Portable.I16x8ExtaddPairwiseI8x16U(v);

    [MethodImpl(Inline)]
    public static Vector128<byte> I32x4ExtaddPairwiseI16x8S(Vector128<byte> v) =>
        Sse2.IsSupported ? Sse2.MultiplyAddAdjacent(v.AsInt16(), Vector128.Create((short)1)).AsByte() : Portable.I32x4ExtaddPairwiseI16x8S(v);

    [MethodImpl(Inline)]
    public static Vector128<byte> I32x4ExtaddPairwiseI16x8U(Vector128<byte> v) =>
        Sse2.IsSupported
            ? (Sse2.MultiplyAddAdjacent((v.AsUInt16() ^ Vector128.Create((ushort)0x8000)).AsInt16(), Vector128.Create((short)1)) + Vector128.Create(0x10000)).AsByte()
            : Portable.I32x4ExtaddPairwiseI16x8U(v);

    // pmaddwd is the dot product, wrapping like Wasm where -32768 * -32768 twice reaches 2^31.
    [MethodImpl(Inline)]
    public static Vector128<byte> I32x4DotI16x8S(Vector128<byte> a, Vector128<byte> b) =>
        Sse2.IsSupported ? Sse2.MultiplyAddAdjacent(a.AsInt16(), b.AsInt16()).AsByte() : Portable.I32x4DotI16x8S(a, b);

    [MethodImpl(Inline)] public static Vector128<byte> I32x4TruncSatF32x4S(Vector128<byte> v) => Vector128.ConvertToInt32(v.AsSingle()).AsByte();

    [MethodImpl(Inline)]
    public static Vector128<byte> I32x4TruncSatF32x4U(Vector128<byte> v)
    {
        if (Sse41.IsSupported)
        {
            // cvttps2dq is signed and gives 0x80000000 out of range. maxps against 0 takes NaNs
            // and negatives to 0 (it returns its second operand for a NaN). Lanes from 2^31 on
            // convert to 0x80000000, and x - 2^31 (exact there) converts to the rest, which is
            // added; from 2^32 on that second part saturates to 0x7FFFFFFF; below 2^31 it is
            // negative, and clamped to 0.
            var x = Sse.Max(v.AsSingle(), Vector128<float>.Zero);
            var twoTo31 = Vector128.Create(2147483648f);
            var excess = Sse.Subtract(x, twoTo31);
            var overflow = Sse.CompareLessThanOrEqual(twoTo31, excess).AsInt32();
            var high = Sse41.Max(Sse2.ConvertToVector128Int32WithTruncation(excess) ^ overflow, Vector128<int>.Zero);
            return (Sse2.ConvertToVector128Int32WithTruncation(x) + high).AsByte();
        }
        return Portable.I32x4TruncSatF32x4U(v);
    }

    [MethodImpl(Inline)]
    public static Vector128<byte> I32x4TruncSatF64x2SZero(Vector128<byte> v)
    {
        if (Sse2.IsSupported)
        {
            // minpd returns its second operand for a NaN: the limit, 0 in NaN lanes, and the
            // largest int where x is above it. cvttpd2dq gives int.MinValue below the range and
            // zeroes the upper two lanes.
            var x = v.AsDouble();
            var limit = Sse2.And(Sse2.CompareEqual(x, x), Vector128.Create(2147483647.0));
            return Sse2.ConvertToVector128Int32WithTruncation(Sse2.Min(x, limit)).AsByte();
        }
        return Portable.I32x4TruncSatF64x2SZero(v);
    }

    [MethodImpl(Inline)]
    public static Vector128<byte> I32x4TruncSatF64x2UZero(Vector128<byte> v)
    {
        if (Sse41.IsSupported)
        {
            // Clamp to 0..2^32-1 (maxpd takes NaNs to its second operand, 0), truncate, and add
            // 2^52, which puts the integer in the low 32 bits of each double; then gather those.
            var x = Sse2.Min(Sse2.Max(v.AsDouble(), Vector128<double>.Zero), Vector128.Create(4294967295.0));
            var shifted = Sse2.Add(Sse41.RoundToZero(x), Vector128.Create(4503599627370496.0));
            return Sse.Shuffle(shifted.AsSingle(), Vector128<float>.Zero, 0b10_00_10_00).AsByte();
        }
        return Portable.I32x4TruncSatF64x2UZero(v);
    }

    [MethodImpl(Inline)] public static Vector128<byte> F32x4ConvertI32x4S(Vector128<byte> v) => Vector128.ConvertToSingle(v.AsInt32()).AsByte();

    // Rounded once, on every host: on x86 the JIT converts the two 16-bit halves exactly and
    // combines them with one fused (or exact) multiply and one rounding add.
    [MethodImpl(Inline)] public static Vector128<byte> F32x4ConvertI32x4U(Vector128<byte> v) => Vector128.ConvertToSingle(v.AsUInt32()).AsByte();

    [MethodImpl(Inline)]
    public static Vector128<byte> F64x2ConvertLowI32x4S(Vector128<byte> v) =>
        Sse2.IsSupported ? Sse2.ConvertToVector128Double(v.AsInt32()).AsByte() : Portable.F64x2ConvertLowI32x4S(v);

    [MethodImpl(Inline)]
    public static Vector128<byte> F64x2ConvertLowI32x4U(Vector128<byte> v)
    {
        // 0x43300000_xxxxxxxx is the double 2^52 + x, exactly.
        if (Sse2.IsSupported)
        {
            var biased = Sse2.UnpackLow(v.AsUInt32(), Vector128.Create(0x4330_0000u)).AsDouble();
            return Sse2.Subtract(biased, Vector128.Create(4503599627370496.0)).AsByte();
        }
        return Portable.F64x2ConvertLowI32x4U(v);
    }

    // cvtpd2ps rounds to nearest, quiets NaNs and zeroes the upper lanes.
    [MethodImpl(Inline)]
    public static Vector128<byte> F32x4DemoteF64x2Zero(Vector128<byte> v) =>
        Sse2.IsSupported ? Sse2.ConvertToVector128Single(v.AsDouble()).AsByte() : Portable.F32x4DemoteF64x2Zero(v);

    [MethodImpl(Inline)] public static Vector128<byte> F64x2PromoteLowF32x4(Vector128<byte> v) => Vector128.WidenLower(v.AsSingle()).AsByte();

    internal static partial class Portable
    {
        [MethodImpl(Inline)]
        public static Vector128<byte> I8x16NarrowI16x8U(Vector128<byte> a, Vector128<byte> b) =>
            Vector128.NarrowWithSaturation(
                Vector128.Max(a.AsInt16(), Vector128<short>.Zero).AsUInt16(),
                Vector128.Max(b.AsInt16(), Vector128<short>.Zero).AsUInt16());

        [MethodImpl(Inline)]
        public static Vector128<byte> I16x8NarrowI32x4U(Vector128<byte> a, Vector128<byte> b) =>
            Vector128.NarrowWithSaturation(
                Vector128.Max(a.AsInt32(), Vector128<int>.Zero).AsUInt32(),
                Vector128.Max(b.AsInt32(), Vector128<int>.Zero).AsUInt32()).AsByte();

        [MethodImpl(Inline)] public static Vector128<byte> I32x4ExtmulLowI16x8S(Vector128<byte> a, Vector128<byte> b) => (Vector128.WidenLower(a.AsInt16()) * Vector128.WidenLower(b.AsInt16())).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> I32x4ExtmulHighI16x8S(Vector128<byte> a, Vector128<byte> b) => (Vector128.WidenUpper(a.AsInt16()) * Vector128.WidenUpper(b.AsInt16())).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> I32x4ExtmulLowI16x8U(Vector128<byte> a, Vector128<byte> b) => (Vector128.WidenLower(a.AsUInt16()) * Vector128.WidenLower(b.AsUInt16())).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> I32x4ExtmulHighI16x8U(Vector128<byte> a, Vector128<byte> b) => (Vector128.WidenUpper(a.AsUInt16()) * Vector128.WidenUpper(b.AsUInt16())).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> I64x2ExtmulLowI32x4S(Vector128<byte> a, Vector128<byte> b) => (Vector128.WidenLower(a.AsInt32()) * Vector128.WidenLower(b.AsInt32())).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> I64x2ExtmulHighI32x4S(Vector128<byte> a, Vector128<byte> b) => (Vector128.WidenUpper(a.AsInt32()) * Vector128.WidenUpper(b.AsInt32())).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> I64x2ExtmulLowI32x4U(Vector128<byte> a, Vector128<byte> b) => (Vector128.WidenLower(a.AsUInt32()) * Vector128.WidenLower(b.AsUInt32())).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> I64x2ExtmulHighI32x4U(Vector128<byte> a, Vector128<byte> b) => (Vector128.WidenUpper(a.AsUInt32()) * Vector128.WidenUpper(b.AsUInt32())).AsByte();

        // Pairwise sums in the wide lanes themselves: a wide lane holds its even narrow lane in
        // its low half and its odd one in its high half.

        [MethodImpl(Inline)]
        public static Vector128<byte> I16x8ExtaddPairwiseI8x16S(Vector128<byte> v)
        {
            var x = v.AsInt16();
            return (Vector128.ShiftRightArithmetic(Vector128.ShiftLeft(x, 8), 8) + Vector128.ShiftRightArithmetic(x, 8)).AsByte();
        }

        [MethodImpl(Inline)]
        public static Vector128<byte> I16x8ExtaddPairwiseI8x16U(Vector128<byte> v)
        {
            var x = v.AsUInt16();
            return ((x & Vector128.Create((ushort)0xFF)) + Vector128.ShiftRightLogical(x, 8)).AsByte();
        }

        [MethodImpl(Inline)]
        public static Vector128<byte> I32x4ExtaddPairwiseI16x8S(Vector128<byte> v)
        {
            var x = v.AsInt32();
            return (Vector128.ShiftRightArithmetic(Vector128.ShiftLeft(x, 16), 16) + Vector128.ShiftRightArithmetic(x, 16)).AsByte();
        }

        [MethodImpl(Inline)]
        public static Vector128<byte> I32x4ExtaddPairwiseI16x8U(Vector128<byte> v)
        {
            var x = v.AsUInt32();
            return ((x & Vector128.Create(0xFFFFu)) + Vector128.ShiftRightLogical(x, 16)).AsByte();
        }

        [MethodImpl(Inline)]
        public static Vector128<byte> I32x4DotI16x8S(Vector128<byte> a, Vector128<byte> b)
        {
            var x = a.AsInt32();
            var y = b.AsInt32();
            var even = Vector128.ShiftRightArithmetic(Vector128.ShiftLeft(x, 16), 16) * Vector128.ShiftRightArithmetic(Vector128.ShiftLeft(y, 16), 16);
            var odd = Vector128.ShiftRightArithmetic(x, 16) * Vector128.ShiftRightArithmetic(y, 16);
            return (even + odd).AsByte();
        }

        [MethodImpl(Inline)] public static Vector128<byte> I32x4TruncSatF32x4U(Vector128<byte> v) => Vector128.ConvertToUInt32(v.AsSingle()).AsByte();

        [MethodImpl(Inline)]
        public static Vector128<byte> I32x4TruncSatF64x2SZero(Vector128<byte> v)
        {
            var wide = Vector128.Clamp(Vector128.ConvertToInt64(v.AsDouble()), Vector128.Create((long)int.MinValue), Vector128.Create((long)int.MaxValue));
            return Vector128.Narrow(wide, Vector128<long>.Zero).AsByte();
        }

        [MethodImpl(Inline)]
        public static Vector128<byte> I32x4TruncSatF64x2UZero(Vector128<byte> v)
        {
            var wide = Vector128.Min(Vector128.ConvertToUInt64(v.AsDouble()), Vector128.Create((ulong)uint.MaxValue));
            return Vector128.Narrow(wide, Vector128<ulong>.Zero).AsByte();
        }

        [MethodImpl(Inline)] public static Vector128<byte> F64x2ConvertLowI32x4S(Vector128<byte> v) => Vector128.ConvertToDouble(Vector128.WidenLower(v.AsInt32())).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> F64x2ConvertLowI32x4U(Vector128<byte> v) => Vector128.ConvertToDouble(Vector128.WidenLower(v.AsUInt32())).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> F32x4DemoteF64x2Zero(Vector128<byte> v) => Vector128.Narrow(v.AsDouble(), Vector128<double>.Zero).AsByte();
    }
}
