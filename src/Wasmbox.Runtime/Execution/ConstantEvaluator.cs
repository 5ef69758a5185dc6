using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Execution;

/// <summary>Evaluates validated constant expressions: initializers of globals, offsets and element items.</summary>
internal static class ConstantEvaluator
{
    public static Value Evaluate(ConstantExpression expression, InstanceContext context)
    {
        // Nearly every initializer is one instruction: no stack for those.
        if (expression.Instructions.Length == 1 && expression.Instructions[0].Op is Opcode.I32Const)
            return Value.I32((int)expression.Instructions[0].A);
        var stack = new Stack<Value>(2);
        foreach (var instruction in expression.Instructions)
        {
            switch (instruction.Op)
            {
                case Opcode.I32Const: stack.Push(Value.I32((int)instruction.A)); break;
                case Opcode.I64Const: stack.Push(Value.I64((long)instruction.A)); break;
                case Opcode.F32Const: stack.Push(Value.F32Bits((int)instruction.A)); break;
                case Opcode.F64Const: stack.Push(Value.F64Bits((long)instruction.A)); break;
                case Opcode.V128Const: stack.Push(Value.V128((long)instruction.A, (long)instruction.B)); break;
                case Opcode.RefNull: stack.Push(Value.Null((ValueKind)(byte)instruction.A)); break;
                case Opcode.RefFunc: stack.Push(Value.FuncRef(context.FunctionAt(instruction.Index))); break;
                case Opcode.GlobalGet: stack.Push(context.Globals[instruction.Index].Value); break;
                case Opcode.I32Add: BinaryI32(stack, (a, b) => a + b); break;
                case Opcode.I32Sub: BinaryI32(stack, (a, b) => a - b); break;
                case Opcode.I32Mul: BinaryI32(stack, (a, b) => a * b); break;
                case Opcode.I64Add: BinaryI64(stack, (a, b) => a + b); break;
                case Opcode.I64Sub: BinaryI64(stack, (a, b) => a - b); break;
                case Opcode.I64Mul: BinaryI64(stack, (a, b) => a * b); break;
                default:
                    throw new InvalidOperationException($"{instruction.Op} is not a constant instruction");
            }
        }
        return stack.Pop();
    }

    private static void BinaryI32(Stack<Value> stack, Func<int, int, int> op)
    {
        var b = stack.Pop().AsI32();
        var a = stack.Pop().AsI32();
        stack.Push(Value.I32(op(a, b)));
    }

    private static void BinaryI64(Stack<Value> stack, Func<long, long, long> op)
    {
        var b = stack.Pop().AsI64();
        var a = stack.Pop().AsI64();
        stack.Push(Value.I64(op(a, b)));
    }
}
