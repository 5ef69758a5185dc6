using System.Reflection;
using System.Reflection.Emit;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// Compiles one validated Wasm function body to IL. Wasm locals become IL arguments and locals;
/// the Wasm operand stack maps onto the IL evaluation stack within a block (see
/// <see cref="ControlFrame"/> for how block boundaries are kept empty); the memory base and size
/// live in IL locals, so a load is a compare, an add and a native load.
/// </summary>
internal sealed partial class FunctionCompiler
{
    private readonly ILGenerator il;
    private readonly ModuleCompilation module;
    private readonly FunctionType signature;
    private readonly FunctionBody body;
    private readonly int functionIndex;
    private readonly LocalPool pool;
    private readonly List<ValueKind> stack = new();
    private readonly List<ControlFrame> frames = new();
    private readonly ValueKind[] localKinds;
    private readonly LocalBuilder?[] locals;
    private readonly int parameterCount;
    private readonly short contextArgument;
    private LocalBuilder store = null!;
    private LocalBuilder? memoryBase;
    private LocalBuilder? memoryLength;
    private Instruction current;
    private int instructionIndex;
    private readonly bool[]? rotateHazards;
    /// <summary>The pointers loops step through memory, mirrored in 64-bit locals (see <see cref="AddressLocals"/>); null when none is.</summary>
    private AddressLocals? addressLocals;
    /// <summary>The 64-bit shadow of each local that some loop shadows, zero-extended.</summary>
    private LocalBuilder?[] shadows = [];
    /// <summary>The operand stack slot holding a shadow's 64-bit value for the access that takes it as its address; -1 when none.</summary>
    private int shadowAddressSlot = -1;

    /// <summary>Compiles a whole function, calling <paramref name="regions"/> where they stand (see <see cref="RegionPlanner"/>).</summary>
    public FunctionCompiler(ILGenerator il, ModuleCompilation module, int functionIndex, IReadOnlyList<CompiledRegion>? regions = null)
        : this(il, module, functionIndex, region: null)
    {
        this.regions = regions ?? [];
    }

    /// <summary>Compiles <paramref name="region"/> of a function as a method of its own: (nint frame, context) → exit code.</summary>
    public FunctionCompiler(ILGenerator il, ModuleCompilation module, int functionIndex, Region? region)
    {
        this.il = il;
        this.module = module;
        this.functionIndex = functionIndex;
        this.region = region;
        var definition = module.Definition;
        signature = definition.FunctionSignature(functionIndex);
        body = definition.Bodies[functionIndex - definition.ImportedFunctionCount];
        pool = new LocalPool(il);
        // A region keeps every Wasm local, parameters too, in IL locals of its own.
        parameterCount = region is null ? signature.Parameters.Count : 0;
        contextArgument = region is null ? (short)WasmCallingConvention.ContextArgument(signature) : RegionContextArgument;
        localKinds = signature.Parameters.Concat(body.LocalKinds()).ToArray();
        locals = new LocalBuilder?[localKinds.Length];
        for (var i = parameterCount; i < localKinds.Length; i++)
        {
            if (region is null || Array.BinarySearch(region.UsedLocals, i) >= 0)
                locals[i] = il.DeclareLocal(WasmCallingConvention.ClrType(localKinds[i]));
        }
        rotateHazards = RotateFlagHazards.Find(body.Code);
    }

    public void Compile()
    {
        // Only whole, unsplit functions: a region method may hold a loop's body without its entry.
        if (region is null && regions.Count == 0 && AddressLocals.Find(body.Code, localKinds) is { } found)
        {
            addressLocals = found;
            shadows = new LocalBuilder?[localKinds.Length];
            for (var i = 0; i < shadows.Length; i++)
                if (found.HasShadow[i]) shadows[i] = il.DeclareLocal(typeof(ulong));
        }
        EmitPrologue();
        if (region is null)
        {
            frames.Add(new ControlFrame
            {
                Kind = FrameKind.Function,
                Parameters = [],
                Results = signature.Results.ToArray(),
                BranchTarget = il.DefineLabel(),
                BranchLocals = signature.Results.Select(pool.Rent).ToArray(),
                Spilled = new(),
            });
        }
        else
        {
            AddRegionExitFrames();
        }

        var nextRegion = 0;
        var (first, last) = region is null ? (0, body.Code.Length) : (region.Start, region.End);
        // A function cut into regions is too large to grow; a region's own loops may unroll.
        var unrolledLoops = module.Config.UnrollLoops && regions.Count == 0 ? LoopUnrolling.Plan(body.Code, first, last) : [];
        for (instructionIndex = first; instructionIndex < last; instructionIndex++)
        {
            if (nextRegion < regions.Count && regions[nextRegion].Region.Start == instructionIndex)
            {
                var call = regions[nextRegion++];
                // A region in dead code is never called (it is compiled all the same).
                if (!frames[^1].Unreachable) EmitRegionCall(call);
                instructionIndex = call.Region.End - 1;
                continue;
            }
            if (!frames[^1].Unreachable && unrolledLoops.TryGetValue(instructionIndex, out var loop))
            {
                CompileUnrolledLoop(loop);
                continue;
            }
            CompileInstruction();
        }
        if (region is not null) EmitRegionEnd();
    }

