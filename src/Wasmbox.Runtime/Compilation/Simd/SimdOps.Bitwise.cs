using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Wasmbox.Runtime.Compilation;

// Whole-vector bit operations and the reductions to an i32. The JIT makes each of these the
// instruction or two one would write by hand (ptest, pcmpeq+ptest, pmovmskb/movmskps/movmskpd).
internal static partial class SimdOps
{
    [MethodImpl(Inline)] public static Vector128<byte> V128Not(Vector128<byte> v) => ~v;
    [MethodImpl(Inline)] public static Vector128<byte> V128And(Vector128<byte> a, Vector128<byte> b) => a & b;
    [MethodImpl(Inline)] public static Vector128<byte> V128Andnot(Vector128<byte> a, Vector128<byte> b) => Vector128.AndNot(a, b);
    [MethodImpl(Inline)] public static Vector128<byte> V128Or(Vector128<byte> a, Vector128<byte> b) => a | b;
    [MethodImpl(Inline)] public static Vector128<byte> V128Xor(Vector128<byte> a, Vector128<byte> b) => a ^ b;

    // ConditionalSelect is bitwise, (v1 & c) | (v2 & ~c); the JIT uses a blend only for
    // conditions it knows are whole-lane masks, which c need not be.
    [MethodImpl(Inline)] public static Vector128<byte> V128Bitselect(Vector128<byte> v1, Vector128<byte> v2, Vector128<byte> c) => Vector128.ConditionalSelect(c, v1, v2);

    [MethodImpl(Inline)] public static int V128AnyTrue(Vector128<byte> v) => v != Vector128<byte>.Zero ? 1 : 0;

    [MethodImpl(Inline)] public static int I8x16AllTrue(Vector128<byte> v) => Vector128.EqualsAny(v, Vector128<byte>.Zero) ? 0 : 1;
    [MethodImpl(Inline)] public static int I16x8AllTrue(Vector128<byte> v) => Vector128.EqualsAny(v.AsUInt16(), Vector128<ushort>.Zero) ? 0 : 1;
    [MethodImpl(Inline)] public static int I32x4AllTrue(Vector128<byte> v) => Vector128.EqualsAny(v.AsUInt32(), Vector128<uint>.Zero) ? 0 : 1;
    [MethodImpl(Inline)] public static int I64x2AllTrue(Vector128<byte> v) => Vector128.EqualsAny(v.AsUInt64(), Vector128<ulong>.Zero) ? 0 : 1;

    [MethodImpl(Inline)] public static int I8x16Bitmask(Vector128<byte> v) => (int)Vector128.ExtractMostSignificantBits(v);
    [MethodImpl(Inline)] public static int I16x8Bitmask(Vector128<byte> v) => (int)Vector128.ExtractMostSignificantBits(v.AsUInt16());
    [MethodImpl(Inline)] public static int I32x4Bitmask(Vector128<byte> v) => (int)Vector128.ExtractMostSignificantBits(v.AsUInt32());
    [MethodImpl(Inline)] public static int I64x2Bitmask(Vector128<byte> v) => (int)Vector128.ExtractMostSignificantBits(v.AsUInt64());
}
