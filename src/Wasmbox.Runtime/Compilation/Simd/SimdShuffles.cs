using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// Cheaper forms of i8x16.shuffle, which the compiler picks from the shuffle's constant lanes
/// (<see cref="ShufflePattern"/>): the general form costs two pshufb and a por, while compilers
/// mostly emit shuffles that read one operand (clang's byte rotations and broadcasts) or a
/// window of the two (a byte shift across them: palignr).
/// </summary>
internal static class SimdShuffles
{
    /// <summary>result[i] = v[lanes[i]], each of <paramref name="lanes"/> in 0..15.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> FromOne(Vector128<byte> v, Vector128<byte> lanes) =>
        Ssse3.IsSupported ? Ssse3.Shuffle(v, lanes) : Vector128.Shuffle(v, lanes);

    /// <summary>result[i] = (a‖b)[start + i], <paramref name="start"/> in 1..15: bytes start..15 of a, then the first of b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Window(Vector128<byte> a, Vector128<byte> b, int start)
    {
        // start is the ldc.i4 the compiler emits before the call: a constant once inlined.
#pragma warning disable CA1857
        if (Ssse3.IsSupported) return Ssse3.AlignRight(b, a, (byte)start);
#pragma warning restore CA1857
        var lanes = Vector128.Create((byte)start) + Vector128.Create((byte)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        return SimdOps.Portable.I8x16Shuffle(a, b, lanes);
    }
}

/// <summary>What an i8x16.shuffle's 16 constant lane indices (0..31) amount to.</summary>
internal readonly record struct ShufflePattern(ShufflePattern.Kinds Kind, int Start)
{
    public enum Kinds
    {
        /// <summary>Lanes from both operands in no simpler order.</summary>
        General,
        /// <summary>The first operand as it is.</summary>
        First,
        /// <summary>The second operand as it is.</summary>
        Second,
        /// <summary>Lanes of the first operand only.</summary>
        FromFirst,
        /// <summary>Lanes of the second operand only.</summary>
        FromSecond,
        /// <summary>Sixteen consecutive bytes of the two, from <see cref="Start"/> (1..15).</summary>
        Window,
    }

    /// <summary>The pattern of the lanes held little-endian in <paramref name="low"/> (lanes 0-7) and <paramref name="high"/>.</summary>
    public static ShufflePattern Of(ulong low, ulong high)
    {
        Span<byte> lanes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(lanes, low);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(lanes[8..], high);
        var consecutive = true;
        for (var i = 1; i < 16; i++) consecutive &= lanes[i] == lanes[0] + i;
        if (consecutive)
        {
            return lanes[0] switch
            {
                0 => new(Kinds.First, 0),
                16 => new(Kinds.Second, 0),
                _ => new(Kinds.Window, lanes[0]),
            };
        }
        var allFirst = true;
        var allSecond = true;
        foreach (var lane in lanes)
        {
            allFirst &= lane < 16;
            allSecond &= lane >= 16;
        }
        return allFirst ? new(Kinds.FromFirst, 0) : allSecond ? new(Kinds.FromSecond, 0) : new(Kinds.General, 0);
    }
}
