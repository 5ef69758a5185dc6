using Wasmbox.Runtime.Execution;

namespace Wasmbox.Runtime;

/// <summary>
/// Owns instances and their memories, tables and globals, and holds them to a budget: fuel,
/// a deadline, resource limits. A store runs Wasm on one thread at a time; <see cref="Interrupt"/>
/// may be called from any thread.
/// </summary>
public sealed class Store : IDisposable
{
    private readonly List<Instance> instances = new();
    private readonly List<Memory> memories = new();
    private readonly object deadlineLock = new();
    private ulong fuelAdded;
    private ulong memoryBytes;
    private int tableCount;
    private Timer? deadlineTimer;
    // Calls into Wasm running now (on any thread), and whether Dispose was called; the memories
    // are released by whichever of Dispose and the last running call comes last, exactly once.
    private int running;
    private int disposed;
    private int released;

    public Store(Engine engine, object? data = null, StoreLimits? limits = null)
    {
        Engine = engine;
        Data = data;
        Limits = limits ?? StoreLimits.Unlimited;
        Context = new StoreContext(this);
    }

    public Engine Engine { get; }

    /// <summary>Embedder state reachable from host functions through <see cref="Caller.Store"/>.</summary>
    public object? Data { get; set; }

    public StoreLimits Limits { get; }

    internal StoreContext Context { get; }

    /// <summary>Set while a snapshot's initializer runs in this store: every host call asks it first.</summary>
    internal InitializationGate? InitializationGate { get; set; }

    /// <summary>Bytes currently committed by this store's memories.</summary>
    public ulong MemoryBytes => Interlocked.Read(ref memoryBytes);

    /// <summary>Adds fuel to the budget. Needs an engine configured with <see cref="EngineConfig.ConsumeFuel"/>.</summary>
    public void AddFuel(ulong fuel)
    {
        RequireFuel();
        Context.Fuel = (long)Math.Min((ulong)long.MaxValue, (ulong)Math.Max(Context.Fuel, 0) + fuel);
        fuelAdded += fuel;
    }

    /// <summary>Sets the fuel left to exactly <paramref name="fuel"/>.</summary>
    public void SetFuel(ulong fuel)
    {
        RequireFuel();
        fuelAdded = fuelAdded - FuelRemaining + fuel;
        Context.Fuel = (long)Math.Min(fuel, long.MaxValue);
    }

    /// <summary>Fuel left in the budget (0 once exhausted).</summary>
    public ulong FuelRemaining => (ulong)Math.Max(Context.Fuel, 0);

    /// <summary>Fuel consumed since the store was created; readable after every call, trapped or not.</summary>
    public ulong FuelConsumed => fuelAdded - FuelRemaining;

    private void RequireFuel()
    {
        if (!Engine.Config.ConsumeFuel)
            throw new InvalidOperationException("fuel is not enabled: create the engine with EngineConfig.WithFuel(true)");
    }

    /// <summary>
    /// Stops the Wasm code running in this store (or the next call into it) with the trap
    /// "interrupted", within about a millisecond, even inside a loop without calls.
    /// </summary>
    public void Interrupt() => Context.RaiseInterrupt(StoreContext.InterruptRequested, Engine.Config.Interruptible);

