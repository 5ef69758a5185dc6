using System.Reflection.Emit;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

// Structured control flow, branches and calls.
internal sealed partial class FunctionCompiler
{
    private bool TryEmitControl(in Instruction instruction)
    {
        switch (instruction.Op)
        {
            case Opcode.Unreachable:
                EmitThrowTrap(TrapKind.Unreachable);
                MarkUnreachable();
                return true;
            case Opcode.Block:
                EnterBlock(FrameKind.Block, BlockType.FromInstruction(instruction));
                return true;
            case Opcode.Loop:
                EnterBlock(FrameKind.Loop, BlockType.FromInstruction(instruction));
                return true;
            case Opcode.If:
                EnterBlock(FrameKind.If, BlockType.FromInstruction(instruction));
                return true;
            case Opcode.Else:
                EmitElse(frames[^1]);
                return true;
            case Opcode.End:
                EmitEnd();
                return true;
            case Opcode.Br:
                EmitBranch(instruction.Index);
                MarkUnreachable();
                return true;
            case Opcode.BrIf:
                EmitBranchIf(instruction.Index);
                return true;
            case Opcode.BrTable:
                EmitBranchTable(instruction);
                MarkUnreachable();
                return true;
            case Opcode.Return:
                EmitBranch(frames.Count - 1);
                MarkUnreachable();
                return true;
            case Opcode.Call:
                EmitCall(instruction.Index);
                return true;
            case Opcode.CallIndirect:
                EmitCallIndirect((int)instruction.A, (int)instruction.B);
                return true;
            default:
                return false;
        }
    }

    private (ValueKind[] Parameters, ValueKind[] Results) Resolve(BlockType type)
    {
        if (type.IsEmpty) return ([], []);
        if (!type.IsTypeIndex) return ([], [type.ValueKind]);
        var functionType = module.Definition.Types[type.TypeIndex];
        return (functionType.Parameters.ToArray(), functionType.Results.ToArray());
    }

    private LocalBuilder[] StoreTop(ValueKind[] kinds)
    {
        var stored = new LocalBuilder[kinds.Length];
        for (var i = kinds.Length - 1; i >= 0; i--)
        {
            stored[i] = pool.Rent(kinds[i]);
            il.Emit(OpCodes.Stloc, stored[i]);
            Pop();
        }
        return stored;
    }

    private void LoadAll(LocalBuilder[] stored, ValueKind[] kinds)
    {
        for (var i = 0; i < stored.Length; i++)
        {
            il.Emit(OpCodes.Ldloc, stored[i]);
            Push(kinds[i]);
        }
    }

