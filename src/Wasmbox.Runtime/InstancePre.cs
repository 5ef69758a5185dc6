namespace Wasmbox.Runtime;

/// <summary>
/// A module with its imports resolved once (like wasmtime's InstancePre): each
/// <see cref="Instantiate"/> skips the linker's lookups, so a server that makes an instance per
/// request pays for name resolution once per module, not per request.
/// </summary>
public sealed class InstancePre
{
    private readonly IReadOnlyList<object> imports;

    internal InstancePre(Module module, IReadOnlyList<object> imports)
    {
        Module = module;
        this.imports = imports;
    }

    public Module Module { get; }

    /// <summary>Instantiates the module in <paramref name="store"/> with the imports resolved when this was made.</summary>
    /// <exception cref="LinkException">an import has the wrong type</exception>
    /// <exception cref="ResourceLimitException">the store's limits do not allow the module's memories or tables</exception>
    /// <exception cref="TrapException">a segment did not fit, or the start function trapped</exception>
    public Instance Instantiate(Store store) => Execution.Instantiator.Instantiate(store, Module, imports);
}
