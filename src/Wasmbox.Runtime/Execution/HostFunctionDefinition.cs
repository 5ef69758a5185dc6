using Wasmbox.Runtime.Execution;

namespace Wasmbox.Runtime;

/// <summary>A host function callback: reads the arguments and writes every result.</summary>
public delegate void HostCallback(Caller caller, ReadOnlySpan<Value> arguments, Span<Value> results);

/// <summary>A host function before it is bound to a store: its type and callback.</summary>
public sealed class HostFunctionDefinition
{
    public HostFunctionDefinition(FunctionType type, HostCallback callback, string name = "host")
    {
        Type = type;
        Callback = callback;
        Name = name;
    }

    public FunctionType Type { get; }
    public HostCallback Callback { get; }
    public string Name { get; }

    internal void Invoke(Caller caller, Value[] arguments, Value[] results)
    {
        try
        {
            Callback(caller, arguments, results);
        }
        catch (WasmException)
        {
            throw;
        }
        catch (AccessViolationException fault) when (GuardRegionFaults.IsWasmMemoryFault(fault))
        {
            // Wasm code this host function called back into ran past its memory.
            throw GuardRegionFaults.ToTrap(fault);
        }
        catch (Exception e)
        {
            throw new TrapException(TrapKind.HostError, $"{Name}: {e.Message}", e);
        }
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].Kind != Type.Results[i])
                throw new TrapException(TrapKind.HostError, $"{Name} returned {results[i].Kind.Name()} for result {i}, expected {Type.Results[i].Name()}");
        }
    }

    /// <summary>Binds the definition into a store; <paramref name="caller"/> is the importing instance.</summary>
    internal Function Bind(Store store, InstanceContext? caller)
    {
        var context = new HostContext(store.Context, this, caller);
        var stub = store.Engine.HostStubs.For(Type);
        return new Function(store.Engine, Type, stub.Code, context, stub.KeepAlive, Name);
    }
}

/// <summary>What a host function sees of its caller: the calling instance's exports and the store.</summary>
public readonly struct Caller
{
    private readonly InstanceContext? context;

    internal Caller(InstanceContext? context, Store store)
    {
        this.context = context;
        Store = store;
    }

    public Store Store { get; }

    /// <summary>The calling instance, when the function was called from Wasm.</summary>
    public Instance? Instance => context?.Instance;

    /// <summary>The caller's memory 0 (most modules have exactly one).</summary>
    public Memory? Memory => context?.Memory0;

    public Memory? GetMemory(string exportName) => Instance?.GetMemory(exportName);
}
