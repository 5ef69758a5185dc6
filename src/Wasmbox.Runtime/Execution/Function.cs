using Wasmbox.Runtime.Execution;

namespace Wasmbox.Runtime;

/// <summary>
/// A function reference: compiled Wasm code or a host function, bound to its instance. It is what
/// funcref values, table elements and function exports hold.
/// </summary>
public sealed class Function
{
    // Read by compiled code for calls through imports and tables: the entry point (Wasm calling
    // convention) and the context to pass it.
    internal readonly nint Code;
    internal readonly InstanceContext Context;
    internal readonly int TypeId;
    // Keeps the collectible assembly holding Code alive while this reference exists.
    private readonly object keepAlive;

    internal Function(Engine engine, FunctionType type, nint code, InstanceContext context, object keepAlive, string name)
    {
        Engine = engine;
        Type = type;
        TypeId = engine.TypeIds.IdOf(type);
        Code = code;
        Context = context;
        this.keepAlive = keepAlive;
        Name = name;
    }

    public FunctionType Type { get; }

    /// <summary>The function's name, from the module's name section when it has one.</summary>
    public string Name { get; }

    internal Engine Engine { get; }

    internal Store Store => Context.Store.Owner;

    internal object KeepAlive => keepAlive;

    /// <summary>Calls the function with untyped arguments; traps surface as <see cref="TrapException"/>.</summary>
    public Value[] Invoke(params Value[] arguments)
    {
        if (arguments.Length != Type.Parameters.Count)
            throw new ArgumentException($"function {Name} takes {Type.Parameters.Count} arguments, {arguments.Length} given");
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i].Kind != Type.Parameters[i])
                throw new ArgumentException($"argument {i} of {Name} must be {Type.Parameters[i].Name()}, not {arguments[i].Kind.Name()}");
        }
        var results = new Value[Type.Results.Count];
        var trampoline = Engine.Trampolines.For(Type);
        Store.Run(() => trampoline(this, arguments, results));
        return results;
    }

    public override string ToString() => $"function {Name} {Type}";
}
