using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Wasmbox.Runtime.Compilation;

// The SIMD loads and stores other than v128.load/store, at a native address the caller has
// already bounds-checked (and that need not be aligned). Each touches exactly the bytes Wasm
// names: a lane access reads or writes only that lane, a splat or zero-extending load only its
// scalar, since what follows may be unmapped. Lane indices are masked as in SimdOps.Lanes.cs.
internal static partial class SimdOps
{
    // pmovsx/pmovzx with a memory operand read exactly 8 bytes, unaligned.
    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load8x8S(nint address) => Sse41.IsSupported ? Sse41.ConvertToVector128Int16((sbyte*)address).AsByte() : Portable.V128Load8x8S(address);
    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load8x8U(nint address) => Sse41.IsSupported ? Sse41.ConvertToVector128Int16((byte*)address).AsByte() : Portable.V128Load8x8U(address);
    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load16x4S(nint address) => Sse41.IsSupported ? Sse41.ConvertToVector128Int32((short*)address).AsByte() : Portable.V128Load16x4S(address);
    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load16x4U(nint address) => Sse41.IsSupported ? Sse41.ConvertToVector128Int32((ushort*)address).AsByte() : Portable.V128Load16x4U(address);
    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load32x2S(nint address) => Sse41.IsSupported ? Sse41.ConvertToVector128Int64((int*)address).AsByte() : Portable.V128Load32x2S(address);
    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load32x2U(nint address) => Sse41.IsSupported ? Sse41.ConvertToVector128Int64((uint*)address).AsByte() : Portable.V128Load32x2U(address);

    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load8Splat(nint address) => Vector128.Create(*(byte*)address);
    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load16Splat(nint address) => Vector128.Create(Unsafe.ReadUnaligned<ushort>((void*)address)).AsByte();
    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load32Splat(nint address) => Vector128.Create(Unsafe.ReadUnaligned<uint>((void*)address)).AsByte();
    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load64Splat(nint address) => Vector128.Create(Unsafe.ReadUnaligned<ulong>((void*)address)).AsByte();

    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load32Zero(nint address) => Vector128.CreateScalar(Unsafe.ReadUnaligned<uint>((void*)address)).AsByte();
    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load64Zero(nint address) => Vector128.CreateScalar(Unsafe.ReadUnaligned<ulong>((void*)address)).AsByte();

    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load8Lane(nint address, Vector128<byte> v, int lane) => v.WithElement(lane & 15, *(byte*)address);
    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load16Lane(nint address, Vector128<byte> v, int lane) => v.AsUInt16().WithElement(lane & 7, Unsafe.ReadUnaligned<ushort>((void*)address)).AsByte();
    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load32Lane(nint address, Vector128<byte> v, int lane) => v.AsUInt32().WithElement(lane & 3, Unsafe.ReadUnaligned<uint>((void*)address)).AsByte();
    [MethodImpl(Inline)] public static unsafe Vector128<byte> V128Load64Lane(nint address, Vector128<byte> v, int lane) => v.AsUInt64().WithElement(lane & 1, Unsafe.ReadUnaligned<ulong>((void*)address)).AsByte();

    [MethodImpl(Inline)] public static unsafe void V128Store8Lane(nint address, Vector128<byte> v, int lane) => *(byte*)address = v.GetElement(lane & 15);
    [MethodImpl(Inline)] public static unsafe void V128Store16Lane(nint address, Vector128<byte> v, int lane) => Unsafe.WriteUnaligned((void*)address, v.AsUInt16().GetElement(lane & 7));
    [MethodImpl(Inline)] public static unsafe void V128Store32Lane(nint address, Vector128<byte> v, int lane) => Unsafe.WriteUnaligned((void*)address, v.AsUInt32().GetElement(lane & 3));
    [MethodImpl(Inline)] public static unsafe void V128Store64Lane(nint address, Vector128<byte> v, int lane) => Unsafe.WriteUnaligned((void*)address, v.AsUInt64().GetElement(lane & 1));

    internal static partial class Portable
    {
        [MethodImpl(Inline)] public static Vector128<byte> V128Load8x8S(nint address) => Vector128.WidenLower(Low64(address).AsSByte()).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> V128Load8x8U(nint address) => Vector128.WidenLower(Low64(address).AsByte()).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> V128Load16x4S(nint address) => Vector128.WidenLower(Low64(address).AsInt16()).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> V128Load16x4U(nint address) => Vector128.WidenLower(Low64(address).AsUInt16()).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> V128Load32x2S(nint address) => Vector128.WidenLower(Low64(address).AsInt32()).AsByte();
        [MethodImpl(Inline)] public static Vector128<byte> V128Load32x2U(nint address) => Vector128.WidenLower(Low64(address).AsUInt32()).AsByte();

        [MethodImpl(Inline)] private static unsafe Vector128<ulong> Low64(nint address) => Vector128.CreateScalar(Unsafe.ReadUnaligned<ulong>((void*)address));
    }
}
