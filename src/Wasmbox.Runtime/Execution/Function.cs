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
        : this(engine, type, engine.TypeIds.IdOf(type), code, context, keepAlive) => this.name = name;

    /// <summary>A module's function <paramref name="index"/>, named when the name is first asked for (few ever are).</summary>
    internal Function(Module module, int index, nint code, InstanceContext context, object keepAlive)
        : this(module.Engine, module.Definition.FunctionSignature(index), module.TypeIdOf(index), code, context, keepAlive)
    {
        names = module.Definition;
        nameIndex = index;
    }

    private Function(Engine engine, FunctionType type, int typeId, nint code, InstanceContext context, object keepAlive)
    {
        Engine = engine;
        Type = type;
        TypeId = typeId;
        Code = code;
        Context = context;
        this.keepAlive = keepAlive;
    }

    private string? name;
    private readonly Binary.ModuleDefinition? names;
    private readonly int nameIndex;

    public FunctionType Type { get; }

    /// <summary>The function's name, from the module's name section when it has one.</summary>
    public string Name => name ??= names!.FunctionDisplayName(nameIndex);

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
