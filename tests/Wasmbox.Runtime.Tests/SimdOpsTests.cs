using System.Buffers.Binary;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Wasmbox.Runtime.Binary;
using Wasmbox.Runtime.Compilation;

namespace Wasmbox.Runtime.Tests;

/// <summary>
/// <see cref="SimdOps"/>, the semantics compiled SIMD code calls, against a scalar reference
/// written here from the spec (and the reference interpreter's v128.ml): on the edge cases Wasm
/// pins down, and on a few thousand random inputs per operation, biased to the values where
/// hardware and Wasm part ways. Every operation runs twice where it has two paths: the method the
/// compiler calls (on an x86 host, its x86 path) and its <see cref="SimdOps.Portable"/> namesake,
/// so both are checked against the same reference on one host. Float results follow Wasm's NaN
/// rule: a lane whose result is a NaN must be a canonical NaN when every NaN operand of that lane
/// is canonical, and otherwise an arithmetic (quiet) one; everything else is bit for bit.
/// </summary>
public sealed class SimdOpsTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private const int RandomCases = 2500;

    private static readonly string[] WithoutMethod = ["V128Load", "V128Store", "V128Const"];

    private static IEnumerable<string> SimdOperationNames() =>
        Enum.GetValues<Opcode>().Where(o => (ushort)o >> 8 == 0xFD).Select(o => o.ToString()).Where(n => !WithoutMethod.Contains(n));

    private static bool IsMemory(string name) => name.StartsWith("V128Load", StringComparison.Ordinal) || name.StartsWith("V128Store", StringComparison.Ordinal);

    public static TheoryData<string> ComputeOperations()
    {
        var data = new TheoryData<string>();
        foreach (var name in SimdOperationNames().Where(n => !IsMemory(n))) data.Add(name);
        return data;
    }

    private static MethodInfo Method(string name) =>
        typeof(SimdOps).GetMethod(name, Declared) ?? throw new InvalidOperationException($"SimdOps has no {name}");

    /// <summary>The method the compiler calls, then the portable one when there is one.</summary>
    private static List<MethodInfo> Implementations(string name)
    {
        var list = new List<MethodInfo> { Method(name) };
        if (typeof(SimdOps.Portable).GetMethod(name, Declared) is { } portable) list.Add(portable);
        return list;
    }

    // ---- The contract with the compiler ----

    [Fact]
    public void EverySimdOpcodeHasExactlyOneMethodOfItsShape()
    {
        var names = SimdOperationNames().ToList();
        Assert.Equal(233, names.Count);
        var problems = new List<string>();
        foreach (var name in names)
        {
            var members = typeof(SimdOps).GetMember(name, Declared);
            if (members.Length != 1 || members[0] is not MethodInfo method)
            {
                problems.Add($"{name}: {members.Length} members");
                continue;
            }
            if (!method.IsPublic && !method.IsAssembly) problems.Add($"{name}: neither public nor internal");
            if (!method.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveInlining)) problems.Add($"{name}: not AggressiveInlining");
            // Found the way the compiler finds it.
            if (typeof(SimdOps).GetMethod(name) is null && typeof(SimdOps).GetMethod(name, BindingFlags.Static | BindingFlags.NonPublic) is null)
                problems.Add($"{name}: not found by GetMethod");
            var (parameters, result) = ExpectedSignature(name);
            var actual = method.GetParameters().Select(p => p.ParameterType).ToArray();
            if (!actual.SequenceEqual(parameters) || method.ReturnType != result)
                problems.Add($"{name}: ({string.Join(", ", actual.Select(t => t.Name))}) -> {method.ReturnType.Name}, expected ({string.Join(", ", parameters.Select(t => t.Name))}) -> {result.Name}");
        }
        foreach (var portable in typeof(SimdOps.Portable).GetMethods(Declared).Where(m => m.IsPublic))
        {
            if (!names.Contains(portable.Name)) { problems.Add($"Portable.{portable.Name}: no such opcode"); continue; }
            var main = Method(portable.Name);
            if (!portable.GetParameters().Select(p => p.ParameterType).SequenceEqual(main.GetParameters().Select(p => p.ParameterType)) || portable.ReturnType != main.ReturnType)
                problems.Add($"Portable.{portable.Name}: signature differs from SimdOps.{portable.Name}");
            if (!portable.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveInlining)) problems.Add($"Portable.{portable.Name}: not AggressiveInlining");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static readonly string[] UnaryMarkers =
        ["Not", "Abs", "Neg", "Popcnt", "Sqrt", "Ceil", "Floor", "Trunc", "Nearest", "Extend", "ExtaddPairwise", "Convert", "Demote", "Promote"];

    private static (Type[] Parameters, Type Result) ExpectedSignature(string name)
    {
        var v = typeof(Vector128<byte>);
        if (name.StartsWith("V128Store", StringComparison.Ordinal)) return ([typeof(nint), v, typeof(int)], typeof(void));
        if (name.StartsWith("V128Load", StringComparison.Ordinal))
            return name.EndsWith("Lane", StringComparison.Ordinal) ? ([typeof(nint), v, typeof(int)], v) : ([typeof(nint)], v);
        var scalar = Scalar(name);
        if (name.EndsWith("Splat", StringComparison.Ordinal)) return ([scalar], v);
        if (name.Contains("ExtractLane", StringComparison.Ordinal)) return ([v, typeof(int)], scalar);
        if (name.EndsWith("ReplaceLane", StringComparison.Ordinal)) return ([v, scalar, typeof(int)], v);
        if (name is "I8x16Shuffle" or "V128Bitselect") return ([v, v, v], v);
        if (name.EndsWith("Shl", StringComparison.Ordinal) || name.EndsWith("ShrS", StringComparison.Ordinal) || name.EndsWith("ShrU", StringComparison.Ordinal)) return ([v, typeof(int)], v);
        if (name.EndsWith("AnyTrue", StringComparison.Ordinal) || name.EndsWith("AllTrue", StringComparison.Ordinal) || name.EndsWith("Bitmask", StringComparison.Ordinal)) return ([v], typeof(int));
        return UnaryMarkers.Any(m => name.Contains(m, StringComparison.Ordinal)) ? ([v], v) : ([v, v], v);
    }

    private static Type Scalar(string name) => name[..3] switch
    {
        "I64" => typeof(long),
        "F32" => typeof(float),
        "F64" => typeof(double),
        _ => typeof(int),
    };

    private static int LaneCount(string name) =>
        name.StartsWith("I8x16", StringComparison.Ordinal) ? 16 : name.StartsWith("I16x8", StringComparison.Ordinal) ? 8
        : name.StartsWith("I64x2", StringComparison.Ordinal) || name.StartsWith("F64x2", StringComparison.Ordinal) ? 2 : 4;

    // ---- Every operation against the reference on random inputs ----

    [Theory]
    [MemberData(nameof(ComputeOperations))]
    public void MatchesTheReferenceOnRandomInputs(string name)
    {
        Assert.True(References.TryGetValue(name, out var reference), $"no reference for {name}");
        var implementations = Implementations(name);
        var parameters = implementations[0].GetParameters();
        var rng = new Random(StableSeed(name));
        var failures = new List<string>();
        for (var i = 0; i < RandomCases && failures.Count < 5; i++)
        {
            var args = parameters.Select(p => Generate(p, name, rng)).ToArray();
            var expected = reference(args);
            foreach (var method in implementations)
            {
                var actual = method.Invoke(null, args)!;
                if (Mismatch(expected, actual) is { } why)
                    failures.Add($"{method.DeclaringType!.Name}.{name}({string.Join(", ", args.Select(Show))}): {why}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static int StableSeed(string name)
    {
        var seed = 17;
        foreach (var c in name) seed = seed * 31 + c;
        return seed;
    }

    // ---- Edge cases, spelled out ----

    [Fact]
    public void FloatMinAndMaxOrderZerosAndReturnNaNs()
    {
        var zeros = F32(0f, -0f, 0f, -0f);
        var swapped = F32(-0f, 0f, 0f, -0f);
        ExpectBits("F32x4Min", F32(-0f, -0f, 0f, -0f), zeros, swapped);
        ExpectBits("F32x4Max", F32(0f, 0f, 0f, -0f), zeros, swapped);
        ExpectBits("F64x2Min", F64(-0.0, -0.0), F64(0.0, -0.0), F64(-0.0, 0.0));
        ExpectBits("F64x2Max", F64(0.0, 0.0), F64(0.0, -0.0), F64(-0.0, 0.0));
        ExpectBits("F32x4Min", F32(-1f, 1f, float.NegativeInfinity, -3f), F32(-1f, 2f, 5f, -3f), F32(3f, 1f, float.NegativeInfinity, 7f));
        ExpectBits("F32x4Max", F32(3f, 2f, 5f, 7f), F32(-1f, 2f, 5f, -3f), F32(3f, 1f, float.NegativeInfinity, 7f));

        // A NaN in either operand gives a NaN: canonical from canonical operands, at least quiet
        // from a signalling one (0x7FA00000) or one with a payload (0x7FC00001).
        var nans = F32Bits(0x7FC00000, 0x7FA00000, 0xFFC00000, 0x7FC00001);
        foreach (var op in new[] { "F32x4Min", "F32x4Max" })
        {
            ExpectNaNs(op, 32, [true, false, true, false], nans, F32(1f, -0f, float.NaN, 0f));
            ExpectNaNs(op, 32, [true, false, true, false], F32(1f, -0f, float.NaN, 0f), nans);
        }
        var nans64 = F64Bits(0x7FF8000000000000, 0x7FF4000000000000);
        foreach (var op in new[] { "F64x2Min", "F64x2Max" })
        {
            ExpectNaNs(op, 64, [true, false], nans64, F64(-0.0, double.PositiveInfinity));
            ExpectNaNs(op, 64, [true, false], F64(-0.0, double.PositiveInfinity), nans64);
        }
    }

    [Fact]
    public void PseudoMinAndMaxAreTheirComparisonsExactly()
    {
        var snan = BitConverter.UInt32BitsToSingle(0x7FA00000);
        var a = F32(float.NaN, 1f, -0f, 0f);
        var b = F32(1f, snan, 0f, -0f);
        // pmin = b < a ? b : a, pmax = a < b ? b : a: a NaN compares false, so a comes back as is.
        ExpectBits("F32x4Pmin", a, a, b);
        ExpectBits("F32x4Pmax", a, a, b);
        ExpectBits("F32x4Pmin", F32(1f, snan, 0f, -0f), b, a);
        ExpectBits("F32x4Pmin", F32(-2f, 1f, -5f, 3f), F32(-2f, 1f, 2f, 3f), F32(4f, 1f, -5f, 3f));
        ExpectBits("F32x4Pmax", F32(4f, 1f, 2f, 3f), F32(-2f, 1f, 2f, 3f), F32(4f, 1f, -5f, 3f));
        ExpectBits("F64x2Pmin", F64(-0.0, double.NaN), F64(-0.0, double.NaN), F64(0.0, 1.0));
        ExpectBits("F64x2Pmax", F64(0.0, 1.0), F64(0.0, 1.0), F64(-0.0, double.NaN));
    }

    [Fact]
    public void NearestRoundsHalfToEven()
    {
        ExpectBits("F32x4Nearest", F32(2f, -2f, 0f, -0f), F32(2.5f, -2.5f, 0.5f, -0.5f));
        ExpectBits("F32x4Nearest", F32(2f, 4f, -4f, 8388609f), F32(1.5f, 3.5f, -3.5f, 8388609f));
        ExpectBits("F64x2Nearest", F64(2.0, -2.0), F64(2.5, -2.5));
        ExpectBits("F64x2Nearest", F64(0.0, -0.0), F64(0.5, -0.5));
        ExpectBits("F32x4Ceil", F32(-0f, 1f, -1f, 2f), F32(-0.5f, 0.5f, -1.5f, 1.0000001f));
        ExpectBits("F32x4Floor", F32(-1f, 0f, -2f, -0f), F32(-0.5f, 0.5f, -1.5f, -0f));
        ExpectBits("F64x2Trunc", F64(-0.0, 1.0), F64(-0.9, 1.9));
        ExpectNaNs("F32x4Nearest", 32, [false, true, true, false], F32Bits(0x7FA00000, 0x7FC00000, 0xFFC00000, 0x7FC00001));
    }

    [Fact]
    public void TruncSatSaturatesAndTakesNaNToZero()
    {
        ExpectBits("I32x4TruncSatF32x4S", I32(0, int.MaxValue, int.MinValue, -1), F32(float.NaN, 3e9f, -3e9f, -1.9f));
        ExpectBits("I32x4TruncSatF32x4S", I32(int.MaxValue, int.MinValue, 2147483520, -2147483520), F32(float.PositiveInfinity, float.NegativeInfinity, 2147483520f, -2147483520f));
        ExpectBits("I32x4TruncSatF32x4U", I32(0, -1, 0, 0), F32(float.NaN, 5e9f, -1f, -0.9f));
        ExpectBits("I32x4TruncSatF32x4U", I32(-256, int.MinValue, 0, -1), F32(4294967040f, 2147483648f, float.NegativeInfinity, float.PositiveInfinity));
        ExpectBits("I32x4TruncSatF32x4U", I32(int.MinValue + 256, 2147483520, 1, 0), F32(2147483904f, 2147483520f, 1.9f, BitConverter.UInt32BitsToSingle(0x7FA00000)));
        ExpectBits("I32x4TruncSatF64x2SZero", I32(int.MaxValue, int.MinValue, 0, 0), F64(2147483647.9, -2147483648.9));
        ExpectBits("I32x4TruncSatF64x2SZero", I32(0, int.MinValue, 0, 0), F64(double.NaN, -2147483649.0));
        ExpectBits("I32x4TruncSatF64x2SZero", I32(int.MaxValue, -7, 0, 0), F64(1e300, -7.9));
        ExpectBits("I32x4TruncSatF64x2UZero", I32(-1, 0, 0, 0), F64(4294967295.9, -0.9));
        ExpectBits("I32x4TruncSatF64x2UZero", I32(0, -1, 0, 0), F64(double.NaN, 4294967296.0));
        ExpectBits("I32x4TruncSatF64x2UZero", I32(0, int.MinValue, 0, 0), F64(double.NegativeInfinity, 2147483648.5));
    }

    [Fact]
    public void ConversionsRoundOnce()
    {
        ExpectBits("F32x4ConvertI32x4U", F32(4294967296f, 2147483648f, 2147483904f, 16777216f), I32(-1, unchecked((int)0x80000080), unchecked((int)0x80000081), 16777217));
        ExpectBits("F32x4ConvertI32x4S", F32(-2147483648f, 16777216f, -16777216f, 2147483648f), I32(int.MinValue, 16777217, -16777217, int.MaxValue));
        ExpectBits("F64x2ConvertLowI32x4U", F64(4294967295.0, 2147483648.0), I32(-1, int.MinValue, 5, 6));
        ExpectBits("F64x2ConvertLowI32x4S", F64(-1.0, -2147483648.0), I32(-1, int.MinValue, 5, 6));
        // 1 + 2^-24 is halfway between two floats and goes to the even one; past float's range is infinity.
        ExpectBits("F32x4DemoteF64x2Zero", F32(1f, float.PositiveInfinity, 0f, 0f), F64(1.0000000596046448, 1e300));
        ExpectBits("F32x4DemoteF64x2Zero", F32(1.0000002f, -0f, 0f, 0f), F64(1.0000001788139343, -1e-50));
        ExpectNaNs("F32x4DemoteF64x2Zero", 32, [true, false, null, null], F64Bits(0x7FF8000000000000, 0x7FF4000000000000));
        ExpectNaNs("F64x2PromoteLowF32x4", 64, [true, false], F32Bits(0xFFC00000, 0x7F800001, 0, 0));
    }

    [Fact]
    public void Q15MulrSaturatesOnlyTheMinimumSquared()
    {
        ExpectBits("I16x8Q15mulrSatS", I16(32767, -32767, 8192, 1, 0, -1, 32766, -32767),
            I16(-32768, -32768, 16384, 1, -1, -2, 32767, 32767),
            I16(-32768, 32767, 16384, 16384, 16384, 16384, 32767, -32768));
    }

    [Fact]
    public void ShuffleAndSwizzleIndices()
    {
        var a = Bytes(Enumerable.Range(0, 16).Select(i => 100 + i).ToArray());
        var b = Bytes(Enumerable.Range(0, 16).Select(i => 200 + i).ToArray());
        ExpectBits("I8x16Shuffle", Bytes(200, 215, 100, 115, 201, 101, 214, 100, 100, 200, 215, 115, 202, 203, 104, 105),
            a, b, Bytes(16, 31, 0, 15, 17, 1, 30, 0, 0, 16, 31, 15, 18, 19, 4, 5));
        ExpectBits("I8x16Swizzle", Bytes(115, 0, 0, 0, 0, 0, 100, 101, 0, 0, 0, 0, 114, 0, 0, 0),
            a, Bytes(15, 16, 0x70, 0x80, 0xFF, 0x7F, 0, 1, 0x8F, 0x10, 0xF0, 0x90, 14, 17, 0x40, 0x20));
    }

    [Fact]
    public void ShiftCountsAreTakenModuloTheLaneWidth()
    {
        foreach (var count in new[] { 8, 9, 16, 32, 64, 65, -1, int.MinValue, int.MaxValue })
        {
            ExpectBits("I8x16Shl", I8Splat(unchecked((byte)(0x81 << (count & 7)))), I8Splat(0x81), count);
            ExpectBits("I8x16ShrS", I8Splat(unchecked((byte)((sbyte)-127 >> (count & 7)))), I8Splat(0x81), count);
            ExpectBits("I8x16ShrU", I8Splat((byte)(0x81 >> (count & 7))), I8Splat(0x81), count);
            ExpectBits("I16x8ShrS", Vector128.Create((short)(-0x1234 >> (count & 15))).AsByte(), Vector128.Create((short)-0x1234).AsByte(), count);
            ExpectBits("I16x8Shl", Vector128.Create((ushort)(0x8123 << (count & 15))).AsByte(), Vector128.Create((ushort)0x8123).AsByte(), count);
            ExpectBits("I32x4ShrU", Vector128.Create(0x80000001u >> (count & 31)).AsByte(), Vector128.Create(0x80000001u).AsByte(), count);
            ExpectBits("I64x2ShrS", Vector128.Create(long.MinValue + 5 >> (count & 63)).AsByte(), Vector128.Create(long.MinValue + 5).AsByte(), count);
            ExpectBits("I64x2Shl", Vector128.Create(0x8000000000000003UL << (count & 63)).AsByte(), Vector128.Create(0x8000000000000003UL).AsByte(), count);
        }
    }

    [Fact]
    public void SaturatingArithmeticAndNarrowingStopAtTheBounds()
    {
        ExpectBits("I8x16AddSatS", Bytes(127, 0x80, 0, 127, 0x80, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Bytes(127, 0x80, 0x7F, 100, 0x81, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Bytes(1, 0xFF, 0x81, 100, 0x81, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        ExpectBits("I8x16AddSatU", Bytes(255, 255, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Bytes(255, 200, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Bytes(1, 100, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        ExpectBits("I8x16SubSatU", Bytes(0, 155, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Bytes(0, 255, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Bytes(1, 100, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        ExpectBits("I16x8SubSatS", I16(-32768, 32767, 0, 32767, 0, 0, 0, 0), I16(-32768, 32767, 0, 32767, 0, 0, 0, 0), I16(1, -1, 0, -32768, 0, 0, 0, 0));
        ExpectBits("I16x8AddSatU", I16(-1, -1, 2, 0, 0, 0, 0, 0), I16(-1, -2, 1, 0, 0, 0, 0, 0), I16(1, 5, 1, 0, 0, 0, 0, 0));
        ExpectBits("I8x16NarrowI16x8S", Bytes(127, 0x80, 127, 0x80, 0x7F, 0x80, 0, 0xFF, 1, 2, 3, 4, 5, 6, 7, 8),
            I16(300, -300, 32767, -32768, 127, -128, 0, -1), I16(1, 2, 3, 4, 5, 6, 7, 8));
        ExpectBits("I8x16NarrowI16x8U", Bytes(255, 0, 255, 0, 127, 0, 0, 0, 255, 128, 3, 4, 5, 6, 7, 8),
            I16(300, -300, 32767, -32768, 127, -128, 0, -1), I16(256, 128, 3, 4, 5, 6, 7, 8));
        ExpectBits("I16x8NarrowI32x4S", I16(32767, -32768, -1, 5, 1, 2, 3, 4), I32(70000, -70000, -1, 5), I32(1, 2, 3, 4));
        ExpectBits("I16x8NarrowI32x4U", I16(-1, 0, 0, 5, -1, 0x7FFF, 3, 4), I32(70000, -70000, -1, 5), I32(65535, 32767, 3, 4));
    }

    [Fact]
    public void WrappingIntegerEdgeCases()
    {
        ExpectBits("I8x16Abs", I8Splat(0x80), I8Splat(0x80));
        ExpectBits("I16x8Abs", I16(-32768, 32767, 1, 1, 0, 5, 5, 5), I16(-32768, -32767, -1, 1, 0, 5, -5, 5));
        ExpectBits("I32x4Abs", I32(int.MinValue, int.MaxValue, 1, 0), I32(int.MinValue, -int.MaxValue, -1, 0));
        ExpectBits("I64x2Abs", Vector128.Create(long.MinValue, 3).AsByte(), Vector128.Create(long.MinValue, -3).AsByte());
        ExpectBits("I8x16AvgrU", Bytes(255, 1, 128, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Bytes(255, 0, 255, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Bytes(255, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        ExpectBits("I16x8AvgrU", I16(-1, 1, -32768, 0, 0, 0, 0, 0), I16(-1, 0, -1, 0, 0, 0, 0, 0), I16(-1, 1, 0, 0, 0, 0, 0, 0));
        ExpectBits("I8x16Popcnt", Bytes(8, 1, 0, 4, 7, 1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2), Bytes(0xFF, 0x80, 0, 0x0F, 0x7F, 1, 3, 7, 0xF0, 0x1F, 0x3F, 0xFE, 0xFF, 0, 2, 0x81));
        ExpectBits("I32x4ExtaddPairwiseI16x8U", I32(0x1FFFE, 0x10000, 0, 0), I16(-1, -1, -32768, -32768, 0, 0, 0, 0));
        ExpectBits("I32x4ExtaddPairwiseI16x8S", I32(-2, -65536, 65534, 0), I16(-1, -1, -32768, -32768, 32767, 32767, 1, -1));
        ExpectBits("I16x8ExtaddPairwiseI8x16S", I16(-256, 254, 0, -2, 0, 0, 0, 0), Bytes(0x80, 0x80, 0x7F, 0x7F, 1, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0));
        ExpectBits("I16x8ExtaddPairwiseI8x16U", I16(256, 254, 256, 510, 0, 0, 0, 0), Bytes(0x80, 0x80, 0x7F, 0x7F, 1, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0));
        ExpectBits("I32x4DotI16x8S", I32(int.MinValue, -32767, 0, 3), I16(-32768, -32768, 32767, -32768, 0, 5, 1, 1), I16(-32768, -32768, 32767, 32767, 7, 0, 1, 2));
        ExpectBits("I64x2ExtmulHighI32x4U", Vector128.Create(0xFFFFFFFE00000001UL, 6).AsByte(), I32(1, 2, -1, 2), I32(3, 4, -1, 3));
        ExpectBits("I64x2ExtmulLowI32x4S", Vector128.Create(1L << 62, -2L * int.MaxValue).AsByte(), I32(int.MinValue, -2, 3, 4), I32(int.MinValue, int.MaxValue, 7, 8));
        ExpectBits("I32x4ExtmulHighI16x8S", I32(1 << 30, -32767 * 32768, 0, -1), I16(0, 0, 0, 0, -32768, 32767, 0, 1), I16(0, 0, 0, 0, -32768, -32768, 9, -1));
        ExpectBits("I32x4ExtmulLowI16x8U", I32(-131071, 0, 1, 65535), I16(-1, 0, 1, -1, 9, 9, 9, 9), I16(-1, 5, 1, 1, 9, 9, 9, 9));
        ExpectBits("I64x2GtS", Vector128.Create(-1L, 0).AsByte(), Vector128.Create(0L, long.MinValue).AsByte(), Vector128.Create(-1L, long.MaxValue).AsByte());
        ExpectBits("I64x2LeS", Vector128.Create(0L, -1).AsByte(), Vector128.Create(0L, long.MinValue).AsByte(), Vector128.Create(-1L, long.MaxValue).AsByte());
        Expect("I16x8Bitmask", 0b1000_0101, I16(-1, 1, -32768, 0, 32767, 0, 0, -2));
        Expect("I64x2AllTrue", 0, Vector128.Create(1L << 63, 0).AsByte());
        Expect("I64x2AllTrue", 1, Vector128.Create(1L << 63, 1L << 32).AsByte());
        Expect("I8x16ExtractLaneS", -128, I8Splat(0x80), 15);
        Expect("I8x16ExtractLaneU", 128, I8Splat(0x80), 15);
        Expect("I16x8ExtractLaneS", -32768, I16(0, 0, 0, 0, 0, 0, 0, -32768), 7);
        Expect("I16x8ExtractLaneU", 32768, I16(0, 0, 0, 0, 0, 0, 0, -32768), 7);
        ExpectBits("V128Bitselect", Bytes(0xF0, 0x0F, 0xAA, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x55),
            Bytes(0xFF, 0x00, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF), Bytes(0x00, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Bytes(0xF0, 0xF0, 0xAA, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x55));
    }

    // ---- Memory: exactly the named bytes, at the edges of an accessible page ----

    private static readonly (string Name, int Bytes)[] Loads =
    [
        ("V128Load8x8S", 8), ("V128Load8x8U", 8), ("V128Load16x4S", 8), ("V128Load16x4U", 8), ("V128Load32x2S", 8), ("V128Load32x2U", 8),
        ("V128Load8Splat", 1), ("V128Load16Splat", 2), ("V128Load32Splat", 4), ("V128Load64Splat", 8), ("V128Load32Zero", 4), ("V128Load64Zero", 8),
        ("V128Load8Lane", 1), ("V128Load16Lane", 2), ("V128Load32Lane", 4), ("V128Load64Lane", 8),
    ];

    private static readonly (string Name, int Bytes)[] Stores = [("V128Store8Lane", 1), ("V128Store16Lane", 2), ("V128Store32Lane", 4), ("V128Store64Lane", 8)];

    [Fact]
    public unsafe void LoadsAndStoresTouchExactlyTheirBytes()
    {
        Assert.Equal(SimdOperationNames().Where(IsMemory).Order(), Loads.Concat(Stores).Select(l => l.Name).Order());
        using var page = new GuardedPage();
        var rng = new Random(5);
        var failures = new List<string>();
        foreach (var (name, size) in Loads)
        {
            var isLane = name.EndsWith("Lane", StringComparison.Ordinal);
            for (var trial = 0; trial < 64; trial++)
            {
                rng.NextBytes(page.Span);
                var v = RandomV128(rng);
                var lane = rng.Next(16 / size);
                // First and last bytes of the page (a neighbour is unmapped), and somewhere unaligned.
                foreach (var offset in new[] { 0, page.Size - size, 1 + rng.Next(page.Size - size - 1) })
                {
                    var data = page.Span.Slice(offset, size).ToArray();
                    var expected = ReferenceLoad(name, data, v, lane);
                    foreach (var method in Implementations(name))
                    {
                        object[] args = isLane ? [page.Address + offset, v, lane] : [page.Address + offset];
                        var actual = (Vector128<byte>)method.Invoke(null, args)!;
                        if (actual != expected) failures.Add($"{method.DeclaringType!.Name}.{name} at +{offset} lane {lane}: {Hex(actual)}, expected {Hex(expected)}");
                    }
                }
            }
        }
        foreach (var (name, size) in Stores)
        {
            for (var lane = 0; lane < 16 / size; lane++)
            {
                foreach (var offset in new[] { 0, page.Size - size, 1 + rng.Next(page.Size - size - 1) })
                {
                    rng.NextBytes(page.Span);
                    var before = page.Span.ToArray();
                    var v = RandomV128(rng);
                    Method(name).Invoke(null, [page.Address + offset, v, lane]);
                    var expected = before.ToArray();
                    ToBytes(v).AsSpan(lane * size, size).CopyTo(expected.AsSpan(offset));
                    if (!page.Span.SequenceEqual(expected)) failures.Add($"{name} lane {lane} at +{offset} wrote other bytes");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    private static Vector128<byte> ReferenceLoad(string name, byte[] data, Vector128<byte> v, int lane)
    {
        long Read(int offset, int bytes, bool signed) => bytes switch
        {
            1 => signed ? (sbyte)data[offset] : data[offset],
            2 => signed ? BinaryPrimitives.ReadInt16LittleEndian(data.AsSpan(offset)) : BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(offset)),
            4 => signed ? BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(offset)) : BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(offset)),
            _ => BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(offset)),
        };
        switch (name)
        {
            case "V128Load8x8S" or "V128Load8x8U" or "V128Load16x4S" or "V128Load16x4U" or "V128Load32x2S" or "V128Load32x2U":
                var narrow = name.Contains("8x8", StringComparison.Ordinal) ? 1 : name.Contains("16x4", StringComparison.Ordinal) ? 2 : 4;
                var signed = name.EndsWith('S');
                return FromLanes(narrow * 16, Enumerable.Range(0, 8 / narrow).Select(i => Read(i * narrow, narrow, signed)).ToArray());
            case "V128Load32Zero":
                return FromLanes(32, [Read(0, 4, false), 0, 0, 0]);
            case "V128Load64Zero":
                return FromLanes(64, [Read(0, 8, false), 0]);
        }
        var size = data.Length;
        if (name.EndsWith("Splat", StringComparison.Ordinal))
            return FromLanes(size * 8, Enumerable.Repeat(Read(0, size, false), 16 / size).ToArray());
        var lanes = LanesOf(v, size * 8, false);
        lanes[lane] = Read(0, size, false);
        return FromLanes(size * 8, lanes);
    }

    /// <summary>A read-write page between two inaccessible ones (where mmap is available).</summary>
    private sealed unsafe class GuardedPage : IDisposable
    {
        private const int ProtNone = 0, ProtReadWrite = 3, MapPrivateAnonymous = 0x22;
        private readonly nint mapping;
        private readonly bool mapped;

        public GuardedPage()
        {
            Size = Environment.SystemPageSize;
            if (OperatingSystem.IsLinux())
            {
                mapping = mmap(0, (nuint)(3 * Size), ProtNone, MapPrivateAnonymous, -1, 0);
                Assert.NotEqual((nint)(-1), mapping);
                Assert.Equal(0, mprotect(mapping + Size, (nuint)Size, ProtReadWrite));
                Address = mapping + Size;
                mapped = true;
            }
            else
            {
                Address = (nint)NativeMemory.Alloc((nuint)Size);
            }
        }

        public int Size { get; }
        public nint Address { get; }
        public Span<byte> Span => new((void*)Address, Size);

        public void Dispose()
        {
            if (mapped) munmap(mapping, (nuint)(3 * Size));
            else NativeMemory.Free((void*)Address);
        }

        [DllImport("libc", SetLastError = true)] private static extern nint mmap(nint address, nuint length, int protection, int flags, int fd, nint offset);
        [DllImport("libc", SetLastError = true)] private static extern int mprotect(nint address, nuint length, int protection);
        [DllImport("libc", SetLastError = true)] private static extern int munmap(nint address, nuint length);
    }

    // ---- The reference ----

    private enum Nan { Exact, Canonical, Arithmetic }

    /// <summary>An expected result; for a v128 of float lanes, what each lane may be when a NaN.</summary>
    private sealed record Expectation(object Value, int LaneBits = 0, Nan[]? Rules = null);

    private static readonly Dictionary<string, Func<object[], Expectation>> References = BuildReferences();

    private static Dictionary<string, Func<object[], Expectation>> BuildReferences()
    {
        var r = new Dictionary<string, Func<object[], Expectation>>();

        // Lanes
        r["I8x16Splat"] = a => new(FromLanes(8, Enumerable.Repeat((long)(int)a[0], 16).ToArray()));
        r["I16x8Splat"] = a => new(FromLanes(16, Enumerable.Repeat((long)(int)a[0], 8).ToArray()));
        r["I32x4Splat"] = a => new(FromLanes(32, Enumerable.Repeat((long)(int)a[0], 4).ToArray()));
        r["I64x2Splat"] = a => new(FromLanes(64, Enumerable.Repeat((long)a[0], 2).ToArray()));
        r["F32x4Splat"] = a => new(FromLanes(32, Enumerable.Repeat((long)BitConverter.SingleToInt32Bits((float)a[0]), 4).ToArray()));
        r["F64x2Splat"] = a => new(FromLanes(64, Enumerable.Repeat(BitConverter.DoubleToInt64Bits((double)a[0]), 2).ToArray()));
        r["I8x16ExtractLaneS"] = a => new((int)LanesOf(V(a[0]), 8, true)[(int)a[1]]);
        r["I8x16ExtractLaneU"] = a => new((int)LanesOf(V(a[0]), 8, false)[(int)a[1]]);
        r["I16x8ExtractLaneS"] = a => new((int)LanesOf(V(a[0]), 16, true)[(int)a[1]]);
        r["I16x8ExtractLaneU"] = a => new((int)LanesOf(V(a[0]), 16, false)[(int)a[1]]);
        r["I32x4ExtractLane"] = a => new((int)LanesOf(V(a[0]), 32, true)[(int)a[1]]);
        r["I64x2ExtractLane"] = a => new(LanesOf(V(a[0]), 64, true)[(int)a[1]]);
        r["F32x4ExtractLane"] = a => new(BitConverter.Int32BitsToSingle((int)LanesOf(V(a[0]), 32, true)[(int)a[1]]));
        r["F64x2ExtractLane"] = a => new(BitConverter.Int64BitsToDouble(LanesOf(V(a[0]), 64, true)[(int)a[1]]));
        r["I8x16ReplaceLane"] = a => Replace(a, 8, (int)a[1]);
        r["I16x8ReplaceLane"] = a => Replace(a, 16, (int)a[1]);
        r["I32x4ReplaceLane"] = a => Replace(a, 32, (int)a[1]);
        r["I64x2ReplaceLane"] = a => Replace(a, 64, (long)a[1]);
        r["F32x4ReplaceLane"] = a => Replace(a, 32, BitConverter.SingleToInt32Bits((float)a[1]));
        r["F64x2ReplaceLane"] = a => Replace(a, 64, BitConverter.DoubleToInt64Bits((double)a[1]));
        r["I8x16Shuffle"] = a =>
        {
            var both = ToBytes(V(a[0])).Concat(ToBytes(V(a[1]))).ToArray();
            return new(Vector128.Create(ToBytes(V(a[2])).Select(i => both[i]).ToArray()));
        };
        r["I8x16Swizzle"] = a =>
        {
            var x = ToBytes(V(a[0]));
            return new(Vector128.Create(ToBytes(V(a[1])).Select(i => i < 16 ? x[i] : (byte)0).ToArray()));
        };

        // Bitwise and reductions
        r["V128Not"] = IntUnary(64, true, x => ~x);
        r["V128And"] = IntBinary(64, true, (x, y) => x & y);
        r["V128Andnot"] = IntBinary(64, true, (x, y) => x & ~y);
        r["V128Or"] = IntBinary(64, true, (x, y) => x | y);
        r["V128Xor"] = IntBinary(64, true, (x, y) => x ^ y);
        r["V128Bitselect"] = a =>
        {
            var (x, y, c) = (LanesOf(V(a[0]), 64, true), LanesOf(V(a[1]), 64, true), LanesOf(V(a[2]), 64, true));
            return new(FromLanes(64, [.. Enumerable.Range(0, 2).Select(i => (x[i] & c[i]) | (y[i] & ~c[i]))]));
        };
        r["V128AnyTrue"] = a => new(ToBytes(V(a[0])).Any(b => b != 0) ? 1 : 0);
        foreach (var bits in new[] { 8, 16, 32, 64 })
        {
            var shape = Shape(bits);
            r[$"{shape}AllTrue"] = a => new(LanesOf(V(a[0]), bits, true).All(x => x != 0) ? 1 : 0);
            r[$"{shape}Bitmask"] = a => new(LanesOf(V(a[0]), bits, true).Select((x, i) => x < 0 ? 1 << i : 0).Sum());
        }

        // Integer lanes
        foreach (var bits in new[] { 8, 16, 32, 64 })
        {
            var shape = Shape(bits);
            long min = bits == 64 ? long.MinValue : -(1L << (bits - 1)), max = bits == 64 ? long.MaxValue : (1L << (bits - 1)) - 1;
            long umax = bits == 64 ? -1 : (1L << bits) - 1;
            r[$"{shape}Eq"] = IntBinary(bits, true, (x, y) => x == y ? -1 : 0);
            r[$"{shape}Ne"] = IntBinary(bits, true, (x, y) => x != y ? -1 : 0);
            r[$"{shape}LtS"] = IntBinary(bits, true, (x, y) => x < y ? -1 : 0);
            r[$"{shape}GtS"] = IntBinary(bits, true, (x, y) => x > y ? -1 : 0);
            r[$"{shape}LeS"] = IntBinary(bits, true, (x, y) => x <= y ? -1 : 0);
            r[$"{shape}GeS"] = IntBinary(bits, true, (x, y) => x >= y ? -1 : 0);
            r[$"{shape}Abs"] = IntUnary(bits, true, x => x < 0 ? -x : x);
            r[$"{shape}Neg"] = IntUnary(bits, true, x => -x);
            r[$"{shape}Add"] = IntBinary(bits, true, (x, y) => x + y);
            r[$"{shape}Sub"] = IntBinary(bits, true, (x, y) => x - y);
            r[$"{shape}Mul"] = IntBinary(bits, true, (x, y) => x * y);
            r[$"{shape}Shl"] = IntShift(bits, true, (x, c) => x << c);
            r[$"{shape}ShrS"] = IntShift(bits, true, (x, c) => x >> c);
            r[$"{shape}ShrU"] = IntShift(bits, false, (x, c) => (long)((ulong)x >> c));
            if (bits == 64) continue;
            r[$"{shape}LtU"] = IntBinary(bits, false, (x, y) => x < y ? -1 : 0);
            r[$"{shape}GtU"] = IntBinary(bits, false, (x, y) => x > y ? -1 : 0);
            r[$"{shape}LeU"] = IntBinary(bits, false, (x, y) => x <= y ? -1 : 0);
            r[$"{shape}GeU"] = IntBinary(bits, false, (x, y) => x >= y ? -1 : 0);
            r[$"{shape}MinS"] = IntBinary(bits, true, Math.Min);
            r[$"{shape}MaxS"] = IntBinary(bits, true, Math.Max);
            r[$"{shape}MinU"] = IntBinary(bits, false, Math.Min);
            r[$"{shape}MaxU"] = IntBinary(bits, false, Math.Max);
            r[$"{shape}AddSatS"] = IntBinary(bits, true, (x, y) => Math.Clamp(x + y, min, max));
            r[$"{shape}SubSatS"] = IntBinary(bits, true, (x, y) => Math.Clamp(x - y, min, max));
            r[$"{shape}AddSatU"] = IntBinary(bits, false, (x, y) => Math.Clamp(x + y, 0, umax));
            r[$"{shape}SubSatU"] = IntBinary(bits, false, (x, y) => Math.Clamp(x - y, 0, umax));
            r[$"{shape}AvgrU"] = IntBinary(bits, false, (x, y) => (x + y + 1) >> 1);
        }
        r["I8x16Popcnt"] = IntUnary(8, false, x => BitOperations.PopCount((ulong)x));
        r["I16x8Q15mulrSatS"] = IntBinary(16, true, (x, y) => Math.Clamp((x * y + 0x4000) >> 15, short.MinValue, short.MaxValue));

        // Float lanes
        foreach (var bits in new[] { 32, 64 })
        {
            var shape = bits == 32 ? "F32x4" : "F64x2";
            var sign = bits == 32 ? 0x8000_0000L : long.MinValue;
            r[$"{shape}Eq"] = FloatCompare(bits, (x, y) => x == y);
            r[$"{shape}Ne"] = FloatCompare(bits, (x, y) => x != y);
            r[$"{shape}Lt"] = FloatCompare(bits, (x, y) => x < y);
            r[$"{shape}Gt"] = FloatCompare(bits, (x, y) => x > y);
            r[$"{shape}Le"] = FloatCompare(bits, (x, y) => x <= y);
            r[$"{shape}Ge"] = FloatCompare(bits, (x, y) => x >= y);
            r[$"{shape}Abs"] = IntUnary(bits, true, x => x & ~sign);
            r[$"{shape}Neg"] = IntUnary(bits, true, x => x ^ sign);
            // pmin and pmax return an operand as it is, a signalling NaN included: on raw bits.
            r[$"{shape}Pmin"] = IntBinary(bits, true, (x, y) => FloatLess(y, x, bits) ? y : x);
            r[$"{shape}Pmax"] = IntBinary(bits, true, (x, y) => FloatLess(x, y, bits) ? y : x);
            r[$"{shape}Min"] = FloatBinary(bits, (x, y) => double.IsNaN(x) || double.IsNaN(y) ? double.NaN : x == y ? BitOr(x, y, bits) : Math.Min(x, y));
            r[$"{shape}Max"] = FloatBinary(bits, (x, y) => double.IsNaN(x) || double.IsNaN(y) ? double.NaN : x == y ? BitAnd(x, y, bits) : Math.Max(x, y));
        }
        r["F32x4Add"] = F32Binary((x, y) => x + y);
        r["F32x4Sub"] = F32Binary((x, y) => x - y);
        r["F32x4Mul"] = F32Binary((x, y) => x * y);
        r["F32x4Div"] = F32Binary((x, y) => x / y);
        r["F32x4Sqrt"] = F32Unary(MathF.Sqrt);
        r["F32x4Ceil"] = F32Unary(MathF.Ceiling);
        r["F32x4Floor"] = F32Unary(MathF.Floor);
        r["F32x4Trunc"] = F32Unary(MathF.Truncate);
        r["F32x4Nearest"] = F32Unary(x => MathF.Round(x, MidpointRounding.ToEven));
        r["F64x2Add"] = F64Binary((x, y) => x + y);
        r["F64x2Sub"] = F64Binary((x, y) => x - y);
        r["F64x2Mul"] = F64Binary((x, y) => x * y);
        r["F64x2Div"] = F64Binary((x, y) => x / y);
        r["F64x2Sqrt"] = F64Unary(Math.Sqrt);
        r["F64x2Ceil"] = F64Unary(Math.Ceiling);
        r["F64x2Floor"] = F64Unary(Math.Floor);
        r["F64x2Trunc"] = F64Unary(Math.Truncate);
        r["F64x2Nearest"] = F64Unary(x => Math.Round(x, MidpointRounding.ToEven));

        // Between shapes
        foreach (var bits in new[] { 8, 16, 32 })
        {
            var (narrow, wide) = (Shape(bits), Shape(bits * 2));
            var half = 64 / bits;
            foreach (var (signed, s) in new[] { (true, "S"), (false, "U") })
            {
                r[$"{wide}ExtendLow{narrow}{s}"] = a => new(FromLanes(bits * 2, LanesOf(V(a[0]), bits, signed)[..half]));
                r[$"{wide}ExtendHigh{narrow}{s}"] = a => new(FromLanes(bits * 2, LanesOf(V(a[0]), bits, signed)[half..]));
                r[$"{wide}ExtmulLow{narrow}{s}"] = a => new(FromLanes(bits * 2, [.. LanesOf(V(a[0]), bits, signed)[..half].Zip(LanesOf(V(a[1]), bits, signed)[..half], (x, y) => x * y)]));
                r[$"{wide}ExtmulHigh{narrow}{s}"] = a => new(FromLanes(bits * 2, [.. LanesOf(V(a[0]), bits, signed)[half..].Zip(LanesOf(V(a[1]), bits, signed)[half..], (x, y) => x * y)]));
                if (bits == 32) continue;
                r[$"{wide}ExtaddPairwise{narrow}{s}"] = a => new(FromLanes(bits * 2, [.. LanesOf(V(a[0]), bits, signed).Chunk(2).Select(p => p[0] + p[1])]));
                long lo = signed ? -(1L << (bits - 1)) : 0, hi = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
                r[$"{narrow}Narrow{wide}{s}"] = a => new(FromLanes(bits, [.. LanesOf(V(a[0]), bits * 2, true).Concat(LanesOf(V(a[1]), bits * 2, true)).Select(x => Math.Clamp(x, lo, hi))]));
            }
        }
        r["I32x4DotI16x8S"] = a => new(FromLanes(32, [.. LanesOf(V(a[0]), 16, true).Zip(LanesOf(V(a[1]), 16, true), (x, y) => x * y).Chunk(2).Select(p => p[0] + p[1])]));
        r["I32x4TruncSatF32x4S"] = a => new(FromLanes(32, [.. F32Lanes(a[0]).Select(x => TruncSat(x, int.MinValue, int.MaxValue))]));
        r["I32x4TruncSatF32x4U"] = a => new(FromLanes(32, [.. F32Lanes(a[0]).Select(x => TruncSat(x, 0, uint.MaxValue))]));
        r["I32x4TruncSatF64x2SZero"] = a => new(FromLanes(32, [.. F64Lanes(a[0]).Select(x => TruncSat(x, int.MinValue, int.MaxValue)), 0, 0]));
        r["I32x4TruncSatF64x2UZero"] = a => new(FromLanes(32, [.. F64Lanes(a[0]).Select(x => TruncSat(x, 0, uint.MaxValue)), 0, 0]));
        r["F32x4ConvertI32x4S"] = a => FloatResult(32, [.. LanesOf(V(a[0]), 32, true).Select(x => ((double)(float)x, Nan.Exact))]);
        r["F32x4ConvertI32x4U"] = a => FloatResult(32, [.. LanesOf(V(a[0]), 32, false).Select(x => ((double)(float)(double)x, Nan.Exact))]);
        r["F64x2ConvertLowI32x4S"] = a => FloatResult(64, [.. LanesOf(V(a[0]), 32, true)[..2].Select(x => ((double)x, Nan.Exact))]);
        r["F64x2ConvertLowI32x4U"] = a => FloatResult(64, [.. LanesOf(V(a[0]), 32, false)[..2].Select(x => ((double)x, Nan.Exact))]);
        r["F32x4DemoteF64x2Zero"] = a => FloatResult(32, [.. F64Lanes(a[0]).Select(x => ((double)(float)x, NanRule(x))), (0.0, Nan.Exact), (0.0, Nan.Exact)]);
        r["F64x2PromoteLowF32x4"] = a => FloatResult(64, [.. F32Lanes(a[0])[..2].Select(x => (x, NanRule(x)))]);
        return r;
    }

    private static string Shape(int bits) => bits switch { 8 => "I8x16", 16 => "I16x8", 32 => "I32x4", _ => "I64x2" };

    private static Vector128<byte> V(object o) => (Vector128<byte>)o;

    private static Expectation Replace(object[] a, int bits, long x)
    {
        var lanes = LanesOf(V(a[0]), bits, true);
        lanes[(int)a[2]] = x;
        return new(FromLanes(bits, lanes));
    }

    private static Func<object[], Expectation> IntUnary(int bits, bool signed, Func<long, long> f) =>
        a => new(FromLanes(bits, [.. LanesOf(V(a[0]), bits, signed).Select(f)]));

    private static Func<object[], Expectation> IntBinary(int bits, bool signed, Func<long, long, long> f) =>
        a => new(FromLanes(bits, [.. LanesOf(V(a[0]), bits, signed).Zip(LanesOf(V(a[1]), bits, signed), f)]));

    // The count is an i32 taken modulo the lane width, read as unsigned.
    private static Func<object[], Expectation> IntShift(int bits, bool signed, Func<long, int, long> f) =>
        a => new(FromLanes(bits, [.. LanesOf(V(a[0]), bits, signed).Select(x => f(x, (int)((uint)(int)a[1] % (uint)bits)))]));

    private static double[] F32Lanes(object v) => [.. LanesOf(V(v), 32, true).Select(x => (double)BitConverter.Int32BitsToSingle((int)x))];
    private static double[] F64Lanes(object v) => [.. LanesOf(V(v), 64, true).Select(BitConverter.Int64BitsToDouble)];

    // Lanes are carried as doubles, exact for floats except that converting may quiet a
    // signalling NaN, which keeps it non-canonical (its payload stays): enough for NaN rules,
    // which is all a NaN lane is compared by. A float lane's operation is computed in float.
    private static Func<object[], Expectation> FloatCompare(int bits, Func<double, double, bool> p) =>
        a => new(FromLanes(bits, [.. Lanes(a[0], bits).Zip(Lanes(a[1], bits), (x, y) => p(x, y) ? -1L : 0)]));

    private static double[] Lanes(object v, int bits) => bits == 32 ? F32Lanes(v) : F64Lanes(v);

    private static Func<object[], Expectation> FloatBinary(int bits, Func<double, double, double> f) =>
        a => FloatResult(bits, [.. Lanes(a[0], bits).Zip(Lanes(a[1], bits), (x, y) => (f(x, y), NanRule(x, y)))]);

    private static bool FloatLess(long x, long y, int bits) => bits == 32
        ? BitConverter.Int32BitsToSingle((int)x) < BitConverter.Int32BitsToSingle((int)y)
        : BitConverter.Int64BitsToDouble(x) < BitConverter.Int64BitsToDouble(y);

    private static Func<object[], Expectation> F32Binary(Func<float, float, float> f) =>
        a => FloatResult(32, [.. F32Lanes(a[0]).Zip(F32Lanes(a[1]), (x, y) => ((double)f((float)x, (float)y), NanRule(x, y)))]);

    private static Func<object[], Expectation> F32Unary(Func<float, float> f) =>
        a => FloatResult(32, [.. F32Lanes(a[0]).Select(x => ((double)f((float)x), NanRule(x)))]);

    private static Func<object[], Expectation> F64Binary(Func<double, double, double> f) =>
        a => FloatResult(64, [.. F64Lanes(a[0]).Zip(F64Lanes(a[1]), (x, y) => (f(x, y), NanRule(x, y)))]);

    private static Func<object[], Expectation> F64Unary(Func<double, double> f) =>
        a => FloatResult(64, [.. F64Lanes(a[0]).Select(x => (f(x), NanRule(x)))]);

    /// <summary>What a NaN result may be, given the operands: canonical if every NaN among them is.</summary>
    private static Nan NanRule(params double[] operands) =>
        operands.Where(double.IsNaN).All(IsCanonical) ? Nan.Canonical : Nan.Arithmetic;

    private static bool IsCanonical(double x) => (BitConverter.DoubleToInt64Bits(x) & 0x7FFF_FFFF_FFFF_FFFF) == 0x7FF8_0000_0000_0000;

    /// <summary>A v128 of float lanes: NaN lanes are checked by their rule, the others bit for bit.</summary>
    private static Expectation FloatResult(int bits, (double Value, Nan Rule)[] lanes)
    {
        var rules = new Nan[lanes.Length];
        var raw = new long[lanes.Length];
        for (var i = 0; i < lanes.Length; i++)
        {
            var (value, rule) = lanes[i];
            raw[i] = bits == 32 ? BitConverter.SingleToInt32Bits((float)value) : BitConverter.DoubleToInt64Bits(value);
            rules[i] = double.IsNaN(value) ? rule : Nan.Exact;
        }
        return new(FromLanes(bits, raw), bits, rules);
    }

    private static double BitOr(double x, double y, int bits) => bits == 32
        ? BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits((float)x) | BitConverter.SingleToInt32Bits((float)y))
        : BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) | BitConverter.DoubleToInt64Bits(y));

    private static double BitAnd(double x, double y, int bits) => bits == 32
        ? BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits((float)x) & BitConverter.SingleToInt32Bits((float)y))
        : BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) & BitConverter.DoubleToInt64Bits(y));

    private static long TruncSat(double x, long min, long max) =>
        double.IsNaN(x) ? 0 : x <= min - 1.0 ? min : x >= max + 1.0 ? max : Math.Clamp((long)Math.Truncate(x), min, max);

    // ---- Comparing ----

    private static string? Mismatch(Expectation expected, object actual)
    {
        switch (expected.Value)
        {
            case Vector128<byte> bits when expected.Rules is { } rules:
                var width = expected.LaneBits;
                var wanted = LanesOf(bits, width, true);
                var got = LanesOf(V(actual), width, true);
                for (var i = 0; i < rules.Length; i++)
                {
                    var ok = rules[i] switch
                    {
                        Nan.Exact => wanted[i] == got[i],
                        Nan.Canonical => IsCanonicalBits(got[i], width),
                        _ => IsArithmeticBits(got[i], width),
                    };
                    if (!ok) return $"lane {i} is {got[i]:X}, expected {(rules[i] == Nan.Exact ? wanted[i].ToString("X") : rules[i] + " NaN")} (whole: {Hex(V(actual))})";
                }
                return null;
            case float f:
                return BitConverter.SingleToInt32Bits(f) == BitConverter.SingleToInt32Bits((float)actual) ? null : $"{Show(actual)}, expected {Show(f)}";
            case double d:
                return BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits((double)actual) ? null : $"{Show(actual)}, expected {Show(d)}";
            default:
                return expected.Value.Equals(actual) ? null : $"{Show(actual)}, expected {Show(expected.Value)}";
        }
    }

    private static bool IsCanonicalBits(long lane, int width) => width == 32
        ? (lane & 0x7FFF_FFFF) == 0x7FC0_0000
        : (lane & 0x7FFF_FFFF_FFFF_FFFF) == 0x7FF8_0000_0000_0000;

    private static bool IsArithmeticBits(long lane, int width) => width == 32
        ? (lane & 0x7FC0_0000) == 0x7FC0_0000
        : (lane & 0x7FF8_0000_0000_0000) == 0x7FF8_0000_0000_0000;

    private static void Expect(string name, object expected, params object[] args)
    {
        foreach (var method in Implementations(name))
        {
            var actual = method.Invoke(null, args)!;
            Assert.True(Mismatch(new Expectation(expected), actual) is null,
                $"{method.DeclaringType!.Name}.{name}({string.Join(", ", args.Select(Show))}) = {Show(actual)}, expected {Show(expected)}");
        }
    }

    private static void ExpectBits(string name, Vector128<byte> expected, params object[] args) => Expect(name, expected, args);

    /// <summary>Lanes flagged true must be canonical NaNs, false arithmetic ones; null lanes are not checked.</summary>
    private static void ExpectNaNs(string name, int width, bool?[] canonical, params object[] args)
    {
        foreach (var method in Implementations(name))
        {
            var actual = LanesOf((Vector128<byte>)method.Invoke(null, args)!, width, true);
            for (var i = 0; i < canonical.Length; i++)
            {
                if (canonical[i] is not { } mustBeCanonical) continue;
                var ok = mustBeCanonical ? IsCanonicalBits(actual[i], width) : IsArithmeticBits(actual[i], width);
                Assert.True(ok, $"{method.DeclaringType!.Name}.{name}({string.Join(", ", args.Select(Show))}) lane {i} = {actual[i]:X}, expected a{(mustBeCanonical ? " canonical" : "n arithmetic")} NaN");
            }
        }
    }

    // ---- Values ----

    private static byte[] ToBytes(Vector128<byte> v)
    {
        var bytes = new byte[16];
        v.CopyTo(bytes);
        return bytes;
    }

    private static long[] LanesOf(Vector128<byte> v, int bits, bool signed)
    {
        var bytes = ToBytes(v);
        var lanes = new long[128 / bits];
        for (var i = 0; i < lanes.Length; i++)
        {
            var at = bytes.AsSpan(i * bits / 8);
            lanes[i] = bits switch
            {
                8 => signed ? (sbyte)at[0] : at[0],
                16 => signed ? BinaryPrimitives.ReadInt16LittleEndian(at) : BinaryPrimitives.ReadUInt16LittleEndian(at),
                32 => signed ? BinaryPrimitives.ReadInt32LittleEndian(at) : BinaryPrimitives.ReadUInt32LittleEndian(at),
                _ => BinaryPrimitives.ReadInt64LittleEndian(at),
            };
        }
        return lanes;
    }

    private static Vector128<byte> FromLanes(int bits, long[] lanes)
    {
        var bytes = new byte[16];
        for (var i = 0; i < lanes.Length; i++)
            for (var k = 0; k < bits / 8; k++)
                bytes[i * bits / 8 + k] = (byte)(lanes[i] >> (8 * k));
        return Vector128.Create(bytes);
    }

    private static Vector128<byte> Bytes(params int[] b) => Vector128.Create(b.Select(x => (byte)x).ToArray());
    private static Vector128<byte> I8Splat(int b) => Vector128.Create((byte)b);
    private static Vector128<byte> I16(params short[] x) => Vector128.Create(x).AsByte();
    private static Vector128<byte> I32(params int[] x) => Vector128.Create(x).AsByte();
    private static Vector128<byte> F32(params float[] x) => Vector128.Create(x).AsByte();
    private static Vector128<byte> F64(params double[] x) => Vector128.Create(x).AsByte();
    private static Vector128<byte> F32Bits(params uint[] x) => Vector128.Create(x).AsByte();
    private static Vector128<byte> F64Bits(params ulong[] x) => Vector128.Create(x).AsByte();

    private static string Hex(Vector128<byte> v) => Convert.ToHexString(ToBytes(v));

    private static string Show(object? o) => o switch
    {
        Vector128<byte> v => Hex(v),
        float f => $"{f}f[{BitConverter.SingleToUInt32Bits(f):X8}]",
        double d => $"{d}[{BitConverter.DoubleToUInt64Bits(d):X16}]",
        _ => o?.ToString() ?? "null",
    };

    // ---- Random inputs, biased to edges ----

    private static readonly float[] SpecialF32 =
    [
        0f, -0f, 1f, -1f, 0.5f, -0.5f, 1.5f, -1.5f, 2.5f, -2.5f, 3.5f, 0.49999997f, -0.49999997f, 1.0000001f,
        float.PositiveInfinity, float.NegativeInfinity, float.MaxValue, float.MinValue, float.Epsilon, -float.Epsilon, 1.1754944e-38f,
        2147483648f, -2147483648f, 2147483520f, -2147483520f, 2147483904f, 4294967296f, 4294967040f, 8388608f, 8388607.5f, 8388609f,
        16777216f, -16777215f, 65535.5f, 32767.5f, -32768.5f,
        BitConverter.UInt32BitsToSingle(0x7FC00000), BitConverter.UInt32BitsToSingle(0xFFC00000), BitConverter.UInt32BitsToSingle(0x7FA00000),
        BitConverter.UInt32BitsToSingle(0xFFA00000), BitConverter.UInt32BitsToSingle(0x7FC00001), BitConverter.UInt32BitsToSingle(0x7F800001),
        BitConverter.UInt32BitsToSingle(0x7FFFFFFF), BitConverter.UInt32BitsToSingle(0xFFFFFFFF),
    ];

    private static readonly double[] SpecialF64 =
    [
        0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
        double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon,
        2147483647.0, 2147483647.5, 2147483648.0, -2147483648.0, -2147483648.5, -2147483649.0, 4294967295.0, 4294967295.5, 4294967296.0,
        -0.999, 4503599627370496.0, 4503599627370497.0, -4503599627370497.0, 9007199254740991.0,
        3.4028235677973366e38, 3.4028234663852886e38, 3.402823567797337e38, 1e-50, -1e-50, 1e300,
        1.0000000596046448, 1.0000001788139343, 1.401298464324817e-45, 7.006492321624085e-46, 1.1754942807573643e-38,
        BitConverter.UInt64BitsToDouble(0x7FF8000000000000), BitConverter.UInt64BitsToDouble(0xFFF8000000000000),
        BitConverter.UInt64BitsToDouble(0x7FF4000000000000), BitConverter.UInt64BitsToDouble(0x7FF0000000000001),
        BitConverter.UInt64BitsToDouble(0x7FF8000000000001), BitConverter.UInt64BitsToDouble(0xFFFFFFFFFFFFFFFF),
        BitConverter.UInt64BitsToDouble(0x7FF8000020000000),
    ];

    private static readonly byte[] SpecialI8 = [0, 1, 2, 0x7F, 0x80, 0xFF, 0x81, 0xFE, 0x0F, 0x10, 0x1F, 0x20, 0x70, 0x8F, 0x40, 0xC0];
    private static readonly short[] SpecialI16 = [0, 1, -1, 2, short.MaxValue, short.MinValue, -32767, 0x7F, 0x80, 0xFF, 0x100, -0x80, -0x81, 0x4000, -0x4000, 0x7FFE];
    private static readonly int[] SpecialI32 =
    [
        0, 1, -1, 2, int.MaxValue, int.MinValue, int.MinValue + 1, 0x7FFF, 0x8000, -0x8000, -0x8001, 0xFFFF, 0x10000, 0x7F, 0x80, 0xFF, -0x80, -0x81,
        16777217, 0x7FFFFFC0, 0x7FFFFFC1, unchecked((int)0x80000080), unchecked((int)0x80000081), unchecked((int)0xFFFFFF80), 0x10001,
    ];
    private static readonly long[] SpecialI64 = [0, 1, -1, long.MaxValue, long.MinValue, 0xFFFFFFFF, 0x80000000, -0x80000000, 0x100000000, 0x7FFFFFFF, long.MinValue + 1];

    private static float RandomF32(Random rng) => rng.Next(3) == 0 ? SpecialF32[rng.Next(SpecialF32.Length)] : (float)RandomF64Value(rng, 40);

    private static double RandomF64(Random rng) => rng.Next(3) == 0 ? SpecialF64[rng.Next(SpecialF64.Length)] : RandomF64Value(rng, 70);

    private static double RandomF64Value(Random rng, int maxExponent)
    {
        var x = (rng.NextDouble() * 2 - 1) * Math.Pow(2, rng.Next(-30, maxExponent));
        return rng.Next(4) == 0 ? Math.Round(x * 2) / 2 : x;
    }

    private static int RandomI32(Random rng) => rng.Next(3) switch
    {
        0 => SpecialI32[rng.Next(SpecialI32.Length)],
        1 => rng.Next(-300, 300),
        _ => (int)rng.NextInt64(int.MinValue, 1L + int.MaxValue),
    };

    private static long RandomI64(Random rng) => rng.Next(3) switch
    {
        0 => SpecialI64[rng.Next(SpecialI64.Length)],
        1 => rng.Next(-300, 300),
        _ => rng.NextInt64(long.MinValue, long.MaxValue),
    };

    private static Vector128<byte> RandomV128(Random rng)
    {
        var bytes = new byte[16];
        var span = bytes.AsSpan();
        var mode = rng.Next(9);
        switch (mode)
        {
            case 0:
                rng.NextBytes(bytes);
                break;
            case 1:
                for (var i = 0; i < 16; i++) bytes[i] = SpecialI8[rng.Next(SpecialI8.Length)];
                break;
            case 2:
                for (var i = 0; i < 8; i++) BinaryPrimitives.WriteInt16LittleEndian(span[(2 * i)..], rng.Next(2) == 0 ? SpecialI16[rng.Next(SpecialI16.Length)] : (short)rng.Next());
                break;
            case 3:
                for (var i = 0; i < 4; i++) BinaryPrimitives.WriteInt32LittleEndian(span[(4 * i)..], RandomI32(rng));
                break;
            case 4:
                for (var i = 0; i < 2; i++) BinaryPrimitives.WriteInt64LittleEndian(span[(8 * i)..], RandomI64(rng));
                break;
            case 5:
            case 6:
                for (var i = 0; i < 4; i++) BinaryPrimitives.WriteSingleLittleEndian(span[(4 * i)..], RandomF32(rng));
                break;
            case 7:
                for (var i = 0; i < 2; i++) BinaryPrimitives.WriteDoubleLittleEndian(span[(8 * i)..], RandomF64(rng));
                break;
            default:
                // Small bytes: in-range swizzle indices, small lanes of every width.
                for (var i = 0; i < 16; i++) bytes[i] = (byte)rng.Next(rng.Next(2) == 0 ? 20 : 3);
                break;
        }
        return Vector128.Create(bytes);
    }

    private static object Generate(ParameterInfo parameter, string name, Random rng)
    {
        var type = parameter.ParameterType;
        if (type == typeof(Vector128<byte>))
        {
            if (parameter.Name != "lanes") return RandomV128(rng);
            var bytes = new byte[16];
            var from = rng.Next(3) switch { 0 => 0, 1 => 16, _ => -1 };
            for (var i = 0; i < 16; i++) bytes[i] = (byte)(from < 0 ? rng.Next(32) : from + rng.Next(16));
            return Vector128.Create(bytes);
        }
        if (type == typeof(int))
        {
            return parameter.Name switch
            {
                "lane" => rng.Next(LaneCount(name)),
                "count" => rng.Next(4) switch { 0 => rng.Next(0, 8), 1 => rng.Next(-200, 200), 2 => rng.Next(), _ => new[] { 8, 16, 32, 64, 7, 15, 31, 63, int.MinValue, int.MaxValue, -1 }[rng.Next(11)] },
                _ => RandomI32(rng),
            };
        }
        if (type == typeof(long)) return RandomI64(rng);
        if (type == typeof(float)) return RandomF32(rng);
        if (type == typeof(double)) return RandomF64(rng);
        throw new InvalidOperationException($"{name}: no generator for {parameter.ParameterType} {parameter.Name}");
    }
}
