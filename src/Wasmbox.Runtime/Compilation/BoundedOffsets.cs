using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// Table lookups the compiler addresses with an offset instead of an add: <c>table[x &amp; 63]</c>
/// or <c>table[byte]</c> with the table at a constant address is, in Wasm, <c>i32.add</c> of that
/// constant to a bounded value, then a load. The add wraps at 32 bits, so in general it must be
/// done in 32 bits and then widened (a <c>lea</c> and a zero-extension before every lookup); but
/// when the value cannot exceed <c>2^32 - 1 - constant</c> the sum cannot wrap, and the constant
/// joins the load's own offset, which the access adds in 64 bits (folded into the addressing mode).
/// <para>
/// The bounded values recognized are the instruction right before the constant: <c>i32.load8_u</c>
/// and <c>i32.load16_u</c>, <c>i32.and</c> with a constant mask, <c>i32.shr_u</c> by a constant
/// (1 to 31). The load must come right after the add, taking the sum as its address.
/// </para>
/// </summary>
internal static class BoundedOffsets
{
    /// <summary>
    /// Whether the <c>i32.const</c> at <paramref name="constant"/> is such a table's address: then
    /// the constant and the <c>i32.add</c> after it emit nothing, and <paramref name="offset"/> is
    /// added to the next load's offset.
    /// </summary>
    public static bool TryFold(Instruction[] code, int constant, out uint offset)
    {
        offset = 0;
        if (constant < 1 || constant + 2 >= code.Length || code[constant].Op != Opcode.I32Const) return false;
        // A load right after the add, taking the sum as its address.
        if (code[constant + 1].Op != Opcode.I32Add || OperandArity.AddressDepth(code[constant + 2].Op) != 0) return false;
        if (MaximumOf(code, constant - 1) is not { } maximum) return false;
        var value = (uint)code[constant].A;
        if (value > uint.MaxValue - maximum) return false; // the sum could wrap
        offset = value;
        return true;
    }

    /// <summary>The largest value the instruction at <paramref name="producer"/> can push, when it is bounded by its form.</summary>
    private static uint? MaximumOf(Instruction[] code, int producer)
    {
        var constantBefore = producer > 0 && code[producer - 1].Op == Opcode.I32Const;
        return code[producer].Op switch
        {
            Opcode.I32Load8U => byte.MaxValue,
            Opcode.I32Load16U => ushort.MaxValue,
            Opcode.I32And when constantBefore => (uint)code[producer - 1].A,
            Opcode.I32ShrU when constantBefore && (code[producer - 1].A & 31) != 0 => uint.MaxValue >> (int)(code[producer - 1].A & 31),
            _ => null,
        };
    }
}
