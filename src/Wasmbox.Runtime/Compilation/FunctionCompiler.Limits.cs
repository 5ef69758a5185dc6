using System.Reflection.Emit;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

// Fuel metering, interruption checks and the call-depth count, each compiled in only when the
// engine's configuration asks for it.
//
// Fuel lives in an IL local while a function runs (a register, not a memory round trip per
// block). It is charged at the end of each straight-line run of instructions, i.e. before every
// branch, call, label and return, and written back to the store before anything that can see it
// or stop the function: calls, helpers that may trap, traps, and returns.
internal sealed partial class FunctionCompiler
{
    private LocalBuilder? fuel;
    private long pendingFuel;

    private bool MetersFuel => fuel is not null;

    private void EmitLimitsPrologue()
    {
        var config = module.Config;
        // A region is part of its function's call, not a call of its own.
        if (config.MaxCallDepth > 0 && region is null)
        {
            var depthOk = il.DefineLabel();
            il.Emit(OpCodes.Ldloc, store);
            il.Emit(OpCodes.Ldloc, store);
            il.Emit(OpCodes.Ldfld, RuntimeMembers.StoreCallDepth);
            il.Emit(OpCodes.Ldc_I4_1);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Dup);
            var depth = pool.Rent(typeof(int));
            il.Emit(OpCodes.Stloc, depth);
            il.Emit(OpCodes.Stfld, RuntimeMembers.StoreCallDepth);
            il.Emit(OpCodes.Ldloc, depth);
            pool.Return(depth);
            il.Emit(OpCodes.Ldc_I4, config.MaxCallDepth);
            il.Emit(OpCodes.Ble, depthOk);
            EmitThrowTrap(TrapKind.CallStackExhausted);
            il.MarkLabel(depthOk);
        }
        if (config.ConsumeFuel)
        {
            fuel = il.DeclareLocal(typeof(long));
            ReloadFuel();
        }
        // No separate interrupt check at entry: the stack guard above polls for interrupts.
    }

    /// <summary>At loop headers: one volatile load and a branch.</summary>
    private void EmitInterruptCheck()
    {
        if (!module.Config.Interruptible) return;
        var running = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, store);
        il.Emit(OpCodes.Volatile);
        il.Emit(OpCodes.Ldfld, RuntimeMembers.StoreInterruptFlag);
        il.Emit(OpCodes.Brfalse, running);
        FlushFuel();
        il.Emit(OpCodes.Ldloc, store);
        EmitCallRuntime(RuntimeMembers.Support("InterruptTrap"));
        il.Emit(OpCodes.Throw);
        il.MarkLabel(running);
    }

    /// <summary>Before returning: the depth count goes back down (traps restore it on the way out instead).</summary>
    private void EmitLimitsEpilogue()
    {
        FlushFuel();
        if (module.Config.MaxCallDepth <= 0 || region is not null) return;
        il.Emit(OpCodes.Ldloc, store);
        il.Emit(OpCodes.Ldloc, store);
        il.Emit(OpCodes.Ldfld, RuntimeMembers.StoreCallDepth);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Sub);
        il.Emit(OpCodes.Stfld, RuntimeMembers.StoreCallDepth);
    }

    private void AccountFuel(Opcode op)
    {
        if (!MetersFuel) return;
        pendingFuel += module.Config.FuelCosts.CostOf(op);
        if (EndsStraightLineRun(op)) ChargeFuel();
    }

    private static bool EndsStraightLineRun(Opcode op) => op is Opcode.Loop or Opcode.If or Opcode.Else or Opcode.End
        or Opcode.Br or Opcode.BrIf or Opcode.BrTable or Opcode.Return or Opcode.Call or Opcode.CallIndirect or Opcode.Unreachable;

    /// <summary>Subtracts what the instructions since the last charge cost; traps when the budget goes negative.</summary>
    private void ChargeFuel()
    {
        if (!MetersFuel || pendingFuel == 0) return;
        var enough = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, fuel!);
        il.Emit(OpCodes.Ldc_I8, pendingFuel);
        il.Emit(OpCodes.Sub);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, fuel!);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Conv_I8);
        il.Emit(OpCodes.Bge, enough);
        EmitThrowTrap(TrapKind.OutOfFuel);
        il.MarkLabel(enough);
        pendingFuel = 0;
    }

    /// <summary>Writes the fuel local back to the store, so callees, hosts and trap handlers see it.</summary>
    private void FlushFuel()
    {
        if (!MetersFuel) return;
        il.Emit(OpCodes.Ldloc, store);
        il.Emit(OpCodes.Ldloc, fuel!);
        il.Emit(OpCodes.Stfld, RuntimeMembers.StoreFuel);
    }

    private void ReloadFuel()
    {
        if (!MetersFuel) return;
        il.Emit(OpCodes.Ldloc, store);
        il.Emit(OpCodes.Ldfld, RuntimeMembers.StoreFuel);
        il.Emit(OpCodes.Stloc, fuel!);
    }
}
