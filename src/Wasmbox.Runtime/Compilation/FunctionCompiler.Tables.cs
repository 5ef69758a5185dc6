using System.Reflection.Emit;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

// Tables, element segments and references.
internal sealed partial class FunctionCompiler
{
    private bool TryEmitTable(in Instruction instruction)
    {
        switch (instruction.Op)
        {
            case Opcode.TableGet:
                EmitLoadTable((int)instruction.A);
                EmitCallRuntime(RuntimeMembers.Support("TableGet"));
                Pop();
                Push(module.TableKinds[(int)instruction.A]);
                return true;
            case Opcode.TableSet:
                EmitLoadTable((int)instruction.A);
                EmitCallRuntime(RuntimeMembers.Support("TableSet"));
                Pop(2);
                return true;
            case Opcode.TableSize:
                EmitLoadTable((int)instruction.A);
                EmitCallRuntime(RuntimeMembers.Support("TableSize"));
                Push(ValueKind.I32);
                return true;
            case Opcode.TableGrow:
                EmitLoadTable((int)instruction.A);
                EmitCallRuntime(RuntimeMembers.Support("TableGrow"));
                Pop(2);
                Push(ValueKind.I32);
                return true;
            case Opcode.TableFill:
                EmitLoadTable((int)instruction.A);
                EmitCallRuntime(RuntimeMembers.Support("TableFill"));
                Pop(3);
                return true;
            case Opcode.TableCopy:
                EmitLoadTable((int)instruction.A);
                EmitLoadTable((int)instruction.B);
                EmitCallRuntime(RuntimeMembers.Support("TableCopy"));
                Pop(3);
                return true;
            case Opcode.TableInit:
                EmitLoadContext();
                il.Emit(OpCodes.Ldc_I4, (int)instruction.A);
                il.Emit(OpCodes.Ldc_I4, (int)instruction.B);
                EmitCallRuntime(RuntimeMembers.Support("TableInit"));
                Pop(3);
                return true;
            case Opcode.ElemDrop:
                EmitLoadContext();
                il.Emit(OpCodes.Ldc_I4, instruction.Index);
                EmitCallRuntime(RuntimeMembers.Support("ElemDrop"));
                return true;
            case Opcode.RefNull:
                il.Emit(OpCodes.Ldnull);
                Push((ValueKind)(byte)instruction.A);
                return true;
            case Opcode.RefIsNull:
                il.Emit(OpCodes.Ldnull);
                il.Emit(OpCodes.Ceq);
                Pop();
                Push(ValueKind.I32);
                return true;
            case Opcode.RefFunc:
                EmitLoadContext();
                il.Emit(OpCodes.Ldc_I4, instruction.Index);
                EmitCallRuntime(RuntimeMembers.Support("RefFunc"));
                Push(ValueKind.FuncRef);
                return true;
            default:
                return false;
        }
    }

    private void EmitLoadTable(int index)
    {
        EmitLoadContext();
        il.Emit(OpCodes.Ldfld, RuntimeMembers.ContextTables);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Ldelem_Ref);
    }
}
