using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// What the analyses that follow one value through straight-line code (<see cref="RotateFlagHazards"/>,
/// <see cref="AddressLocals"/>) need of an instruction: how many operands it pops and pushes, and,
/// for a memory access, which operand is its address.
/// </summary>
internal static class OperandArity
{
    /// <summary>The operand stack effect of the instructions followed; false for anything else (control, calls, tables, bulk memory).</summary>
    public static bool TryGet(Opcode op, out int pops, out int pushes)
    {
        (pops, pushes) = op switch
        {
            Opcode.Nop => (0, 0),
            Opcode.Drop or Opcode.LocalSet or Opcode.GlobalSet => (1, 0),
            Opcode.Select or Opcode.SelectTyped => (3, 1),
            Opcode.LocalGet or Opcode.GlobalGet or Opcode.MemorySize => (0, 1),
            Opcode.LocalTee or Opcode.MemoryGrow => (1, 1),
            Opcode.I32Const or Opcode.I64Const or Opcode.F32Const or Opcode.F64Const => (0, 1),
            >= Opcode.I32Load and <= Opcode.I64Load32U => (1, 1),
            >= Opcode.I32Store and <= Opcode.I64Store32 => (2, 0),
            Opcode.I32Eqz or Opcode.I64Eqz => (1, 1),
            _ when IsBinary((int)op) => (2, 1),
            _ when (int)op >= 0x45 && (int)op <= 0xC4 => (1, 1),
            _ when (int)op >= 0xFC00 && (int)op <= 0xFC07 => (1, 1),
            _ when SimdInstructions.IsSimd(op) => Simd(SimdInstructions.Of(op).Form),
            _ => (-1, -1),
        };
        return pops >= 0;
    }

    /// <summary>How many operands lie above a memory access's address (0 for a load, 1 for a store); -1 for other instructions.</summary>
    public static int AddressDepth(Opcode op) => op switch
    {
        >= Opcode.I32Load and <= Opcode.I64Load32U => 0,
        >= Opcode.I32Store and <= Opcode.I64Store32 => 1,
        _ => SimdInstructions.Of(op).Form switch
        {
            SimdForm.Load => 0,
            SimdForm.Store or SimdForm.StoreLane or SimdForm.LoadLane => 1,
            _ => -1,
        },
    };

    private static (int Pops, int Pushes) Simd(SimdForm form) => form switch
    {
        SimdForm.Const => (0, 1),
        SimdForm.Unary or SimdForm.Load or SimdForm.ExtractLane => (1, 1),
        SimdForm.Binary or SimdForm.Shift or SimdForm.Shuffle or SimdForm.ReplaceLane or SimdForm.LoadLane => (2, 1),
        SimdForm.Ternary => (3, 1),
        SimdForm.Store or SimdForm.StoreLane => (2, 0),
        _ => (-1, -1),
    };

    private static bool IsBinary(int code) =>
        (code >= 0x46 && code <= 0x4F) || (code >= 0x51 && code <= 0x66) ||   // comparisons
        (code >= 0x6A && code <= 0x78) || (code >= 0x7C && code <= 0x8A) ||   // integer binary operations
        (code >= 0x92 && code <= 0x98) || (code >= 0xA0 && code <= 0xA6);     // float binary operations
}
