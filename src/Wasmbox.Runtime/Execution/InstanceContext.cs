namespace Wasmbox.Runtime.Execution;

/// <summary>
/// What compiled code of one instance reaches through its context argument: memory, tables,
/// globals, functions and segments. Generated IL reads these fields directly.
/// </summary>
internal class InstanceContext
{
    internal Memory? Memory0;
    internal Memory[] Memories = [];
    internal Global[] Globals = [];
    internal Table[] Tables = [];
    /// <summary>
    /// Every function of the instance, imports first. Imports are always here (compiled code
    /// calls them through this array); a defined function's reference is made on first use by
    /// <see cref="FunctionAt"/>, since most are only ever called directly.
    /// </summary>
    internal Function?[] Functions = [];
    /// <summary>Data segments for memory.init, shared with the module; empty once dropped.</summary>
    internal ReadOnlyMemory<byte>[] DataSegments = [];
    /// <summary>Element segments for table.init; null once dropped.</summary>
    internal object?[]?[] ElementSegments = [];
    internal StoreContext Store;
    internal Instance? Instance;
    /// <summary>The module instantiated, for the functions made on demand; null for a host function's context.</summary>
    internal Module? Module;

    internal InstanceContext(StoreContext store) => Store = store;

    /// <summary>The reference to function <paramref name="index"/>, made the first time it is asked for (ref.func, tables, exports).</summary>
    internal Function FunctionAt(int index)
    {
        if (Functions[index] is { } function) return function;
        var module = Module!;
        var definition = module.Definition;
        var defined = index - definition.ImportedFunctionCount;
        return Functions[index] = new Function(module, index, module.Compiled.EntryPoints[defined], this, module.Compiled.Type);
    }
}

/// <summary>Per-store state compiled code consults: stack limit, fuel, interruption, call depth.</summary>
internal sealed class StoreContext
{
    internal const int NotInterrupted = 0;
    internal const int InterruptRequested = 1;
    internal const int DeadlinePassed = 2;

    /// <summary>
    /// Compiled code calls <see cref="RuntimeSupport.OnStackLimit"/> when its stack pointer is below
    /// this: the real limit, or the largest address while an interrupt is pending, so the stack
    /// check at every function entry doubles as the interrupt check.
    /// </summary>
    internal nuint StackLimit;
    internal nuint RealStackLimit;
    internal int EntryDepth;
    /// <summary>Fuel left; compiled code keeps a copy in a local and writes it back before calls and traps.</summary>
    internal long Fuel;
    /// <summary>Set from any thread; compiled code reads it (volatile) at function entries and loop headers.</summary>
    internal int InterruptFlag;
    internal int CallDepth;

    internal StoreContext(Store owner) => Owner = owner;

    internal Store Owner { get; }

    /// <summary>Raises the interrupt flag and trips every function entry's stack check.</summary>
    internal void RaiseInterrupt(int kind, bool interruptible)
    {
        if (kind == InterruptRequested) Interlocked.CompareExchange(ref InterruptFlag, InterruptRequested, NotInterrupted);
        else Interlocked.Exchange(ref InterruptFlag, kind);
        if (interruptible) Volatile.Write(ref StackLimit, nuint.MaxValue);
    }

    /// <summary>Sets the real stack limit for an entry from the host, keeping a pending interrupt armed.</summary>
    internal void EnterWithStackLimit(nuint limit)
    {
        RealStackLimit = limit;
        Volatile.Write(ref StackLimit, limit);
        if (Volatile.Read(ref InterruptFlag) != NotInterrupted && Owner.Engine.Config.Interruptible)
            Volatile.Write(ref StackLimit, nuint.MaxValue);
    }
}

/// <summary>The context of a host function: the callback, and the instance that imported it (its caller).</summary>
internal sealed class HostContext : InstanceContext
{
    internal HostContext(StoreContext store, HostFunctionDefinition definition, InstanceContext? caller) : base(store)
    {
        Definition = definition;
        Caller = caller;
    }

    internal HostFunctionDefinition Definition { get; }
    internal InstanceContext? Caller { get; }
}
