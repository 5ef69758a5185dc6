using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Wasmbox.Runtime.Compilation;

// Splats, lane access and the two byte permutations. A lane index is always a constant once the
// method is inlined (and validated), so GetElement and WithElement become one pextr/pinsr. The
// index is masked all the same: free for a constant, and it spares the JIT's range check, the
// one way these methods could throw (were a lane ever not a constant).
internal static partial class SimdOps
{
    [MethodImpl(Inline)] public static Vector128<byte> I8x16Splat(int x) => Vector128.Create((byte)x);
    [MethodImpl(Inline)] public static Vector128<byte> I16x8Splat(int x) => Vector128.Create((ushort)x).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4Splat(int x) => Vector128.Create(x).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2Splat(long x) => Vector128.Create(x).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4Splat(float x) => Vector128.Create(x).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2Splat(double x) => Vector128.Create(x).AsByte();

    [MethodImpl(Inline)] public static int I8x16ExtractLaneS(Vector128<byte> v, int lane) => v.AsSByte().GetElement(lane & 15);
    [MethodImpl(Inline)] public static int I8x16ExtractLaneU(Vector128<byte> v, int lane) => v.GetElement(lane & 15);
    [MethodImpl(Inline)] public static int I16x8ExtractLaneS(Vector128<byte> v, int lane) => v.AsInt16().GetElement(lane & 7);
    [MethodImpl(Inline)] public static int I16x8ExtractLaneU(Vector128<byte> v, int lane) => v.AsUInt16().GetElement(lane & 7);
    [MethodImpl(Inline)] public static int I32x4ExtractLane(Vector128<byte> v, int lane) => v.AsInt32().GetElement(lane & 3);
    [MethodImpl(Inline)] public static long I64x2ExtractLane(Vector128<byte> v, int lane) => v.AsInt64().GetElement(lane & 1);
    [MethodImpl(Inline)] public static float F32x4ExtractLane(Vector128<byte> v, int lane) => v.AsSingle().GetElement(lane & 3);
    [MethodImpl(Inline)] public static double F64x2ExtractLane(Vector128<byte> v, int lane) => v.AsDouble().GetElement(lane & 1);

    [MethodImpl(Inline)] public static Vector128<byte> I8x16ReplaceLane(Vector128<byte> v, int x, int lane) => v.WithElement(lane & 15, (byte)x);
    [MethodImpl(Inline)] public static Vector128<byte> I16x8ReplaceLane(Vector128<byte> v, int x, int lane) => v.AsUInt16().WithElement(lane & 7, (ushort)x).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I32x4ReplaceLane(Vector128<byte> v, int x, int lane) => v.AsInt32().WithElement(lane & 3, x).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> I64x2ReplaceLane(Vector128<byte> v, long x, int lane) => v.AsInt64().WithElement(lane & 1, x).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F32x4ReplaceLane(Vector128<byte> v, float x, int lane) => v.AsSingle().WithElement(lane & 3, x).AsByte();
    [MethodImpl(Inline)] public static Vector128<byte> F64x2ReplaceLane(Vector128<byte> v, double x, int lane) => v.AsDouble().WithElement(lane & 1, x).AsByte();

    /// <summary>result[i] = (a‖b)[lanes[i]], each of <paramref name="lanes"/> in 0..31.</summary>
    [MethodImpl(Inline)]
    public static Vector128<byte> I8x16Shuffle(Vector128<byte> a, Vector128<byte> b, Vector128<byte> lanes)
    {
        if (Ssse3.IsSupported)
        {
            // pshufb reads the low four bits of an index and gives 0 where bit 7 is set. 0..31 plus
            // 0x70 keeps bit 7 clear for a's lanes (0..15) and sets it for b's; flipping bit 7
            // swaps the two. With constant lanes both index vectors are constants.
            var fromA = lanes + Vector128.Create((byte)0x70);
            return Ssse3.Shuffle(a, fromA) | Ssse3.Shuffle(b, fromA ^ Vector128.Create((byte)0x80));
        }
        return Portable.I8x16Shuffle(a, b, lanes);
    }

    /// <summary>result[i] = s[i] &lt; 16 ? a[s[i]] : 0, with s unsigned.</summary>
    [MethodImpl(Inline)]
    public static Vector128<byte> I8x16Swizzle(Vector128<byte> a, Vector128<byte> s)
    {
        // Saturating 0x70 onto an index sets bit 7 (pshufb's zero) exactly for 16..255.
        if (Ssse3.IsSupported) return Ssse3.Shuffle(a, Sse2.AddSaturate(s, Vector128.Create((byte)0x70)));
        return Portable.I8x16Swizzle(a, s);
    }

    internal static partial class Portable
    {
        // Vector128.Shuffle gives 0 for an index past the last lane, on every host; 0..15 minus 16
        // wraps to 240..255, out of range for b.
        [MethodImpl(Inline)]
        public static Vector128<byte> I8x16Shuffle(Vector128<byte> a, Vector128<byte> b, Vector128<byte> lanes) =>
            Vector128.Shuffle(a, lanes) | Vector128.Shuffle(b, lanes - Vector128.Create((byte)16));

        [MethodImpl(Inline)] public static Vector128<byte> I8x16Swizzle(Vector128<byte> a, Vector128<byte> s) => Vector128.Shuffle(a, s);
    }
}