    /// <summary>Dead blocks, loops and ifs entered while skipping dead code, whose end is not the one that ends it.</summary>
    private int skipDepth;

    /// <summary>Compiles the instruction at <see cref="instructionIndex"/>, or passes over it in dead code.</summary>
    private void CompileInstruction()
    {
        var instruction = body.Code[instructionIndex];
        if (frames[^1].Unreachable)
        {
            // Dead code up to the matching else/end is validated but never runs: emit nothing.
            switch (instruction.Op)
            {
                case Opcode.Block or Opcode.Loop or Opcode.If:
                    skipDepth++;
                    return;
                case Opcode.Else when skipDepth == 0:
                case Opcode.End when skipDepth == 0:
                    break;
                case Opcode.End:
                    skipDepth--;
                    return;
                default:
                    return;
            }
        }
        current = instruction;
        AccountFuel(instruction.Op);
        Emit(instruction);
    }

    private void EmitPrologue()
    {
        // Wasm locals start at zero; the method does not zero its locals (InitLocals is off). A
        // region's come from the frame instead.
        if (region is null)
        {
            for (var i = parameterCount; i < localKinds.Length; i++)
            {
                EmitZero(localKinds[i]);
                il.Emit(OpCodes.Stloc, locals[i]!);
            }
        }
        else
        {
            EmitLoadRegionLocals();
        }
        if (regions.Count > 0) EmitAllocateRegionFrame();
        store = il.DeclareLocal(typeof(Execution.StoreContext));
        EmitLoadContext();
        il.Emit(OpCodes.Ldfld, RuntimeMembers.ContextStore);
        il.Emit(OpCodes.Stloc, store);

        // The stack guard: compare the address of a local (our stack pointer) with the store's
        // limit. A pending interrupt raises the limit, so this one compare also polls for it.
        var probe = il.DeclareLocal(typeof(int));
        var stackOk = il.DefineLabel();
        var carryOn = il.DefineLabel();
        il.Emit(OpCodes.Ldloca, probe);
        il.Emit(OpCodes.Conv_U);
        il.Emit(OpCodes.Ldloc, store);
        il.Emit(OpCodes.Volatile);
        il.Emit(OpCodes.Ldfld, RuntimeMembers.StoreStackLimit);
        il.Emit(OpCodes.Bge_Un, stackOk);
        il.Emit(OpCodes.Ldloc, store);
        il.Emit(OpCodes.Ldloca, probe);
        il.Emit(OpCodes.Conv_U);
        EmitCallRuntime(RuntimeMembers.Support("OnStackLimit"));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brfalse, carryOn);
        il.Emit(OpCodes.Throw);
        il.MarkLabel(carryOn);
        il.Emit(OpCodes.Pop);
        il.MarkLabel(stackOk);
        EmitLimitsPrologue();