    /// <summary>From <paramref name="timeout"/> from now, calls into this store trap "deadline exceeded".</summary>
    public void SetDeadline(TimeSpan timeout)
    {
        lock (deadlineLock)
        {
            ClearDeadline();
            deadlineTimer = new Timer(_ => Context.RaiseInterrupt(StoreContext.DeadlinePassed, Engine.Config.Interruptible),
                null, timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Removes the deadline, and lets calls run again after it passed.</summary>
    public void ClearDeadline()
    {
        lock (deadlineLock)
        {
            deadlineTimer?.Dispose();
            deadlineTimer = null;
            Interlocked.CompareExchange(ref Context.InterruptFlag, StoreContext.NotInterrupted, StoreContext.DeadlinePassed);
        }
    }

    internal void Adopt(Instance instance)
    {
        if (instances.Count >= Limits.MaxInstances)
            throw new ResourceLimitException($"store limit reached: at most {Limits.MaxInstances} instances");
        instances.Add(instance);
    }

    /// <summary>Creates a memory counted against this store's limits, of <paramref name="type"/>, <paramref name="initialPages"/> long (at least its minimum; a snapshot's may be more).</summary>
    internal Memory CreateMemory(MemoryType type, ulong? initialPages = null)
    {
        if (memories.Count >= Limits.MaxMemories)
            throw new ResourceLimitException($"store limit reached: at most {Limits.MaxMemories} memories");
        var pages = Math.Max(initialPages ?? 0, type.Limits.Minimum);
        var initialBytes = pages * MemoryType.PageSize;
        if (!TryReserveMemory(initialBytes))
            throw new ResourceLimitException(
                $"store memory limit of {Limits.MaxMemoryBytes} bytes exceeded: a memory of {pages} pages needs {initialBytes} bytes, {MemoryBytes} already in use");
        var memory = new Memory(type, this, pages);
        memories.Add(memory);
        return memory;
    }

    internal Table CreateTable(TableType type)
    {
        if (++tableCount > Limits.MaxTables)
            throw new ResourceLimitException($"store limit reached: at most {Limits.MaxTables} tables");
        if (type.Limits.Minimum > Table.MaxElements)
            throw new ResourceLimitException($"table of {type.Limits.Minimum} elements exceeds the engine's limit of {Table.MaxElements}");
        if (Limits.MaxTableElements is { } max && type.Limits.Minimum > (ulong)max)
            throw new ResourceLimitException($"store table limit of {max} elements exceeded: a table of {type.Limits.Minimum} elements");
        return new Table(type, null, Limits.MaxTableElements);
    }

    /// <summary>
    /// Whether <see cref="StoreLimits.MaxMemoryBytes"/> has refused memory to this store (a
    /// memory.grow that returned -1, or an instantiation): how an embedder tells a guest that
    /// failed for want of memory from one that failed for another reason.
    /// </summary>
    public bool MemoryLimitReached { get; private set; }

    /// <summary>Counts <paramref name="bytes"/> more memory against the limit; false when it would pass it.</summary>
    internal bool TryReserveMemory(ulong bytes)
    {
        while (true)
        {
            var current = Interlocked.Read(ref memoryBytes);
            var next = current + bytes;
            if (Limits.MaxMemoryBytes is { } max && next > max)
            {
                MemoryLimitReached = true;
                return false;
            }
            if (Interlocked.CompareExchange(ref memoryBytes, next, current) == current) return true;
        }
    }

    internal void ReleaseMemory(ulong bytes) => Interlocked.Add(ref memoryBytes, unchecked((ulong)-(long)bytes));

    /// <summary>Runs Wasm code: sets the stack limit on the outermost entry, restores the call depth after.</summary>
    internal void Run(Action body)
    {
        Interlocked.Increment(ref running);
        if (Volatile.Read(ref disposed) != 0)
        {
            LeaveRun();
            throw new ObjectDisposedException(nameof(Store), "the store was disposed: its instances can no longer run");
        }
        try
        {
            RunEntered(body);
        }
        finally
        {
            LeaveRun();
        }
    }

    private void LeaveRun()
    {
        if (Interlocked.Decrement(ref running) == 0 && Volatile.Read(ref disposed) != 0) ReleaseMemories();
    }

    private void RunEntered(Action body)
    {
        if (Context.EntryDepth++ == 0)
            Context.EnterWithStackLimit(StackBounds.LimitForCurrentThread(Engine.Config.MaxStackBytes));
        var depth = Context.CallDepth;
        try
        {
            body();
        }
        catch (AccessViolationException fault) when (GuardRegionFaults.IsWasmMemoryFault(fault))
        {
            throw GuardRegionFaults.ToTrap(fault);
        }
        finally
        {
            // A trap skips the decrements of the frames it unwinds.
            Context.CallDepth = depth;
            Context.EntryDepth--;
        }
    }

    /// <summary>
    /// Releases the native memory of every memory created in this store. Called while Wasm code
    /// of the store runs on another thread, the memories are released when that call returns
    /// (call <see cref="Interrupt"/> first to make it return soon); calls after this one fail.
    /// </summary>
    public void Dispose()
    {
        ClearDeadline();
        Interlocked.Exchange(ref disposed, 1);
        if (Volatile.Read(ref running) == 0) ReleaseMemories();
    }

    private void ReleaseMemories()
    {
        if (Interlocked.Exchange(ref released, 1) != 0) return;
        foreach (var memory in memories) memory.Dispose();
        memories.Clear();
        instances.Clear();
    }
}