    private List<(LocalBuilder Local, ValueKind Kind)> SpillStack()
    {
        var spilled = new List<(LocalBuilder, ValueKind)>(stack.Count);
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var local = pool.Rent(stack[i]);
            il.Emit(OpCodes.Stloc, local);
            spilled.Add((local, stack[i]));
        }
        spilled.Reverse();
        stack.Clear();
        return spilled;
    }

    private void EnterBlock(FrameKind kind, BlockType blockType)
    {
        var (parameters, results) = Resolve(blockType);
        LocalBuilder? condition = null;
        if (kind == FrameKind.If)
        {
            condition = pool.Rent(typeof(int));
            il.Emit(OpCodes.Stloc, condition);
            Pop();
        }
        var parameterLocals = StoreTop(parameters);
        var spilled = SpillStack();

        switch (kind)
        {
            case FrameKind.Loop:
            {
                var header = il.DefineLabel();
                EmitLoopShadowEntry();
                il.MarkLabel(header);
                EmitInterruptCheck();
                frames.Add(new ControlFrame
                {
                    Kind = kind, Parameters = parameters, Results = results, BranchTarget = header,
                    BranchLocals = parameterLocals, Spilled = spilled,
                });
                LoadAll(parameterLocals, parameters);
                break;
            }
            case FrameKind.If:
            {
                var elseLabel = il.DefineLabel();
                il.Emit(OpCodes.Ldloc, condition!);
                il.Emit(OpCodes.Brfalse, elseLabel);
                pool.Return(condition!);
                frames.Add(new ControlFrame
                {
                    Kind = kind, Parameters = parameters, Results = results, BranchTarget = il.DefineLabel(),
                    BranchLocals = results.Select(pool.Rent).ToArray(), Spilled = spilled,
                    ParameterLocals = parameterLocals, ElseLabel = elseLabel,
                });
                LoadAll(parameterLocals, parameters);
                break;
            }
            default:
            {
                frames.Add(new ControlFrame
                {
                    Kind = kind, Parameters = parameters, Results = results, BranchTarget = il.DefineLabel(),
                    BranchLocals = results.Select(pool.Rent).ToArray(), Spilled = spilled,
                });
                LoadAll(parameterLocals, parameters);
                pool.Return(parameterLocals);
                break;
            }
        }
    }

    private void StoreFallthroughResults(ControlFrame frame)
    {
        if (frame.Unreachable) return;
        for (var i = frame.Results.Length - 1; i >= 0; i--)
        {
            il.Emit(OpCodes.Stloc, frame.BranchLocals[i]);
            Pop();
        }
    }

    private void EmitElse(ControlFrame frame)
    {
        StoreFallthroughResults(frame);
        if (!frame.Unreachable) il.Emit(OpCodes.Br, frame.BranchTarget);
        il.MarkLabel(frame.ElseLabel);
        stack.Clear();
        frame.Unreachable = false;
        frame.ElseSeen = true;
        LoadAll(frame.ParameterLocals, frame.Parameters);
    }

    private void EmitEnd()
    {
        var frame = frames[^1];
        switch (frame.Kind)
        {
            case FrameKind.Function:
                EmitFunctionEnd(frame);
                return;
            case FrameKind.Loop:
                EmitLoopEnd(frame);
                return;
            case FrameKind.If when !frame.ElseSeen:
                EmitElse(frame);
                break;
        }
        StoreFallthroughResults(frame);
        il.MarkLabel(frame.BranchTarget);
        frames.RemoveAt(frames.Count - 1);
        stack.Clear();
        RestoreSpilled(frame);
        LoadAll(frame.BranchLocals, frame.Results);
        pool.Return(frame.BranchLocals);
        pool.Return(frame.ParameterLocals);
    }

    private void RestoreSpilled(ControlFrame frame)
    {
        foreach (var (local, kind) in frame.Spilled)
        {
            il.Emit(OpCodes.Ldloc, local);
            Push(kind);
            pool.Return(local);
        }
    }

    private void EmitLoopEnd(ControlFrame frame)
    {
        // Nothing branches to a loop's end, so its results can stay on the IL stack unless
        // spilled operands must be reloaded beneath them.
        frames.RemoveAt(frames.Count - 1);
        if (!frame.Unreachable && frame.Spilled.Count == 0)
        {
            pool.Return(frame.BranchLocals);
            return;
        }
        var results = frame.Unreachable ? frame.Results.Select(pool.Rent).ToArray() : StoreTop(frame.Results);
        stack.Clear();
        RestoreSpilled(frame);
        LoadAll(results, frame.Results);
        pool.Return(results);
        pool.Return(frame.BranchLocals);
    }

    private void EmitFunctionEnd(ControlFrame frame)
    {
        StoreFallthroughResults(frame);
        il.MarkLabel(frame.BranchTarget);
        frames.RemoveAt(frames.Count - 1);
        stack.Clear();
        for (var i = 1; i < frame.Results.Length; i++)
        {
            il.Emit(OpCodes.Ldarg, (short)(parameterCount + i - 1));
            il.Emit(OpCodes.Ldloc, frame.BranchLocals[i]);
            WasmCallingConvention.EmitStoreIndirect(il, frame.Results[i]);
        }
        EmitLimitsEpilogue();
        if (frame.Results.Length > 0) il.Emit(OpCodes.Ldloc, frame.BranchLocals[0]);
        il.Emit(OpCodes.Ret);
    }

    /// <summary>Moves the branch values into the target's locals, drops the rest, and jumps.</summary>
    private void EmitBranch(int depth)
    {
        var target = frames[frames.Count - 1 - depth];
        var kinds = target.BranchKinds;
        for (var i = kinds.Length - 1; i >= 0; i--)
        {
            il.Emit(OpCodes.Stloc, target.BranchLocals[i]);
            Pop();
        }
        while (stack.Count > 0)
        {
            il.Emit(OpCodes.Pop);
            Pop();
        }
        il.Emit(OpCodes.Br, target.BranchTarget);
    }

    private void EmitBranchIf(int depth)
    {
        Pop();
        var target = frames[frames.Count - 1 - depth];
        if (target.BranchKinds.Length == 0 && stack.Count == 0)
        {
            il.Emit(OpCodes.Brtrue, target.BranchTarget);
            return;
        }
        var notTaken = il.DefineLabel();
        il.Emit(OpCodes.Brfalse, notTaken);
        var saved = stack.ToArray();
        EmitBranch(depth);
        stack.Clear();
        stack.AddRange(saved);
        il.MarkLabel(notTaken);
    }

    private void EmitBranchTable(in Instruction instruction)
    {
        var start = (int)instruction.A;
        var count = (int)instruction.B;
        var depths = new ArraySegment<int>(body.BranchTargets, start, count + 1);
        Pop();
        var defaultTarget = frames[frames.Count - 1 - depths[count]];
        var kinds = defaultTarget.BranchKinds;

        if (kinds.Length == 0 && stack.Count == 0)
        {
            var labels = new Label[count];
            for (var i = 0; i < count; i++) labels[i] = frames[frames.Count - 1 - depths[i]].BranchTarget;
            EmitSwitch(labels);
            il.Emit(OpCodes.Br, defaultTarget.BranchTarget);
            return;
        }

        var index = pool.Rent(typeof(int));
        il.Emit(OpCodes.Stloc, index);
        var values = StoreTop(kinds);
        while (stack.Count > 0)
        {
            il.Emit(OpCodes.Pop);
            Pop();
        }
        // One stub per distinct target copies the values into that target's locals.
        var stubs = new Dictionary<int, Label>();
        Label StubFor(int depth) => stubs.TryGetValue(depth, out var label) ? label : stubs[depth] = il.DefineLabel();
        var switchLabels = new Label[count];
        for (var i = 0; i < count; i++) switchLabels[i] = StubFor(depths[i]);
        var defaultStub = StubFor(depths[count]);
        il.Emit(OpCodes.Ldloc, index);
        EmitSwitch(switchLabels);
        il.Emit(OpCodes.Br, defaultStub);
        foreach (var (depth, label) in stubs)
        {
            var target = frames[frames.Count - 1 - depth];
            il.MarkLabel(label);
            for (var i = 0; i < values.Length; i++)
            {
                il.Emit(OpCodes.Ldloc, values[i]);
                il.Emit(OpCodes.Stloc, target.BranchLocals[i]);
            }
            il.Emit(OpCodes.Br, target.BranchTarget);
        }
        pool.Return(index);
        pool.Return(values);
    }

    /// <summary>A switch on the index on the stack; a br_table with only a default has none (a persisted assembly cannot hold an empty one).</summary>
    private void EmitSwitch(Label[] labels)
    {
        if (labels.Length == 0) il.Emit(OpCodes.Pop);
        else il.Emit(OpCodes.Switch, labels);
    }

    private void EmitCall(int calleeIndex)
    {
        var type = module.Definition.FunctionSignature(calleeIndex);
        if (calleeIndex < module.Definition.ImportedFunctionCount)
        {
            var function = pool.Rent(typeof(Function));
            EmitLoadContext();
            il.Emit(OpCodes.Ldfld, RuntimeMembers.ContextFunctions);
            il.Emit(OpCodes.Ldc_I4, calleeIndex);
            il.Emit(OpCodes.Ldelem_Ref);
            il.Emit(OpCodes.Stloc, function);
            EmitCallThrough(function, type);
            pool.Return(function);
            return;
        }
        var extraResults = PushResultAddresses(type);
        EmitLoadContext();
        FlushFuel();
        il.Emit(OpCodes.Call, module.Methods[calleeIndex - module.Definition.ImportedFunctionCount]);
        FinishCall(type, extraResults);
    }

    private void EmitCallIndirect(int typeIndex, int tableIndex)
    {
        var type = module.Definition.Types[typeIndex];
        Pop();
        var function = pool.Rent(typeof(Function));
        EmitLoadContext();
        il.Emit(OpCodes.Ldfld, RuntimeMembers.ContextTables);
        il.Emit(OpCodes.Ldc_I4, tableIndex);
        il.Emit(OpCodes.Ldelem_Ref);
        il.Emit(OpCodes.Ldsfld, module.SignatureIds.FieldFor(typeIndex));
        EmitCallRuntime(RuntimeMembers.Support("ResolveIndirect"));
        il.Emit(OpCodes.Stloc, function);
        EmitCallThrough(function, type);
        pool.Return(function);
    }

    /// <summary>Calls a function reference held in a local: its own context, then calli to its code.</summary>
    private void EmitCallThrough(LocalBuilder function, FunctionType type)
    {
        var extraResults = PushResultAddresses(type);
        il.Emit(OpCodes.Ldloc, function);
        il.Emit(OpCodes.Ldfld, RuntimeMembers.FunctionContext);
        il.Emit(OpCodes.Ldloc, function);
        il.Emit(OpCodes.Ldfld, RuntimeMembers.FunctionCode);
        FlushFuel();
        il.EmitCalli(OpCodes.Calli, System.Reflection.CallingConventions.Standard,
            WasmCallingConvention.ReturnType(type), WasmCallingConvention.ParameterTypes(type), null);
        FinishCall(type, extraResults);
    }

    private LocalBuilder[] PushResultAddresses(FunctionType type)
    {
        var extra = new LocalBuilder[Math.Max(0, type.Results.Count - 1)];
        for (var i = 0; i < extra.Length; i++)
        {
            extra[i] = pool.Rent(type.Results[i + 1]);
            il.Emit(OpCodes.Ldloca, extra[i]);
        }
        return extra;
    }

    private void FinishCall(FunctionType type, LocalBuilder[] extraResults)
    {
        Pop(type.Parameters.Count);
        if (type.Results.Count > 0) Push(type.Results[0]);
        for (var i = 0; i < extraResults.Length; i++)
        {
            il.Emit(OpCodes.Ldloc, extraResults[i]);
            Push(type.Results[i + 1]);
        }
        pool.Return(extraResults);
        ReloadMemoryLength();
        ReloadFuel();
    }
}
