using System.Reflection;
using System.Reflection.Emit;

namespace Wasmbox.Runtime.Compilation;

/// <summary>A region of a function and the method it was compiled to.</summary>
internal sealed record CompiledRegion(Region Region, MethodInfo Method);

// Functions split into regions (see RegionPlanner): the calls in the function, and the region
// methods' own entry and exits. Locals travel through a frame the function allocates on its
// stack, one 8-byte slot per Wasm local and then one per result.
internal sealed partial class FunctionCompiler
{
    /// <summary>A region method's arguments: the frame, then the instance context.</summary>
    private const short RegionFrameArgument = 0, RegionContextArgument = 1;

    /// <summary>The region this compiler compiles, or null for a whole function.</summary>
    private readonly Region? region;
    /// <summary>The regions a whole function calls, by start.</summary>
    private readonly IReadOnlyList<CompiledRegion> regions = [];
    private LocalBuilder? regionFrame;

    private int FrameOffset(int slot) => slot * 8;

    private void EmitAllocateRegionFrame()
    {
        regionFrame = il.DeclareLocal(typeof(nint));
        il.Emit(OpCodes.Ldc_I4, FrameOffset(localKinds.Length + signature.Results.Count));
        il.Emit(OpCodes.Conv_U);
        il.Emit(OpCodes.Localloc);
        il.Emit(OpCodes.Stloc, regionFrame);
    }

    /// <summary>In a region method: its locals, from the frame.</summary>
    private void EmitLoadRegionLocals()
    {
        foreach (var local in region!.UsedLocals)
        {
            EmitFrameSlot(() => il.Emit(OpCodes.Ldarg, RegionFrameArgument), local);
            EmitLoadIndirect(localKinds[local]);
            il.Emit(OpCodes.Stloc, locals[local]!);
        }
    }

    /// <summary>In a region method: the enclosing blocks, down to the function's, as frames that branches leave the method by.</summary>
    private void AddRegionExitFrames()
    {
        for (var i = 0; i < region!.EnclosingBlocks; i++)
        {
            var isFunction = i == 0;
            var results = isFunction ? signature.Results.ToArray() : [];
            frames.Add(new ControlFrame
            {
                Kind = isFunction ? FrameKind.Function : FrameKind.Block,
                Parameters = [],
                Results = results,
                BranchTarget = il.DefineLabel(),
                BranchLocals = results.Select(pool.Rent).ToArray(),
                Spilled = new(),
            });
        }
    }

    /// <summary>
    /// In a region method: falling off its end returns 0; each branch out returns 1 + how many
    /// blocks out it goes. Every way out goes through one epilogue that stores the locals the
    /// region set: one copy of those stores, not one per exit (a region of an interpreter loop
    /// leaves to dozens of blocks and sets hundreds of locals, and a copy per exit made its IL
    /// larger than RyuJIT optimises).
    /// </summary>
    private void EmitRegionEnd()
    {
        var exit = il.DeclareLocal(typeof(int));
        var epilogue = il.DefineLabel();
        if (!frames[^1].Unreachable)
        {
            ChargeFuel();
            il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Stloc, exit);
            il.Emit(OpCodes.Br, epilogue);
        }
        foreach (var depth in region!.ExitDepths)
        {
            var frame = frames[region.EnclosingBlocks - 1 - depth];
            il.MarkLabel(frame.BranchTarget);
            for (var i = 0; i < frame.Results.Length; i++)
            {
                EmitFrameSlot(() => il.Emit(OpCodes.Ldarg, RegionFrameArgument), localKinds.Length + i);
                il.Emit(OpCodes.Ldloc, frame.BranchLocals[i]);
                WasmCallingConvention.EmitStoreIndirect(il, frame.Results[i]);
            }
            il.Emit(OpCodes.Ldc_I4, 1 + depth);
            il.Emit(OpCodes.Stloc, exit);
            il.Emit(OpCodes.Br, epilogue);
        }
        il.MarkLabel(epilogue);
        foreach (var local in region.SetLocals)
        {
            EmitFrameSlot(() => il.Emit(OpCodes.Ldarg, RegionFrameArgument), local);
            il.Emit(OpCodes.Ldloc, locals[local]!);
            WasmCallingConvention.EmitStoreIndirect(il, localKinds[local]);
        }
        FlushFuel();
        il.Emit(OpCodes.Ldloc, exit);
        il.Emit(OpCodes.Ret);
    }

    /// <summary>In the function: hands the region its locals, calls it, takes back what it set, and follows its exit.</summary>
    private void EmitRegionCall(CompiledRegion call)
    {
        var called = call.Region;
        ChargeFuel();
        FlushFuel();
        foreach (var local in called.UsedLocals)
        {
            EmitFrameSlot(() => il.Emit(OpCodes.Ldloc, regionFrame!), local);
            EmitLoadLocal(local);
            WasmCallingConvention.EmitStoreIndirect(il, localKinds[local]);
        }
        il.Emit(OpCodes.Ldloc, regionFrame!);
        EmitLoadContext();
        il.Emit(OpCodes.Call, call.Method);
        var exit = pool.Rent(typeof(int));
        il.Emit(OpCodes.Stloc, exit);
        foreach (var local in called.SetLocals)
        {
            EmitFrameSlot(() => il.Emit(OpCodes.Ldloc, regionFrame!), local);
            EmitLoadIndirect(localKinds[local]);
            EmitStoreLocal(local);
        }
        ReloadMemoryLength();
        ReloadFuel();
        foreach (var depth in called.ExitDepths)
        {
            var other = il.DefineLabel();
            il.Emit(OpCodes.Ldloc, exit);
            il.Emit(OpCodes.Ldc_I4, 1 + depth);
            il.Emit(OpCodes.Bne_Un, other);
            if (depth == frames.Count - 1)
            {
                // A return inside the region: its results wait in the frame.
                for (var i = 0; i < signature.Results.Count; i++)
                {
                    EmitFrameSlot(() => il.Emit(OpCodes.Ldloc, regionFrame!), localKinds.Length + i);
                    EmitLoadIndirect(signature.Results[i]);
                    Push(signature.Results[i]);
                }
            }
            EmitBranch(depth);
            il.MarkLabel(other);
        }
        pool.Return(exit);
        if (!called.FallsThrough) MarkUnreachable();
    }

    private void EmitFrameSlot(Action loadFrame, int slot)
    {
        loadFrame();
        il.Emit(OpCodes.Ldc_I4, FrameOffset(slot));
        il.Emit(OpCodes.Add);
    }

    private void EmitLoadIndirect(ValueKind kind)
    {
        switch (kind)
        {
            case ValueKind.I32: il.Emit(OpCodes.Ldind_I4); break;
            case ValueKind.I64: il.Emit(OpCodes.Ldind_I8); break;
            case ValueKind.F32: il.Emit(OpCodes.Ldind_R4); break;
            case ValueKind.F64: il.Emit(OpCodes.Ldind_R8); break;
            default: throw new InvalidOperationException("only numbers go through a region's frame");
        }
    }
}