        if (module.Definition.TotalMemoryCount > 0)
        {
            memoryBase = il.DeclareLocal(typeof(nint));
            EmitLoadContext();
            il.Emit(OpCodes.Ldfld, RuntimeMembers.ContextMemory0);
            il.Emit(OpCodes.Ldfld, RuntimeMembers.MemoryBase);
            il.Emit(OpCodes.Stloc, memoryBase);
            // With a guard region nothing compares against the length, so no local holds it.
            if (!UsesGuardRegion)
            {
                memoryLength = il.DeclareLocal(typeof(ulong));
                ReloadMemoryLength();
            }
        }
    }

    private bool UsesGuardRegion => module.Config.BoundsChecks == BoundsChecks.GuardRegion;

    /// <summary>After anything that may grow memory (calls, memory.grow), the size local is stale.</summary>
    private void ReloadMemoryLength()
    {
        if (memoryLength is null) return;
        EmitLoadContext();
        il.Emit(OpCodes.Ldfld, RuntimeMembers.ContextMemory0);
        il.Emit(OpCodes.Ldfld, RuntimeMembers.MemoryLength);
        il.Emit(OpCodes.Stloc, memoryLength);
    }

    private void EmitZero(ValueKind kind)
    {
        switch (kind)
        {
            case ValueKind.I32: il.Emit(OpCodes.Ldc_I4_0); break;
            case ValueKind.I64: il.Emit(OpCodes.Ldc_I8, 0L); break;
            // Opaque zeros, as for f32.const 0: a zero the JIT can see would let it fold x - local to x.
            case ValueKind.F32: il.Emit(OpCodes.Ldsfld, typeof(OpaqueFloatConstants).GetField(nameof(OpaqueFloatConstants.F32PositiveZero))!); break;
            case ValueKind.F64: il.Emit(OpCodes.Ldsfld, typeof(OpaqueFloatConstants).GetField(nameof(OpaqueFloatConstants.F64PositiveZero))!); break;
            case ValueKind.V128: EmitV128Constant(0, 0); break;
            default: il.Emit(OpCodes.Ldnull); break;
        }
    }

    private void EmitLoadContext() => il.Emit(OpCodes.Ldarg, contextArgument);

    private void EmitThrowTrap(TrapKind kind)
    {
        FlushFuel();
        il.Emit(OpCodes.Ldc_I4, (int)kind);
        il.Emit(OpCodes.Call, RuntimeMembers.CreateTrap);
        il.Emit(OpCodes.Throw);
    }

    private void Push(ValueKind kind) => stack.Add(kind);

    private ValueKind Pop()
    {
        var kind = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        return kind;
    }

    private void Pop(int count)
    {
        for (var i = 0; i < count; i++) Pop();
    }

    private void MarkUnreachable()
    {
        frames[^1].Unreachable = true;
        stack.Clear();
    }

    private void EmitCallRuntime(MethodInfo method)
    {
        // Helpers that may trap must see the fuel spent so far; the others cannot observe it.
        if (MayTrap(method)) FlushFuel();
        il.Emit(OpCodes.Call, method);
    }

    private static bool MayTrap(MethodInfo method) =>
        (method.DeclaringType != typeof(Numerics) && method.DeclaringType != typeof(SimdOps)) ||
        method.Name.Contains("Div", StringComparison.Ordinal) || method.Name.Contains("Rem", StringComparison.Ordinal) ||
        (method.Name.Contains("Trunc", StringComparison.Ordinal) && method.Name.StartsWith('I') && !method.Name.Contains("Sat", StringComparison.Ordinal));

    private void EmitLoadLocal(int index)
    {
        if (index < parameterCount) il.Emit(OpCodes.Ldarg, (short)index);
        else il.Emit(OpCodes.Ldloc, locals[index]!);
    }

    private void EmitStoreLocal(int index)
    {
        if (index < parameterCount) il.Emit(OpCodes.Starg, (short)index);
        else il.Emit(OpCodes.Stloc, locals[index]!);
    }

    /// <summary>Whether the local.get, local.set or local.tee being compiled is inside a loop that shadows its local.</summary>
    private bool IsShadowed => addressLocals is not null && addressLocals.Shadowed[instructionIndex];

    /// <summary>
    /// Pushes a shadowed local: for the access it feeds, its shadow as it is (which
    /// <see cref="EmitEffectiveAddress"/> takes without widening it), otherwise the shadow's low half.
    /// </summary>
    private void EmitLoadShadow(int local)
    {
        il.Emit(OpCodes.Ldloc, shadows[local]!);
        if (addressLocals!.AddressUses[instructionIndex]) shadowAddressSlot = stack.Count;
        else il.Emit(OpCodes.Conv_I4);
    }

    /// <summary>Stores the i32 on the stack into a shadowed local's shadow, zero-extended, and into the local.</summary>
    private void EmitStoreShadowed(int local)
    {
        il.Emit(OpCodes.Conv_U8);
        il.Emit(OpCodes.Stloc, shadows[local]!);
        il.Emit(OpCodes.Ldloc, shadows[local]!);
        il.Emit(OpCodes.Conv_I4);
        EmitStoreLocal(local);
    }

    /// <summary>On entering a loop: the locals it shadows, copied into their shadows.</summary>
    private void EmitLoopShadowEntry()
    {
        if (addressLocals is null || !addressLocals.LoopEntries.TryGetValue(instructionIndex, out var entering)) return;
        foreach (var local in entering)
        {
            EmitLoadLocal(local);
            il.Emit(OpCodes.Conv_U8);
            il.Emit(OpCodes.Stloc, shadows[local]!);
        }
    }

    private void Emit(in Instruction instruction)
    {
        if (TryEmitControl(instruction)) return;
        if (TryEmitVariable(instruction)) return;
        if (TryEmitMemory(instruction)) return;
        if (TryEmitTable(instruction)) return;
        if (TryEmitNumeric(instruction)) return;
        if (TryEmitSimd(instruction)) return;
        throw new NotSupportedException($"instruction {instruction.Op} is not supported by the compiler yet (function {module.Definition.FunctionDisplayName(functionIndex)}, offset 0x{instruction.Offset:x})");
    }

    private bool TryEmitVariable(in Instruction instruction)
    {
        switch (instruction.Op)
        {
            case Opcode.Nop:
                return true;
            case Opcode.Drop:
                Pop();
                il.Emit(OpCodes.Pop);
                return true;
            case Opcode.Select:
            case Opcode.SelectTyped:
                EmitSelect();
                return true;
            case Opcode.LocalGet:
                if (IsShadowed) EmitLoadShadow(instruction.Index);
                else EmitLoadLocal(instruction.Index);
                Push(localKinds[instruction.Index]);
                return true;
            case Opcode.LocalSet:
                if (IsShadowed) EmitStoreShadowed(instruction.Index);
                else EmitStoreLocal(instruction.Index);
                Pop();
                return true;
            case Opcode.LocalTee:
                // Store and load again rather than dup: RyuJIT gives a dup a temporary of its own,
                // and a loop counter then shuffles between it and the local on every iteration.
                if (IsShadowed)
                {
                    Pop();
                    EmitStoreShadowed(instruction.Index);
                    EmitLoadShadow(instruction.Index);
                    Push(localKinds[instruction.Index]);
                }
                else
                {
                    EmitStoreLocal(instruction.Index);
                    EmitLoadLocal(instruction.Index);
                }
                return true;
            case Opcode.GlobalGet:
                EmitGlobalGet(instruction.Index);
                return true;
            case Opcode.GlobalSet:
                EmitGlobalSet(instruction.Index);
                return true;
            default:
                return false;
        }
    }

    private void EmitSelect()
    {
        Pop();
        Pop();
        var kind = stack[^1];
        var condition = pool.Rent(typeof(int));
        var second = pool.Rent(kind);
        var done = il.DefineLabel();
        il.Emit(OpCodes.Stloc, condition);
        il.Emit(OpCodes.Stloc, second);
        il.Emit(OpCodes.Ldloc, condition);
        il.Emit(OpCodes.Brtrue, done);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldloc, second);
        il.MarkLabel(done);
        pool.Return(condition);
        pool.Return(second);
    }

    private void EmitLoadGlobalCell(int index)
    {
        EmitLoadContext();
        il.Emit(OpCodes.Ldfld, RuntimeMembers.ContextGlobals);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Ldelem_Ref);
    }

    private void EmitGlobalGet(int index)
    {
        var kind = module.GlobalKinds[index];
        EmitLoadGlobalCell(index);
        switch (kind)
        {
            case ValueKind.I32:
                il.Emit(OpCodes.Ldfld, RuntimeMembers.GlobalBits);
                il.Emit(OpCodes.Conv_I4);
                break;
            case ValueKind.I64:
                il.Emit(OpCodes.Ldfld, RuntimeMembers.GlobalBits);
                break;
            case ValueKind.F32:
                il.Emit(OpCodes.Ldflda, RuntimeMembers.GlobalBits);
                il.Emit(OpCodes.Ldind_R4);
                break;
            case ValueKind.F64:
                il.Emit(OpCodes.Ldflda, RuntimeMembers.GlobalBits);
                il.Emit(OpCodes.Ldind_R8);
                break;
            case ValueKind.V128:
                il.Emit(OpCodes.Ldfld, RuntimeMembers.GlobalVector);
                break;
            default:
                il.Emit(OpCodes.Ldfld, RuntimeMembers.GlobalReference);
                break;
        }
        Push(kind);
    }

    private void EmitGlobalSet(int index)
    {
        var kind = Pop();
        EmitLoadGlobalCell(index);
        EmitCallRuntime(RuntimeMembers.Support(kind switch
        {
            ValueKind.I32 => "GlobalSetI32",
            ValueKind.I64 => "GlobalSetI64",
            ValueKind.F32 => "GlobalSetF32",
            ValueKind.F64 => "GlobalSetF64",
            ValueKind.V128 => "GlobalSetV128",
            _ => "GlobalSetRef",
        }));
    }
}
