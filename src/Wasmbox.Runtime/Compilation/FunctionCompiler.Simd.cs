using System.Reflection.Emit;
using System.Runtime.Intrinsics;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

// Fixed-width SIMD. A v128 is a Vector128<byte> on the IL stack and in locals; every instruction
// but v128.load, v128.store and v128.const is a call to the SimdOps method of the same name,
// which RyuJIT inlines into a few vector instructions.
internal sealed partial class FunctionCompiler
{
    private static readonly Type V128Type = typeof(Vector128<byte>);

    private bool TryEmitSimd(in Instruction instruction)
    {
        var simd = SimdInstructions.Of(instruction.Op);
        switch (simd.Form)
        {
            case SimdForm.None:
                return false;

            case SimdForm.Const:
                EmitV128Constant(instruction.A, instruction.B);
                Push(ValueKind.V128);
                return true;

            case SimdForm.Load:
                Pop();
                EmitEffectiveAddress(instruction.A, simd.AccessBytes);
                if (instruction.Op == Opcode.V128Load)
                {
                    il.Emit(OpCodes.Unaligned, (byte)1);
                    il.Emit(OpCodes.Ldobj, V128Type);
                }
                else
                {
                    CallSimd(instruction.Op);
                }
                Push(ValueKind.V128);
                return true;

            case SimdForm.Store:
            case SimdForm.LoadLane:
            case SimdForm.StoreLane:
            {
                // The vector is on top of the address: set it aside while the address is checked.
                Pop();
                Pop();
                var vector = pool.Rent(V128Type);
                il.Emit(OpCodes.Stloc, vector);
                EmitEffectiveAddress(instruction.A, simd.AccessBytes);
                il.Emit(OpCodes.Ldloc, vector);
                pool.Return(vector);
                if (simd.Form == SimdForm.Store)
                {
                    il.Emit(OpCodes.Unaligned, (byte)1);
                    il.Emit(OpCodes.Stobj, V128Type);
                    return true;
                }
                il.Emit(OpCodes.Ldc_I4, (int)(instruction.B >> 8));
                CallSimd(instruction.Op);
                if (simd.Form == SimdForm.LoadLane) Push(ValueKind.V128);
                return true;
            }

            case SimdForm.Shuffle:
                EmitShuffle(instruction.A, instruction.B);
                Pop(2);
                Push(ValueKind.V128);
                return true;

            case SimdForm.ExtractLane:
                il.Emit(OpCodes.Ldc_I4, instruction.Index);
                CallSimd(instruction.Op);
                Pop();
                Push(simd.Result);
                return true;

            case SimdForm.ReplaceLane:
                il.Emit(OpCodes.Ldc_I4, instruction.Index);
                CallSimd(instruction.Op);
                Pop(2);
                Push(ValueKind.V128);
                return true;

            default:
                CallSimd(instruction.Op);
                Pop(simd.Form switch { SimdForm.Unary => 1, SimdForm.Ternary => 3, _ => 2 });
                Push(simd.Result);
                return true;
        }
    }

    /// <summary>i8x16.shuffle in the cheapest form its constant lanes allow.</summary>
    private void EmitShuffle(ulong low, ulong high)
    {
        const ulong SecondOperand = 0x1010101010101010;
        var pattern = ShufflePattern.Of(low, high);
        switch (pattern.Kind)
        {
            case ShufflePattern.Kinds.First:
                il.Emit(OpCodes.Pop);
                return;
            case ShufflePattern.Kinds.Second:
            case ShufflePattern.Kinds.FromSecond:
            {
                var second = pool.Rent(V128Type);
                il.Emit(OpCodes.Stloc, second);
                il.Emit(OpCodes.Pop);
                il.Emit(OpCodes.Ldloc, second);
                pool.Return(second);
                if (pattern.Kind == ShufflePattern.Kinds.Second) return;
                EmitV128Constant(low - SecondOperand, high - SecondOperand);
                il.Emit(OpCodes.Call, RuntimeMembers.SimdShuffle(nameof(SimdShuffles.FromOne)));
                return;
            }
            case ShufflePattern.Kinds.FromFirst:
                il.Emit(OpCodes.Pop);
                EmitV128Constant(low, high);
                il.Emit(OpCodes.Call, RuntimeMembers.SimdShuffle(nameof(SimdShuffles.FromOne)));
                return;
            case ShufflePattern.Kinds.Window:
                il.Emit(OpCodes.Ldc_I4, pattern.Start);
                il.Emit(OpCodes.Call, RuntimeMembers.SimdShuffle(nameof(SimdShuffles.Window)));
                return;
            default:
                EmitV128Constant(low, high);
                CallSimd(Opcode.I8x16Shuffle);
                return;
        }
    }

    private void CallSimd(Opcode op) => il.Emit(OpCodes.Call, RuntimeMembers.Simd(op.ToString()));

    /// <summary>A constant vector from its two little-endian halves, which RyuJIT folds into one constant.</summary>
    private void EmitV128Constant(ulong low, ulong high)
    {
        il.Emit(OpCodes.Ldc_I8, (long)low);
        il.Emit(OpCodes.Ldc_I8, (long)high);
        il.Emit(OpCodes.Call, RuntimeMembers.Support(nameof(Execution.RuntimeSupport.V128FromHalves)));
    }
}
