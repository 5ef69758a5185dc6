using Wasmbox.Runtime.Execution;

namespace Wasmbox.Runtime;

/// <summary>
/// Owns instances and their memories, tables and globals. A store is used by one thread at a time.
/// </summary>
public sealed class Store : IDisposable
{
    private readonly List<Instance> instances = new();
    private readonly List<Memory> memories = new();

    public Store(Engine engine, object? data = null)
    {
        Engine = engine;
        Data = data;
        Context = new StoreContext(this);
    }

    public Engine Engine { get; }

    /// <summary>Embedder state reachable from host functions through <see cref="Caller.Store"/>.</summary>
    public object? Data { get; set; }

    internal StoreContext Context { get; }

    internal void Adopt(Instance instance) => instances.Add(instance);

    internal void Adopt(Memory memory) => memories.Add(memory);

    /// <summary>Runs Wasm code: sets the stack limit on the outermost entry.</summary>
    internal void Run(Action body)
    {
        if (Context.EntryDepth++ == 0)
            Context.StackLimit = StackBounds.LimitForCurrentThread(Engine.Config.MaxStackBytes);
        try
        {
            body();
        }
        finally
        {
            Context.EntryDepth--;
        }
    }

    /// <summary>Releases the native memory of every memory created in this store.</summary>
    public void Dispose()
    {
        foreach (var memory in memories) memory.Dispose();
        memories.Clear();
        instances.Clear();
    }
}
