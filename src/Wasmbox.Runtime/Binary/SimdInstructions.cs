namespace Wasmbox.Runtime.Binary;

/// <summary>How a SIMD instruction is typed and what it touches, beyond its opcode.</summary>
internal enum SimdForm : byte
{
    /// <summary>Not a SIMD instruction.</summary>
    None,
    /// <summary>[v128] -> [v128], or a splat [scalar] -> [v128], or a test [v128] -> [i32].</summary>
    Unary,
    /// <summary>[v128 v128] -> [v128].</summary>
    Binary,
    /// <summary>v128.bitselect: [v128 v128 v128] -> [v128].</summary>
    Ternary,
    /// <summary>Shifts: [v128 i32] -> [v128].</summary>
    Shift,
    /// <summary>[i32] -> [v128], reading <see cref="SimdInfo.AccessBytes"/> bytes.</summary>
    Load,
    /// <summary>[i32 v128] -> [v128], replacing one lane with memory.</summary>
    LoadLane,
    /// <summary>v128.store: [i32 v128] -> [].</summary>
    Store,
    /// <summary>[i32 v128] -> [], writing one lane.</summary>
    StoreLane,
    /// <summary>v128.const: [] -> [v128].</summary>
    Const,
    /// <summary>i8x16.shuffle: [v128 v128] -> [v128].</summary>
    Shuffle,
    /// <summary>[v128] -> [scalar].</summary>
    ExtractLane,
    /// <summary>[v128 scalar] -> [v128].</summary>
    ReplaceLane,
}

/// <summary>
/// What validation and compilation need to know of one SIMD instruction: its form, the lanes its
/// lane immediate indexes, the scalar type it splats, extracts or replaces, and the bytes a memory
/// access covers (its natural alignment is their log2).
/// </summary>
internal readonly record struct SimdInfo(SimdForm Form, string Name, int Lanes, ValueKind Scalar, ValueKind Result, int AccessBytes)
{
    public int NaturalAlignment => System.Numerics.BitOperations.Log2((uint)AccessBytes);

    /// <summary>Values pushed minus values popped.</summary>
    public int StackEffect => Form switch
    {
        SimdForm.Const => 1,
        SimdForm.Unary or SimdForm.Load or SimdForm.ExtractLane => 0,
        SimdForm.Binary or SimdForm.Shift or SimdForm.Shuffle or SimdForm.ReplaceLane or SimdForm.LoadLane => -1,
        SimdForm.Ternary or SimdForm.Store or SimdForm.StoreLane => -2,
        _ => throw new InvalidOperationException("not a SIMD instruction"),
    };
}

/// <summary>
/// The 236 instructions of the fixed-width SIMD proposal as standardized in WebAssembly 2.0, by
/// sub-opcode (the LEB128 after the 0xFD prefix). Everything about an instruction is derived from
/// its text name, so this table is the one place that lists them.
/// </summary>
internal static class SimdInstructions
{
    /// <summary>The instruction's description; <see cref="SimdForm.None"/> when <paramref name="op"/> is not SIMD.</summary>
    public static SimdInfo Of(Opcode op)
    {
        var sub = (uint)op - 0xFD00;
        return sub < (uint)Table.Length ? Table[sub] : default;
    }

    public static bool IsSimd(Opcode op) => Of(op).Form != SimdForm.None;

    /// <summary>True when <paramref name="subOpcode"/> follows the 0xFD prefix in some instruction.</summary>
    public static bool IsDefined(uint subOpcode) => subOpcode < (uint)Table.Length && Table[subOpcode].Form != SimdForm.None;

