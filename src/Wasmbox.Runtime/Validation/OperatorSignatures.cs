using System.Runtime.CompilerServices;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Validation;

/// <summary>
/// Operand and result types of the instructions whose typing depends on nothing but the opcode:
/// numeric tests, comparisons, arithmetic and conversions, [t1] -> [t] or [t1 t1] -> [t].
/// </summary>
internal static class OperatorSignatures
{
    /// <summary>Typing of one plain operator; <see cref="Operands"/> is 0 when the opcode is not one.</summary>
    internal readonly record struct Signature(byte Operands, ValueKind Operand, ValueKind Result);

    // Indexed by the low byte for single-byte opcodes, by 0x100 + sub-opcode for the 0xFC family
    // and 0x200 + sub-opcode for the SIMD (0xFD) family, so the per-instruction lookup is one array load.
    private static readonly Signature[] Table = Build();

    /// <summary>The signature of <paramref name="op"/>, or default when its typing needs more than the opcode.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Signature Of(Opcode op)
    {
        var value = (uint)op;
        if (value < 0x100) return Table[value];
        var sub = value - 0xFC00;
        return sub < 0x200 ? Table[0x100 + sub] : default;
    }

    private static Signature[] Build()
    {
        var table = new Signature[0x300];

        void Unary(Opcode op, ValueKind operand, ValueKind result) => table[Slot(op)] = new Signature(1, operand, result);
        void Binary(Opcode op, ValueKind operand, ValueKind result) => table[Slot(op)] = new Signature(2, operand, result);
        void UnaryRange(Opcode first, Opcode last, ValueKind kind, ValueKind result)
        {
            for (var op = first; op <= last; op++) Unary(op, kind, result);
        }
        void BinaryRange(Opcode first, Opcode last, ValueKind kind, ValueKind result)
        {
            for (var op = first; op <= last; op++) Binary(op, kind, result);
        }

        const ValueKind I32 = ValueKind.I32, I64 = ValueKind.I64, F32 = ValueKind.F32, F64 = ValueKind.F64;

        Unary(Opcode.I32Eqz, I32, I32);
        BinaryRange(Opcode.I32Eq, Opcode.I32GeU, I32, I32);
        Unary(Opcode.I64Eqz, I64, I32);
        BinaryRange(Opcode.I64Eq, Opcode.I64GeU, I64, I32);
        BinaryRange(Opcode.F32Eq, Opcode.F32Ge, F32, I32);
        BinaryRange(Opcode.F64Eq, Opcode.F64Ge, F64, I32);

        UnaryRange(Opcode.I32Clz, Opcode.I32Popcnt, I32, I32);
        BinaryRange(Opcode.I32Add, Opcode.I32Rotr, I32, I32);
        UnaryRange(Opcode.I64Clz, Opcode.I64Popcnt, I64, I64);
        BinaryRange(Opcode.I64Add, Opcode.I64Rotr, I64, I64);
        UnaryRange(Opcode.F32Abs, Opcode.F32Sqrt, F32, F32);
        BinaryRange(Opcode.F32Add, Opcode.F32Copysign, F32, F32);
        UnaryRange(Opcode.F64Abs, Opcode.F64Sqrt, F64, F64);
        BinaryRange(Opcode.F64Add, Opcode.F64Copysign, F64, F64);

        Unary(Opcode.I32WrapI64, I64, I32);
        Unary(Opcode.I32TruncF32S, F32, I32);
        Unary(Opcode.I32TruncF32U, F32, I32);
        Unary(Opcode.I32TruncF64S, F64, I32);
        Unary(Opcode.I32TruncF64U, F64, I32);
        Unary(Opcode.I64ExtendI32S, I32, I64);
        Unary(Opcode.I64ExtendI32U, I32, I64);
        Unary(Opcode.I64TruncF32S, F32, I64);
        Unary(Opcode.I64TruncF32U, F32, I64);
        Unary(Opcode.I64TruncF64S, F64, I64);
        Unary(Opcode.I64TruncF64U, F64, I64);
        Unary(Opcode.F32ConvertI32S, I32, F32);
        Unary(Opcode.F32ConvertI32U, I32, F32);
        Unary(Opcode.F32ConvertI64S, I64, F32);
        Unary(Opcode.F32ConvertI64U, I64, F32);
        Unary(Opcode.F32DemoteF64, F64, F32);
        Unary(Opcode.F64ConvertI32S, I32, F64);
        Unary(Opcode.F64ConvertI32U, I32, F64);
        Unary(Opcode.F64ConvertI64S, I64, F64);
        Unary(Opcode.F64ConvertI64U, I64, F64);
        Unary(Opcode.F64PromoteF32, F32, F64);
        Unary(Opcode.I32ReinterpretF32, F32, I32);
        Unary(Opcode.I64ReinterpretF64, F64, I64);
        Unary(Opcode.F32ReinterpretI32, I32, F32);
        Unary(Opcode.F64ReinterpretI64, I64, F64);

        Unary(Opcode.I32Extend8S, I32, I32);
        Unary(Opcode.I32Extend16S, I32, I32);
        Unary(Opcode.I64Extend8S, I64, I64);
        Unary(Opcode.I64Extend16S, I64, I64);
        Unary(Opcode.I64Extend32S, I64, I64);

        Unary(Opcode.I32TruncSatF32S, F32, I32);
        Unary(Opcode.I32TruncSatF32U, F32, I32);
        Unary(Opcode.I32TruncSatF64S, F64, I32);
        Unary(Opcode.I32TruncSatF64U, F64, I32);
        Unary(Opcode.I64TruncSatF32S, F32, I64);
        Unary(Opcode.I64TruncSatF32U, F32, I64);
        Unary(Opcode.I64TruncSatF64S, F64, I64);
        Unary(Opcode.I64TruncSatF64U, F64, I64);

        // SIMD operators with one or two operands of one type; the others (shifts, lanes, memory,
        // constants, shuffles, bitselect) are typed by the validator from their SimdInfo.
        for (var sub = 0; sub < 0x100; sub++)
        {
            var op = (Opcode)(0xFD00 + sub);
            var simd = SimdInstructions.Of(op);
            if (simd.Form == SimdForm.Unary) Unary(op, simd.Scalar, simd.Result);
            else if (simd.Form == SimdForm.Binary) Binary(op, ValueKind.V128, ValueKind.V128);
        }

        return table;
    }

    private static int Slot(Opcode op) => (uint)op < 0x100 ? (int)op : 0x100 + ((int)op - 0xFC00);
}
