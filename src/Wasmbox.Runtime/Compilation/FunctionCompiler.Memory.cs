using System.Reflection.Emit;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

// Linear memory: loads, stores, size, grow and bulk operations.
internal sealed partial class FunctionCompiler
{
    private bool TryEmitMemory(in Instruction instruction)
    {
        var offset = instruction.A;
        switch (instruction.Op)
        {
            case Opcode.I32Load: EmitLoad(offset, 4, OpCodes.Ldind_I4, null, ValueKind.I32); return true;
            case Opcode.I64Load: EmitLoad(offset, 8, OpCodes.Ldind_I8, null, ValueKind.I64); return true;
            case Opcode.F32Load: EmitLoad(offset, 4, OpCodes.Ldind_R4, null, ValueKind.F32); return true;
            case Opcode.F64Load: EmitLoad(offset, 8, OpCodes.Ldind_R8, null, ValueKind.F64); return true;
            case Opcode.I32Load8S: EmitLoad(offset, 1, OpCodes.Ldind_I1, null, ValueKind.I32); return true;
            case Opcode.I32Load8U: EmitLoad(offset, 1, OpCodes.Ldind_U1, null, ValueKind.I32); return true;
            case Opcode.I32Load16S: EmitLoad(offset, 2, OpCodes.Ldind_I2, null, ValueKind.I32); return true;
            case Opcode.I32Load16U: EmitLoad(offset, 2, OpCodes.Ldind_U2, null, ValueKind.I32); return true;
            case Opcode.I64Load8S: EmitLoad(offset, 1, OpCodes.Ldind_I1, OpCodes.Conv_I8, ValueKind.I64); return true;
            case Opcode.I64Load8U: EmitLoad(offset, 1, OpCodes.Ldind_U1, OpCodes.Conv_U8, ValueKind.I64); return true;
            case Opcode.I64Load16S: EmitLoad(offset, 2, OpCodes.Ldind_I2, OpCodes.Conv_I8, ValueKind.I64); return true;
            case Opcode.I64Load16U: EmitLoad(offset, 2, OpCodes.Ldind_U2, OpCodes.Conv_U8, ValueKind.I64); return true;
            case Opcode.I64Load32S: EmitLoad(offset, 4, OpCodes.Ldind_I4, OpCodes.Conv_I8, ValueKind.I64); return true;
            case Opcode.I64Load32U: EmitLoad(offset, 4, OpCodes.Ldind_U4, OpCodes.Conv_U8, ValueKind.I64); return true;
            case Opcode.I32Store: EmitStore(offset, 4, OpCodes.Stind_I4, null); return true;
            case Opcode.I64Store: EmitStore(offset, 8, OpCodes.Stind_I8, null); return true;
            case Opcode.F32Store: EmitStore(offset, 4, OpCodes.Stind_R4, null); return true;
            case Opcode.F64Store: EmitStore(offset, 8, OpCodes.Stind_R8, null); return true;
            case Opcode.I32Store8: EmitStore(offset, 1, OpCodes.Stind_I1, null); return true;
            case Opcode.I32Store16: EmitStore(offset, 2, OpCodes.Stind_I2, null); return true;
            case Opcode.I64Store8: EmitStore(offset, 1, OpCodes.Stind_I1, OpCodes.Conv_I4); return true;
            case Opcode.I64Store16: EmitStore(offset, 2, OpCodes.Stind_I2, OpCodes.Conv_I4); return true;
            case Opcode.I64Store32: EmitStore(offset, 4, OpCodes.Stind_I4, OpCodes.Conv_I4); return true;
            case Opcode.MemorySize:
                if (memoryLength is null)
                {
                    EmitLoadMemoryObject();
                    il.Emit(OpCodes.Ldfld, RuntimeMembers.MemoryLength);
                }
                else il.Emit(OpCodes.Ldloc, memoryLength);
                il.Emit(OpCodes.Ldc_I4, 16);
                il.Emit(OpCodes.Shr_Un);
                il.Emit(OpCodes.Conv_I4);
                Push(ValueKind.I32);
                return true;
            case Opcode.MemoryGrow:
                EmitLoadMemoryObject();
                EmitCallRuntime(RuntimeMembers.Support("MemoryGrow"));
                ReloadMemoryLength();
                return true;
            case Opcode.MemoryFill:
                EmitLoadMemoryObject();
                EmitCallRuntime(RuntimeMembers.Support("MemoryFill"));
                Pop(3);
                return true;
            case Opcode.MemoryCopy:
                EmitLoadMemoryObject();
                EmitCallRuntime(RuntimeMembers.Support("MemoryCopy"));
                Pop(3);
                return true;
            case Opcode.MemoryInit:
                EmitLoadContext();
                il.Emit(OpCodes.Ldc_I4, instruction.Index);
                EmitCallRuntime(RuntimeMembers.Support("MemoryInit"));
                Pop(3);
                return true;
            case Opcode.DataDrop:
                EmitLoadContext();
                il.Emit(OpCodes.Ldc_I4, instruction.Index);
                EmitCallRuntime(RuntimeMembers.Support("DataDrop"));
                return true;
            default:
                return false;
        }
    }