    private static readonly Dictionary<int, string> Names = new()
    {
        [0x00] = "v128.load",
        [0x01] = "v128.load8x8_s",
        [0x02] = "v128.load8x8_u",
        [0x03] = "v128.load16x4_s",
        [0x04] = "v128.load16x4_u",
        [0x05] = "v128.load32x2_s",
        [0x06] = "v128.load32x2_u",
        [0x07] = "v128.load8_splat",
        [0x08] = "v128.load16_splat",
        [0x09] = "v128.load32_splat",
        [0x0A] = "v128.load64_splat",
        [0x0B] = "v128.store",
        [0x0C] = "v128.const",
        [0x0D] = "i8x16.shuffle",
        [0x0E] = "i8x16.swizzle",
        [0x0F] = "i8x16.splat",
        [0x10] = "i16x8.splat",
        [0x11] = "i32x4.splat",
        [0x12] = "i64x2.splat",
        [0x13] = "f32x4.splat",
        [0x14] = "f64x2.splat",
        [0x15] = "i8x16.extract_lane_s",
        [0x16] = "i8x16.extract_lane_u",
        [0x17] = "i8x16.replace_lane",
        [0x18] = "i16x8.extract_lane_s",
        [0x19] = "i16x8.extract_lane_u",
        [0x1A] = "i16x8.replace_lane",
        [0x1B] = "i32x4.extract_lane",
        [0x1C] = "i32x4.replace_lane",
        [0x1D] = "i64x2.extract_lane",
        [0x1E] = "i64x2.replace_lane",
        [0x1F] = "f32x4.extract_lane",
        [0x20] = "f32x4.replace_lane",
        [0x21] = "f64x2.extract_lane",
        [0x22] = "f64x2.replace_lane",
        [0x23] = "i8x16.eq",
        [0x24] = "i8x16.ne",
        [0x25] = "i8x16.lt_s",
        [0x26] = "i8x16.lt_u",
        [0x27] = "i8x16.gt_s",
        [0x28] = "i8x16.gt_u",
        [0x29] = "i8x16.le_s",
        [0x2A] = "i8x16.le_u",
        [0x2B] = "i8x16.ge_s",
        [0x2C] = "i8x16.ge_u",
        [0x2D] = "i16x8.eq",
        [0x2E] = "i16x8.ne",
        [0x2F] = "i16x8.lt_s",
        [0x30] = "i16x8.lt_u",
        [0x31] = "i16x8.gt_s",
        [0x32] = "i16x8.gt_u",
        [0x33] = "i16x8.le_s",
        [0x34] = "i16x8.le_u",
        [0x35] = "i16x8.ge_s",
        [0x36] = "i16x8.ge_u",
        [0x37] = "i32x4.eq",
        [0x38] = "i32x4.ne",
        [0x39] = "i32x4.lt_s",
        [0x3A] = "i32x4.lt_u",
        [0x3B] = "i32x4.gt_s",
        [0x3C] = "i32x4.gt_u",
        [0x3D] = "i32x4.le_s",
        [0x3E] = "i32x4.le_u",
        [0x3F] = "i32x4.ge_s",
        [0x40] = "i32x4.ge_u",
        [0x41] = "f32x4.eq",
        [0x42] = "f32x4.ne",
        [0x43] = "f32x4.lt",
        [0x44] = "f32x4.gt",
        [0x45] = "f32x4.le",
        [0x46] = "f32x4.ge",
        [0x47] = "f64x2.eq",
        [0x48] = "f64x2.ne",
        [0x49] = "f64x2.lt",
        [0x4A] = "f64x2.gt",
        [0x4B] = "f64x2.le",
        [0x4C] = "f64x2.ge",
        [0x4D] = "v128.not",
        [0x4E] = "v128.and",
        [0x4F] = "v128.andnot",
        [0x50] = "v128.or",
        [0x51] = "v128.xor",
        [0x52] = "v128.bitselect",
        [0x53] = "v128.any_true",
        [0x54] = "v128.load8_lane",
        [0x55] = "v128.load16_lane",
        [0x56] = "v128.load32_lane",
        [0x57] = "v128.load64_lane",
        [0x58] = "v128.store8_lane",
        [0x59] = "v128.store16_lane",
        [0x5A] = "v128.store32_lane",
        [0x5B] = "v128.store64_lane",
        [0x5C] = "v128.load32_zero",
        [0x5D] = "v128.load64_zero",
        [0x5E] = "f32x4.demote_f64x2_zero",
        [0x5F] = "f64x2.promote_low_f32x4",
        [0x60] = "i8x16.abs",
        [0x61] = "i8x16.neg",
        [0x62] = "i8x16.popcnt",
        [0x63] = "i8x16.all_true",
        [0x64] = "i8x16.bitmask",
        [0x65] = "i8x16.narrow_i16x8_s",
        [0x66] = "i8x16.narrow_i16x8_u",
        [0x67] = "f32x4.ceil",
        [0x68] = "f32x4.floor",
        [0x69] = "f32x4.trunc",
        [0x6A] = "f32x4.nearest",
        [0x6B] = "i8x16.shl",
        [0x6C] = "i8x16.shr_s",
        [0x6D] = "i8x16.shr_u",
        [0x6E] = "i8x16.add",
        [0x6F] = "i8x16.add_sat_s",
        [0x70] = "i8x16.add_sat_u",
        [0x71] = "i8x16.sub",
        [0x72] = "i8x16.sub_sat_s",
        [0x73] = "i8x16.sub_sat_u",
        [0x74] = "f64x2.ceil",
        [0x75] = "f64x2.floor",
        [0x76] = "i8x16.min_s",
        [0x77] = "i8x16.min_u",
        [0x78] = "i8x16.max_s",
        [0x79] = "i8x16.max_u",
        [0x7A] = "f64x2.trunc",
        [0x7B] = "i8x16.avgr_u",
        [0x7C] = "i16x8.extadd_pairwise_i8x16_s",
        [0x7D] = "i16x8.extadd_pairwise_i8x16_u",
        [0x7E] = "i32x4.extadd_pairwise_i16x8_s",
        [0x7F] = "i32x4.extadd_pairwise_i16x8_u",
        [0x80] = "i16x8.abs",
        [0x81] = "i16x8.neg",
        [0x82] = "i16x8.q15mulr_sat_s",
        [0x83] = "i16x8.all_true",
        [0x84] = "i16x8.bitmask",
        [0x85] = "i16x8.narrow_i32x4_s",
        [0x86] = "i16x8.narrow_i32x4_u",
        [0x87] = "i16x8.extend_low_i8x16_s",
        [0x88] = "i16x8.extend_high_i8x16_s",
        [0x89] = "i16x8.extend_low_i8x16_u",
        [0x8A] = "i16x8.extend_high_i8x16_u",
        [0x8B] = "i16x8.shl",
        [0x8C] = "i16x8.shr_s",
        [0x8D] = "i16x8.shr_u",
        [0x8E] = "i16x8.add",
        [0x8F] = "i16x8.add_sat_s",
        [0x90] = "i16x8.add_sat_u",
        [0x91] = "i16x8.sub",
        [0x92] = "i16x8.sub_sat_s",
        [0x93] = "i16x8.sub_sat_u",
        [0x94] = "f64x2.nearest",
        [0x95] = "i16x8.mul",
        [0x96] = "i16x8.min_s",
        [0x97] = "i16x8.min_u",
        [0x98] = "i16x8.max_s",
        [0x99] = "i16x8.max_u",
        [0x9B] = "i16x8.avgr_u",
        [0x9C] = "i16x8.extmul_low_i8x16_s",
        [0x9D] = "i16x8.extmul_high_i8x16_s",
        [0x9E] = "i16x8.extmul_low_i8x16_u",
        [0x9F] = "i16x8.extmul_high_i8x16_u",
        [0xA0] = "i32x4.abs",
        [0xA1] = "i32x4.neg",
        [0xA3] = "i32x4.all_true",
        [0xA4] = "i32x4.bitmask",
        [0xA7] = "i32x4.extend_low_i16x8_s",
        [0xA8] = "i32x4.extend_high_i16x8_s",
        [0xA9] = "i32x4.extend_low_i16x8_u",
        [0xAA] = "i32x4.extend_high_i16x8_u",
        [0xAB] = "i32x4.shl",
        [0xAC] = "i32x4.shr_s",
        [0xAD] = "i32x4.shr_u",
        [0xAE] = "i32x4.add",
        [0xB1] = "i32x4.sub",
        [0xB5] = "i32x4.mul",
        [0xB6] = "i32x4.min_s",
        [0xB7] = "i32x4.min_u",
        [0xB8] = "i32x4.max_s",
        [0xB9] = "i32x4.max_u",
        [0xBA] = "i32x4.dot_i16x8_s",
        [0xBC] = "i32x4.extmul_low_i16x8_s",
        [0xBD] = "i32x4.extmul_high_i16x8_s",
        [0xBE] = "i32x4.extmul_low_i16x8_u",
        [0xBF] = "i32x4.extmul_high_i16x8_u",
        [0xC0] = "i64x2.abs",
        [0xC1] = "i64x2.neg",
        [0xC3] = "i64x2.all_true",
        [0xC4] = "i64x2.bitmask",
        [0xC7] = "i64x2.extend_low_i32x4_s",
        [0xC8] = "i64x2.extend_high_i32x4_s",
        [0xC9] = "i64x2.extend_low_i32x4_u",
        [0xCA] = "i64x2.extend_high_i32x4_u",
        [0xCB] = "i64x2.shl",
        [0xCC] = "i64x2.shr_s",
        [0xCD] = "i64x2.shr_u",
        [0xCE] = "i64x2.add",
        [0xD1] = "i64x2.sub",
        [0xD5] = "i64x2.mul",
        [0xD6] = "i64x2.eq",
        [0xD7] = "i64x2.ne",
        [0xD8] = "i64x2.lt_s",
        [0xD9] = "i64x2.gt_s",
        [0xDA] = "i64x2.le_s",
        [0xDB] = "i64x2.ge_s",
        [0xDC] = "i64x2.extmul_low_i32x4_s",
        [0xDD] = "i64x2.extmul_high_i32x4_s",
        [0xDE] = "i64x2.extmul_low_i32x4_u",
        [0xDF] = "i64x2.extmul_high_i32x4_u",
        [0xE0] = "f32x4.abs",
        [0xE1] = "f32x4.neg",
        [0xE3] = "f32x4.sqrt",
        [0xE4] = "f32x4.add",
        [0xE5] = "f32x4.sub",
        [0xE6] = "f32x4.mul",
        [0xE7] = "f32x4.div",
        [0xE8] = "f32x4.min",
        [0xE9] = "f32x4.max",
        [0xEA] = "f32x4.pmin",
        [0xEB] = "f32x4.pmax",
        [0xEC] = "f64x2.abs",
        [0xED] = "f64x2.neg",
        [0xEF] = "f64x2.sqrt",
        [0xF0] = "f64x2.add",
        [0xF1] = "f64x2.sub",
        [0xF2] = "f64x2.mul",
        [0xF3] = "f64x2.div",
        [0xF4] = "f64x2.min",
        [0xF5] = "f64x2.max",
        [0xF6] = "f64x2.pmin",
        [0xF7] = "f64x2.pmax",
        [0xF8] = "i32x4.trunc_sat_f32x4_s",
        [0xF9] = "i32x4.trunc_sat_f32x4_u",
        [0xFA] = "f32x4.convert_i32x4_s",
        [0xFB] = "f32x4.convert_i32x4_u",
        [0xFC] = "i32x4.trunc_sat_f64x2_s_zero",
        [0xFD] = "i32x4.trunc_sat_f64x2_u_zero",
        [0xFE] = "f64x2.convert_low_i32x4_s",
        [0xFF] = "f64x2.convert_low_i32x4_u",
    };

