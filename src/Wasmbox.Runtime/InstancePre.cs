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

    /// <summary>
    /// Instantiates the module in <paramref name="store"/> (its start function runs), runs the
    /// initializer export (<see cref="SnapshotOptions.Initializer"/>, by default Wizer's
    /// "wizer.initialize"), and captures the instance's state, from which
    /// <see cref="Snapshot.Instantiate"/> makes instances that need neither run again. Host
    /// functions run during initialization only if <paramref name="options"/> allows them. The
    /// store keeps the initialized instance; dispose it when done.
    /// </summary>
    /// <exception cref="SnapshotException">the state cannot be captured, the initializer is missing or trapped, or it called a host function not allowed</exception>
    /// <exception cref="LinkException">an import has the wrong type</exception>
    public Snapshot CreateSnapshot(Store store, SnapshotOptions? options = null) =>
        Execution.SnapshotMaker.Create(store, Module, imports, options ?? SnapshotOptions.Default);

    /// <summary>
    /// A snapshot from <see cref="Snapshot.Serialize"/> of this very module (the same Wasm), to
    /// instantiate with this one's imports; nothing runs. The bytes are data, checked before use:
    /// a forged file can give the guest other state, never reach outside its sandbox.
    /// </summary>
    /// <exception cref="SnapshotException">the bytes are damaged, or the snapshot was taken of another module</exception>
    public Snapshot LoadSnapshot(ReadOnlyMemory<byte> serialized) =>
        new(Module, imports, Execution.SnapshotFile.Read(serialized, Module));
}