    private void EmitLoadMemoryObject()
    {
        EmitLoadContext();
        il.Emit(OpCodes.Ldfld, RuntimeMembers.ContextMemory0);
    }

    /// <summary>
    /// Turns the i32 address on the stack into a native pointer, trapping unless
    /// address + offset + size fits in the memory. The sum is computed in 64 bits, so it cannot wrap.
    /// With a guard region there is no compare: an access past the length faults, and the fault is the trap.
    /// </summary>
    private void EmitEffectiveAddress(ulong offset, int size)
    {
        // The address was just popped: its slot's index is the stack's height. A loop's shadow of
        // a local is zero-extended already.
        if (shadowAddressSlot == stack.Count) shadowAddressSlot = -1;
        else il.Emit(OpCodes.Conv_U8);
        // A table's address whose i32.const and add emitted nothing (see BoundedOffsets).
        if (BoundedOffsets.TryFold(body.Code, instructionIndex - 2, out var table)) offset += table;
        if (UsesGuardRegion && !LoadedValueIsDropped)
        {
            EmitAddBase(offset);
            return;
        }
        var inBounds = il.DefineLabel();
        var address = pool.Rent(typeof(ulong));
        il.Emit(OpCodes.Stloc, address);
        il.Emit(OpCodes.Ldloc, address);
        il.Emit(OpCodes.Ldc_I8, (long)(offset + (ulong)size));
        il.Emit(OpCodes.Add);
        if (memoryLength is null)
        {
            EmitLoadMemoryObject();
            il.Emit(OpCodes.Ldfld, RuntimeMembers.MemoryLength);
        }
        else il.Emit(OpCodes.Ldloc, memoryLength);
        il.Emit(OpCodes.Ble_Un, inBounds);
        EmitThrowTrap(TrapKind.MemoryOutOfBounds);
        il.MarkLabel(inBounds);
        il.Emit(OpCodes.Ldloc, address);
        pool.Return(address);
        EmitAddBase(offset);
    }

    /// <summary>
    /// A load whose value is dropped, which RyuJIT reduces to a probe of the first byte: with a
    /// guard region, an access straddling the end would then not fault, so it is checked explicitly.
    /// </summary>
    private bool LoadedValueIsDropped =>
        instructionIndex + 1 < body.Code.Length && body.Code[instructionIndex + 1].Op == Opcode.Drop;

    /// <summary>The 64-bit address on the stack, plus the offset, plus the memory's base: a native pointer.</summary>
    private void EmitAddBase(ulong offset)
    {
        if (offset != 0)
        {
            il.Emit(OpCodes.Ldc_I8, (long)offset);
            il.Emit(OpCodes.Add);
        }
        il.Emit(OpCodes.Conv_U);
        il.Emit(OpCodes.Ldloc, memoryBase!);
        il.Emit(OpCodes.Add);
    }

    private void EmitLoad(ulong offset, int size, OpCode load, OpCode? widen, ValueKind result)
    {
        Pop();
        EmitEffectiveAddress(offset, size);
        if (size > 1) il.Emit(OpCodes.Unaligned, (byte)1);
        il.Emit(load);
        if (widen is { } w) il.Emit(w);
        Push(result);
    }

    private void EmitStore(ulong offset, int size, OpCode store, OpCode? narrow)
    {
        var kind = Pop();
        Pop();
        var value = pool.Rent(kind);
        il.Emit(OpCodes.Stloc, value);
        EmitEffectiveAddress(offset, size);
        il.Emit(OpCodes.Ldloc, value);
        if (narrow is { } n) il.Emit(n);
        if (size > 1) il.Emit(OpCodes.Unaligned, (byte)1);
        il.Emit(store);
        pool.Return(value);
    }
}