    // After Names: static fields initialize in textual order.
    private static readonly SimdInfo[] Table = Build();

    private static SimdInfo[] Build()
    {
        var table = new SimdInfo[0x100];
        foreach (var (sub, name) in Names) table[sub] = Describe(name);
        return table;
    }

    private static SimdInfo Describe(string name)
    {
        var dot = name.IndexOf('.');
        var shape = name[..dot];
        var operation = name[(dot + 1)..];
        var lanes = shape switch { "i8x16" => 16, "i16x8" => 8, "i32x4" or "f32x4" => 4, "i64x2" or "f64x2" => 2, _ => 0 };
        var scalar = shape switch
        {
            "i8x16" or "i16x8" or "i32x4" => ValueKind.I32,
            "i64x2" => ValueKind.I64,
            "f32x4" => ValueKind.F32,
            "f64x2" => ValueKind.F64,
            _ => ValueKind.V128,
        };
        const ValueKind V128 = ValueKind.V128, I32 = ValueKind.I32;

        if (shape == "v128" && operation.StartsWith("load", StringComparison.Ordinal))
        {
            // load, load8x8_s, load16_splat, load32_zero, load8_lane: the bytes read come from the digits.
            var digits = new string(operation[4..].TakeWhile(char.IsDigit).ToArray());
            var laneBits = digits.Length == 0 ? 128 : int.Parse(digits);
            if (operation.Contains('x')) return new(SimdForm.Load, name, 0, V128, V128, 8);
            if (operation.EndsWith("_lane", StringComparison.Ordinal))
                return new(SimdForm.LoadLane, name, 128 / laneBits, V128, V128, laneBits / 8);
            return new(SimdForm.Load, name, 0, V128, V128, laneBits / 8);
        }
        if (shape == "v128" && operation.StartsWith("store", StringComparison.Ordinal))
        {
            var digits = new string(operation[5..].TakeWhile(char.IsDigit).ToArray());
            if (digits.Length == 0) return new(SimdForm.Store, name, 0, V128, V128, 16);
            var laneBits = int.Parse(digits);
            return new(SimdForm.StoreLane, name, 128 / laneBits, V128, V128, laneBits / 8);
        }
        return operation switch
        {
            "const" => new(SimdForm.Const, name, 0, V128, V128, 0),
            "shuffle" => new(SimdForm.Shuffle, name, 32, V128, V128, 0),
            "bitselect" => new(SimdForm.Ternary, name, 0, V128, V128, 0),
            "splat" => new(SimdForm.Unary, name, lanes, scalar, V128, 0),
            "shl" or "shr_s" or "shr_u" => new(SimdForm.Shift, name, lanes, I32, V128, 0),
            "any_true" or "all_true" or "bitmask" => new(SimdForm.Unary, name, lanes, V128, I32, 0),
            _ when operation.StartsWith("extract_lane", StringComparison.Ordinal) => new(SimdForm.ExtractLane, name, lanes, V128, scalar, 0),
            "replace_lane" => new(SimdForm.ReplaceLane, name, lanes, scalar, V128, 0),
            _ when IsUnary(operation) => new(SimdForm.Unary, name, lanes, V128, V128, 0),
            _ => new(SimdForm.Binary, name, lanes, V128, V128, 0),
        };
    }

    private static bool IsUnary(string operation) =>
        operation is "not" or "abs" or "neg" or "popcnt" or "sqrt" or "ceil" or "floor" or "trunc" or "nearest" ||
        operation.StartsWith("extend_", StringComparison.Ordinal) || operation.StartsWith("convert_", StringComparison.Ordinal) ||
        operation.StartsWith("trunc_sat_", StringComparison.Ordinal) || operation.StartsWith("demote_", StringComparison.Ordinal) ||
        operation.StartsWith("promote_", StringComparison.Ordinal) || operation.StartsWith("extadd_pairwise_", StringComparison.Ordinal);
}
