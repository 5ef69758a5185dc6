using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Wasmbox.Runtime.Compilation;

// Float lanes. Arithmetic, sqrt and rounding are IEEE on every host (a NaN operand comes back
// quieted, an invalid operation gives the host's default NaN: both what Wasm allows), and
// Vector128's rounding is roundps/roundpd on x86, Round being ties-to-even. abs and neg only
// touch the sign bit, NaNs included, as Wasm says. min, max, pmin and pmax are where x86 and
// Wasm disagree, so they are built here.
internal static partial class SimdOps
{
    private const uint F32Sign = 0x8000_0000;
    private const ulong F64Sign = 0x8000_0000_0000_0000;

    // The canonical NaN with the sign set: what x86 produces for an invalid operation, and what
    // min and max give for any NaN, on every path.
    private const uint F32CanonicalNaN = 0xFFC0_0000;
    private const ulong F64CanonicalNaN = 0xFFF8_0000_0000_0000;

    [MethodImpl(Inline)] public static Vector128<byte> F32x4Eq(Vector128<byte> a, Vector128<byte> b) => Vector128.Equals(a.AsSingle(), b.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Ne(Vector128<byte> a, Vector128<byte> b) => (~Vector128.Equals(a.AsSingle(), b.AsSingle())).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Lt(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThan(a.AsSingle(), b.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Gt(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThan(a.AsSingle(), b.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Le(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThanOrEqual(a.AsSingle(), b.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Ge(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThanOrEqual(a.AsSingle(), b.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Eq(Vector128<byte> a, Vector128<byte> b) => Vector128.Equals(a.AsDouble(), b.AsDouble()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Ne(Vector128<byte> a, Vector128<byte> b) => (~Vector128.Equals(a.AsDouble(), b.AsDouble())).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Lt(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThan(a.AsDouble(), b.AsDouble()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Gt(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThan(a.AsDouble(), b.AsDouble()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Le(Vector128<byte> a, Vector128<byte> b) => Vector128.LessThanOrEqual(a.AsDouble(), b.AsDouble()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Ge(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThanOrEqual(a.AsDouble(), b.AsDouble()).AsByte();

    [MethodImpl(Inline)] public static Vector128<byte> F32x4Abs(Vector128<byte> v) => Vector128.AndNot(v.AsUInt32(), Vector128.Create(F32Sign)).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Neg(Vector128<byte> v) => (v.AsUInt32() ^ Vector128.Create(F32Sign)).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Abs(Vector128<byte> v) => Vector128.AndNot(v.AsUInt64(), Vector128.Create(F64Sign)).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Neg(Vector128<byte> v) => (v.AsUInt64() ^ Vector128.Create(F64Sign)).AsByte();

    [MethodImpl(Inline)] public static Vector128<byte> F32x4Sqrt(Vector128<byte> v) => Vector128.Sqrt(v.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Add(Vector128<byte> a, Vector128<byte> b) => (a.AsSingle() + b.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Sub(Vector128<byte> a, Vector128<byte> b) => (a.AsSingle() - b.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Mul(Vector128<byte> a, Vector128<byte> b) => (a.AsSingle() * b.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Div(Vector128<byte> a, Vector128<byte> b) => (a.AsSingle() / b.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Sqrt(Vector128<byte> v) => Vector128.Sqrt(v.AsDouble()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Add(Vector128<byte> a, Vector128<byte> b) => (a.AsDouble() + b.AsDouble()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Sub(Vector128<byte> a, Vector128<byte> b) => (a.AsDouble() - b.AsDouble()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Mul(Vector128<byte> a, Vector128<byte> b) => (a.AsDouble() * b.AsDouble()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Div(Vector128<byte> a, Vector128<byte> b) => (a.AsDouble() / b.AsDouble()).AsByte();

    [MethodImpl(Inline)] public static Vector128<byte> F32x4Ceil(Vector128<byte> v) => Vector128.Ceiling(v.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Floor(Vector128<byte> v) => Vector128.Floor(v.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Trunc(Vector128<byte> v) => Vector128.Truncate(v.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Nearest(Vector128<byte> v) => Vector128.Round(v.AsSingle()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Ceil(Vector128<byte> v) => Vector128.Ceiling(v.AsDouble()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Floor(Vector128<byte> v) => Vector128.Floor(v.AsDouble()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Trunc(Vector128<byte> v) => Vector128.Truncate(v.AsDouble()).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Nearest(Vector128<byte> v) => Vector128.Round(v.AsDouble()).AsByte();

    // minps/maxps return their second operand when either is a NaN or both are zeros. Run both
    // ways, OR (min) or AND (max) of the two gives -0 < +0; lanes with a NaN are then set to all
    // ones and their payload cleared, which leaves the canonical NaN. Vector128.Min/Max (.NET 9
    // on) would get the zeros and NaNs right but return a double's signalling NaN unquieted.

    [MethodImpl(Inline)]
    public static Vector128<byte> F32x4Min(Vector128<byte> a, Vector128<byte> b)
    {
        if (Sse2.IsSupported)
        {
            var x = a.AsSingle();
            var y = b.AsSingle();
            var nan = Sse.CompareUnordered(x, y);
            var min = Sse.Or(Sse.Or(Sse.Min(x, y), Sse.Min(y, x)), nan);
            return Sse.AndNot(Sse2.ShiftRightLogical(nan.AsUInt32(), 10).AsSingle(), min).AsByte();
        }
        return Portable.F32x4Min(a, b);
    }

    [MethodImpl(Inline)]
    public static Vector128<byte> F32x4Max(Vector128<byte> a, Vector128<byte> b)
    {
        if (Sse2.IsSupported)
        {
            var x = a.AsSingle();
            var y = b.AsSingle();
            var nan = Sse.CompareUnordered(x, y);
            var max = Sse.Or(Sse.And(Sse.Max(x, y), Sse.Max(y, x)), nan);
            return Sse.AndNot(Sse2.ShiftRightLogical(nan.AsUInt32(), 10).AsSingle(), max).AsByte();
        }
        return Portable.F32x4Max(a, b);
    }

    [MethodImpl(Inline)]
    public static Vector128<byte> F64x2Min(Vector128<byte> a, Vector128<byte> b)
    {
        if (Sse2.IsSupported)
        {
            var x = a.AsDouble();
            var y = b.AsDouble();
            var nan = Sse2.CompareUnordered(x, y);
            var min = Sse2.Or(Sse2.Or(Sse2.Min(x, y), Sse2.Min(y, x)), nan);
            return Sse2.AndNot(Sse2.ShiftRightLogical(nan.AsUInt64(), 13).AsDouble(), min).AsByte();
        }
        return Portable.F64x2Min(a, b);
    }

    [MethodImpl(Inline)]
    public static Vector128<byte> F64x2Max(Vector128<byte> a, Vector128<byte> b)
    {
        if (Sse2.IsSupported)
        {
            var x = a.AsDouble();
            var y = b.AsDouble();
            var nan = Sse2.CompareUnordered(x, y);
            var max = Sse2.Or(Sse2.And(Sse2.Max(x, y), Sse2.Max(y, x)), nan);
            return Sse2.AndNot(Sse2.ShiftRightLogical(nan.AsUInt64(), 13).AsDouble(), max).AsByte();
        }
        return Portable.F64x2Max(a, b);
    }

    // pmin is b < a ? b : a and pmax is a < b ? b : a, NaNs and zeros included: minps(b, a) and
    // maxps(b, a) exactly (the first operand when the comparison holds, else the second).

    [MethodImpl(Inline)]
    public static Vector128<byte> F32x4Pmin(Vector128<byte> a, Vector128<byte> b) =>
        Sse.IsSupported ? Sse.Min(b.AsSingle(), a.AsSingle()).AsByte() : Portable.F32x4Pmin(a, b);

    [MethodImpl(Inline)]
    public static Vector128<byte> F32x4Pmax(Vector128<byte> a, Vector128<byte> b) =>
        Sse.IsSupported ? Sse.Max(b.AsSingle(), a.AsSingle()).AsByte() : Portable.F32x4Pmax(a, b);

    [MethodImpl(Inline)]
    public static Vector128<byte> F64x2Pmin(Vector128<byte> a, Vector128<byte> b) =>
        Sse2.IsSupported ? Sse2.Min(b.AsDouble(), a.AsDouble()).AsByte() : Portable.F64x2Pmin(a, b);

    [MethodImpl(Inline)]
    public static Vector128<byte> F64x2Pmax(Vector128<byte> a, Vector128<byte> b) =>
        Sse2.IsSupported ? Sse2.Max(b.AsDouble(), a.AsDouble()).AsByte() : Portable.F64x2Pmax(a, b);

    internal static partial class Portable
    {
        // Where neither lane is less than the other they are equal (their bits OR or AND to the
        // right zero, and are the same otherwise) or one is a NaN, replaced at the end.

        [MethodImpl(Inline)]
        public static Vector128<byte> F32x4Min(Vector128<byte> a, Vector128<byte> b)
        {
            var x = a.AsSingle();
            var y = b.AsSingle();
            var min = Vector128.ConditionalSelect(Vector128.LessThan(x, y), x,
                Vector128.ConditionalSelect(Vector128.LessThan(y, x), y, x | y));
            var ordered = Vector128.Equals(x, x) & Vector128.Equals(y, y);
            return Vector128.ConditionalSelect(ordered, min, Vector128.Create(F32CanonicalNaN).AsSingle()).AsByte();
        }

        [MethodImpl(Inline)]
        public static Vector128<byte> F32x4Max(Vector128<byte> a, Vector128<byte> b)
        {
            var x = a.AsSingle();
            var y = b.AsSingle();
            var max = Vector128.ConditionalSelect(Vector128.GreaterThan(x, y), x,
                Vector128.ConditionalSelect(Vector128.GreaterThan(y, x), y, x & y));
            var ordered = Vector128.Equals(x, x) & Vector128.Equals(y, y);
            return Vector128.ConditionalSelect(ordered, max, Vector128.Create(F32CanonicalNaN).AsSingle()).AsByte();
        }

        [MethodImpl(Inline)]
        public static Vector128<byte> F64x2Min(Vector128<byte> a, Vector128<byte> b)
        {
            var x = a.AsDouble();
            var y = b.AsDouble();
            var min = Vector128.ConditionalSelect(Vector128.LessThan(x, y), x,
                Vector128.ConditionalSelect(Vector128.LessThan(y, x), y, x | y));
            var ordered = Vector128.Equals(x, x) & Vector128.Equals(y, y);
            return Vector128.ConditionalSelect(ordered, min, Vector128.Create(F64CanonicalNaN).AsDouble()).AsByte();
        }

        [MethodImpl(Inline)]
        public static Vector128<byte> F64x2Max(Vector128<byte> a, Vector128<byte> b)
        {
            var x = a.AsDouble();
            var y = b.AsDouble();
            var max = Vector128.ConditionalSelect(Vector128.GreaterThan(x, y), x,
                Vector128.ConditionalSelect(Vector128.GreaterThan(y, x), y, x & y));
            var ordered = Vector128.Equals(x, x) & Vector128.Equals(y, y);
            return Vector128.ConditionalSelect(ordered, max, Vector128.Create(F64CanonicalNaN).AsDouble()).AsByte();
        }

        [MethodImpl(Inline)]
        public static Vector128<byte> F32x4Pmin(Vector128<byte> a, Vector128<byte> b) =>
            Vector128.ConditionalSelect(Vector128.LessThan(b.AsSingle(), a.AsSingle()), b.AsSingle(), a.AsSingle()).AsByte();

        [MethodImpl(Inline)]
        public static Vector128<byte> F32x4Pmax(Vector128<byte> a, Vector128<byte> b) =>
            Vector128.ConditionalSelect(Vector128.LessThan(a.AsSingle(), b.AsSingle()), b.AsSingle(), a.AsSingle()).AsByte();

        [MethodImpl(Inline)]
        public static Vector128<byte> F64x2Pmin(Vector128<byte> a, Vector128<byte> b) =>
            Vector128.ConditionalSelect(Vector128.LessThan(b.AsDouble(), a.AsDouble()), b.AsDouble(), a.AsDouble()).AsByte();

        [MethodImpl(Inline)]
        public static Vector128<byte> F64x2Pmax(Vector128<byte> a, Vector128<byte> b) =>
            Vector128.ConditionalSelect(Vector128.LessThan(a.AsDouble(), b.AsDouble()), b.AsDouble(), a.AsDouble()).AsByte();
    }
}
