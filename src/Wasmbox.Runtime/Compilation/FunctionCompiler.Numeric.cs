using System.Reflection.Emit;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

// Constants, comparisons, arithmetic and conversions.
internal sealed partial class FunctionCompiler
{
    private const ValueKind I32 = ValueKind.I32, I64 = ValueKind.I64, F32 = ValueKind.F32, F64 = ValueKind.F64;

    private bool TryEmitNumeric(in Instruction instruction)
    {
        switch (instruction.Op)
        {
            case Opcode.I32Const:
                // A table's address added to a bounded index joins the next load's offset (see BoundedOffsets).
                if (!BoundedOffsets.TryFold(body.Code, instructionIndex, out _)) il.Emit(OpCodes.Ldc_I4, (int)instruction.A);
                Push(I32);
                return true;
            case Opcode.I64Const:
                il.Emit(OpCodes.Ldc_I8, (long)instruction.A);
                Push(I64);
                return true;
            case Opcode.F32Const:
                EmitF32Constant((int)instruction.A);
                return true;
            case Opcode.F64Const:
                EmitF64Constant((long)instruction.A);
                return true;

            case Opcode.I32Eqz: Ops(1, I32, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;
            case Opcode.I32Eq: Ops(2, I32, OpCodes.Ceq); return true;
            case Opcode.I32Ne: Ops(2, I32, OpCodes.Ceq, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;
            case Opcode.I32LtS: Ops(2, I32, OpCodes.Clt); return true;
            case Opcode.I32LtU: Ops(2, I32, OpCodes.Clt_Un); return true;
            case Opcode.I32GtS: Ops(2, I32, OpCodes.Cgt); return true;
            case Opcode.I32GtU: Ops(2, I32, OpCodes.Cgt_Un); return true;
            case Opcode.I32LeS: Ops(2, I32, OpCodes.Cgt, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;
            case Opcode.I32LeU: Ops(2, I32, OpCodes.Cgt_Un, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;
            case Opcode.I32GeS: Ops(2, I32, OpCodes.Clt, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;
            case Opcode.I32GeU: Ops(2, I32, OpCodes.Clt_Un, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;

            case Opcode.I64Eqz:
                il.Emit(OpCodes.Ldc_I4_0);
                il.Emit(OpCodes.Conv_I8);
                Ops(1, I32, OpCodes.Ceq);
                return true;
            case Opcode.I64Eq: Ops(2, I32, OpCodes.Ceq); return true;
            case Opcode.I64Ne: Ops(2, I32, OpCodes.Ceq, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;
            case Opcode.I64LtS: Ops(2, I32, OpCodes.Clt); return true;
            case Opcode.I64LtU: Ops(2, I32, OpCodes.Clt_Un); return true;
            case Opcode.I64GtS: Ops(2, I32, OpCodes.Cgt); return true;
            case Opcode.I64GtU: Ops(2, I32, OpCodes.Cgt_Un); return true;
            case Opcode.I64LeS: Ops(2, I32, OpCodes.Cgt, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;
            case Opcode.I64LeU: Ops(2, I32, OpCodes.Cgt_Un, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;
            case Opcode.I64GeS: Ops(2, I32, OpCodes.Clt, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;
            case Opcode.I64GeU: Ops(2, I32, OpCodes.Clt_Un, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;

            // Float comparisons: the ".un" forms are true for unordered operands, so negating them
            // gives ordered <= and >=, false when either side is NaN.
            case Opcode.F32Eq: case Opcode.F64Eq: Ops(2, I32, OpCodes.Ceq); return true;
            case Opcode.F32Ne: case Opcode.F64Ne: Ops(2, I32, OpCodes.Ceq, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;
            case Opcode.F32Lt: case Opcode.F64Lt: Ops(2, I32, OpCodes.Clt); return true;
            case Opcode.F32Gt: case Opcode.F64Gt: Ops(2, I32, OpCodes.Cgt); return true;
            case Opcode.F32Le: case Opcode.F64Le: Ops(2, I32, OpCodes.Cgt_Un, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;
            case Opcode.F32Ge: case Opcode.F64Ge: Ops(2, I32, OpCodes.Clt_Un, OpCodes.Ldc_I4_0, OpCodes.Ceq); return true;

            case Opcode.I32Clz: Call("I32Clz", 1, I32); return true;
            case Opcode.I32Ctz: Call("I32Ctz", 1, I32); return true;
            case Opcode.I32Popcnt: Call("I32Popcnt", 1, I32); return true;
            case Opcode.I32Add when BoundedOffsets.TryFold(body.Code, instructionIndex - 1, out _):
                Pop(2);
                Push(I32);
                return true;
            case Opcode.I32Add: Ops(2, I32, OpCodes.Add); return true;
            case Opcode.I32Sub: Ops(2, I32, OpCodes.Sub); return true;
            case Opcode.I32Mul: Ops(2, I32, OpCodes.Mul); return true;
            case Opcode.I32DivS: Call("I32DivS", 2, I32); return true;
            case Opcode.I32DivU: Call("I32DivU", 2, I32); return true;
            case Opcode.I32RemS: Call("I32RemS", 2, I32); return true;
            case Opcode.I32RemU: Call("I32RemU", 2, I32); return true;
            case Opcode.I32And: Ops(2, I32, OpCodes.And); return true;
            case Opcode.I32Or: Ops(2, I32, OpCodes.Or); return true;
            case Opcode.I32Xor: Ops(2, I32, OpCodes.Xor); return true;
            case Opcode.I32Shl: EmitShift(I32, OpCodes.Shl); return true;
            case Opcode.I32ShrS: EmitShift(I32, OpCodes.Shr); return true;
            case Opcode.I32ShrU: EmitShift(I32, OpCodes.Shr_Un); return true;
            case Opcode.I32Rotl: Call(RotateHelper("I32Rotl"), 2, I32); return true;
            case Opcode.I32Rotr: Call(RotateHelper("I32Rotr"), 2, I32); return true;

            case Opcode.I64Clz: Call("I64Clz", 1, I64); return true;
            case Opcode.I64Ctz: Call("I64Ctz", 1, I64); return true;
            case Opcode.I64Popcnt: Call("I64Popcnt", 1, I64); return true;
            case Opcode.I64Add: Ops(2, I64, OpCodes.Add); return true;
            case Opcode.I64Sub: Ops(2, I64, OpCodes.Sub); return true;
            case Opcode.I64Mul: Ops(2, I64, OpCodes.Mul); return true;
            case Opcode.I64DivS: Call("I64DivS", 2, I64); return true;
            case Opcode.I64DivU: Call("I64DivU", 2, I64); return true;
            case Opcode.I64RemS: Call("I64RemS", 2, I64); return true;
            case Opcode.I64RemU: Call("I64RemU", 2, I64); return true;
            case Opcode.I64And: Ops(2, I64, OpCodes.And); return true;
            case Opcode.I64Or: Ops(2, I64, OpCodes.Or); return true;
            case Opcode.I64Xor: Ops(2, I64, OpCodes.Xor); return true;
            case Opcode.I64Shl: EmitShift(I64, OpCodes.Shl); return true;
            case Opcode.I64ShrS: EmitShift(I64, OpCodes.Shr); return true;
            case Opcode.I64ShrU: EmitShift(I64, OpCodes.Shr_Un); return true;
            case Opcode.I64Rotl: Call(RotateHelper("I64Rotl"), 2, I64); return true;
            case Opcode.I64Rotr: Call(RotateHelper("I64Rotr"), 2, I64); return true;

            case Opcode.F32Abs: Call("F32Abs", 1, F32); return true;
            case Opcode.F32Neg: Call("F32Neg", 1, F32); return true;
            case Opcode.F32Ceil: Call("F32Ceil", 1, F32); return true;
            case Opcode.F32Floor: Call("F32Floor", 1, F32); return true;
            case Opcode.F32Trunc: Call("F32Trunc", 1, F32); return true;
            case Opcode.F32Nearest: Call("F32Nearest", 1, F32); return true;
            case Opcode.F32Sqrt: Call("F32Sqrt", 1, F32); return true;
            case Opcode.F32Add: Ops(2, F32, OpCodes.Add); return true;
            case Opcode.F32Sub: Ops(2, F32, OpCodes.Sub); return true;
            case Opcode.F32Mul: Ops(2, F32, OpCodes.Mul); return true;
            case Opcode.F32Div: Ops(2, F32, OpCodes.Div); return true;
            case Opcode.F32Min: Call("F32Min", 2, F32); return true;
            case Opcode.F32Max: Call("F32Max", 2, F32); return true;
            case Opcode.F32Copysign: Call("F32Copysign", 2, F32); return true;

            case Opcode.F64Abs: Call("F64Abs", 1, F64); return true;
            case Opcode.F64Neg: Call("F64Neg", 1, F64); return true;
            case Opcode.F64Ceil: Call("F64Ceil", 1, F64); return true;
            case Opcode.F64Floor: Call("F64Floor", 1, F64); return true;
            case Opcode.F64Trunc: Call("F64Trunc", 1, F64); return true;
            case Opcode.F64Nearest: Call("F64Nearest", 1, F64); return true;
            case Opcode.F64Sqrt: Call("F64Sqrt", 1, F64); return true;
            case Opcode.F64Add: Ops(2, F64, OpCodes.Add); return true;
            case Opcode.F64Sub: Ops(2, F64, OpCodes.Sub); return true;
            case Opcode.F64Mul: Ops(2, F64, OpCodes.Mul); return true;
            case Opcode.F64Div: Ops(2, F64, OpCodes.Div); return true;
            case Opcode.F64Min: Call("F64Min", 2, F64); return true;
            case Opcode.F64Max: Call("F64Max", 2, F64); return true;
            case Opcode.F64Copysign: Call("F64Copysign", 2, F64); return true;

            case Opcode.I32WrapI64: Ops(1, I32, OpCodes.Conv_I4); return true;
            case Opcode.I32TruncF32S: Call("I32TruncF32S", 1, I32); return true;
            case Opcode.I32TruncF32U: Call("I32TruncF32U", 1, I32); return true;
            case Opcode.I32TruncF64S: Call("I32TruncF64S", 1, I32); return true;
            case Opcode.I32TruncF64U: Call("I32TruncF64U", 1, I32); return true;
            case Opcode.I64ExtendI32S: Ops(1, I64, OpCodes.Conv_I8); return true;
            case Opcode.I64ExtendI32U: Ops(1, I64, OpCodes.Conv_U8); return true;
            case Opcode.I64TruncF32S: Call("I64TruncF32S", 1, I64); return true;
            case Opcode.I64TruncF32U: Call("I64TruncF32U", 1, I64); return true;
            case Opcode.I64TruncF64S: Call("I64TruncF64S", 1, I64); return true;
            case Opcode.I64TruncF64U: Call("I64TruncF64U", 1, I64); return true;
            case Opcode.F32ConvertI32S: Ops(1, F32, OpCodes.Conv_R4); return true;
            case Opcode.F32ConvertI32U: Call("F32ConvertI32U", 1, F32); return true;
            case Opcode.F32ConvertI64S: Call("F32ConvertI64S", 1, F32); return true;
            case Opcode.F32ConvertI64U: Call("F32ConvertI64U", 1, F32); return true;
            case Opcode.F32DemoteF64: Call("F32DemoteF64", 1, F32); return true;
            case Opcode.F64ConvertI32S: Ops(1, F64, OpCodes.Conv_R8); return true;
            case Opcode.F64ConvertI32U: Call("F64ConvertI32U", 1, F64); return true;
            case Opcode.F64ConvertI64S: Ops(1, F64, OpCodes.Conv_R8); return true;
            case Opcode.F64ConvertI64U: Call("F64ConvertI64U", 1, F64); return true;
            case Opcode.F64PromoteF32: Call("F64PromoteF32", 1, F64); return true;
            case Opcode.I32ReinterpretF32: Call("I32ReinterpretF32", 1, I32); return true;
            case Opcode.I64ReinterpretF64: Call("I64ReinterpretF64", 1, I64); return true;
            case Opcode.F32ReinterpretI32: Call("F32ReinterpretI32", 1, F32); return true;
            case Opcode.F64ReinterpretI64: Call("F64ReinterpretI64", 1, F64); return true;

            case Opcode.I32Extend8S: Ops(1, I32, OpCodes.Conv_I1); return true;
            case Opcode.I32Extend16S: Ops(1, I32, OpCodes.Conv_I2); return true;
            case Opcode.I64Extend8S: Ops(1, I64, OpCodes.Conv_I1, OpCodes.Conv_I8); return true;
            case Opcode.I64Extend16S: Ops(1, I64, OpCodes.Conv_I2, OpCodes.Conv_I8); return true;
            case Opcode.I64Extend32S: Ops(1, I64, OpCodes.Conv_I4, OpCodes.Conv_I8); return true;

            case Opcode.I32TruncSatF32S: Call("I32TruncSatF32S", 1, I32); return true;
            case Opcode.I32TruncSatF32U: Call("I32TruncSatF32U", 1, I32); return true;
            case Opcode.I32TruncSatF64S: Call("I32TruncSatF64S", 1, I32); return true;
            case Opcode.I32TruncSatF64U: Call("I32TruncSatF64U", 1, I32); return true;
            case Opcode.I64TruncSatF32S: Call("I64TruncSatF32S", 1, I64); return true;
            case Opcode.I64TruncSatF32U: Call("I64TruncSatF32U", 1, I64); return true;
            case Opcode.I64TruncSatF64S: Call("I64TruncSatF64S", 1, I64); return true;
            case Opcode.I64TruncSatF64U: Call("I64TruncSatF64U", 1, I64); return true;
            default:
                return false;
        }
    }

    /// <summary>The plain rotate, or the one RyuJIT cannot mistake for setting the zero flag when its value may be compared.</summary>
    private string RotateHelper(string name) => rotateHazards?[instructionIndex] == true ? name + "Tested" : name;

    /// <summary>Emits plain IL opcodes that pop <paramref name="pops"/> operands and push one result.</summary>
    private void Ops(int pops, ValueKind result, params OpCode[] opcodes)
    {
        foreach (var op in opcodes) il.Emit(op);
        Pop(pops);
        Push(result);
    }

    private void Call(string numeric, int pops, ValueKind result)
    {
        EmitCallRuntime(RuntimeMembers.Numeric(numeric));
        Pop(pops);
        Push(result);
    }

    /// <summary>IL leaves shifts by the width or more undefined; Wasm takes the count modulo the width.</summary>
    private void EmitShift(ValueKind kind, OpCode shift)
    {
        if (kind == I64) il.Emit(OpCodes.Conv_I4);
        il.Emit(OpCodes.Ldc_I4, kind == I64 ? 63 : 31);
        il.Emit(OpCodes.And);
        il.Emit(shift);
        Pop(2);
        Push(kind);
    }

    // NaN constants go through a call on their bits so no signalling-NaN payload is lost on the way.
    private void EmitF32Constant(int bits)
    {
        var value = BitConverter.Int32BitsToSingle(bits);
        if (float.IsNaN(value))
        {
            il.Emit(OpCodes.Ldc_I4, bits);
            EmitCallRuntime(RuntimeMembers.Numeric("F32NaNFromBits"));
        }
        else if (OpaqueFloatConstants.FieldFor(value) is { } field)
        {
            il.Emit(OpCodes.Ldsfld, typeof(OpaqueFloatConstants).GetField(field)!);
        }
        else
        {
            il.Emit(OpCodes.Ldc_R4, value);
        }
        Push(F32);
    }

    private void EmitF64Constant(long bits)
    {
        var value = BitConverter.Int64BitsToDouble(bits);
        if (double.IsNaN(value))
        {
            il.Emit(OpCodes.Ldc_I8, bits);
            EmitCallRuntime(RuntimeMembers.Numeric("F64NaNFromBits"));
        }
        else if (OpaqueFloatConstants.FieldFor(value) is { } field)
        {
            il.Emit(OpCodes.Ldsfld, typeof(OpaqueFloatConstants).GetField(field)!);
        }
        else
        {
            il.Emit(OpCodes.Ldc_R8, value);
        }
        Push(F64);
    }
}
