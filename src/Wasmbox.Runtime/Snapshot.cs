using Wasmbox.Runtime.Execution;

namespace Wasmbox.Runtime;

/// <summary>
/// An instance captured after its initialization (pre-initialization, as Wizer does it): each
/// <see cref="Instantiate"/> makes an instance in that state without running the start function
/// or the initializer again, with its own copy-on-write copy of the memory, so what one instance
/// writes no other ever sees. Made by <see cref="InstancePre.CreateSnapshot"/>; holds nothing
/// of the store it was initialized in.
/// </summary>
public sealed class Snapshot
{
    private readonly IReadOnlyList<object> imports;
    private readonly InstanceState state;

    internal Snapshot(Module module, IReadOnlyList<object> imports, InstanceState state)
    {
        Module = module;
        this.imports = imports;
        this.state = state;
    }

    public Module Module { get; }

    /// <summary>The size of the captured memory, in bytes (0 without one).</summary>
    public ulong MemoryBytes => state.MemoryPages * MemoryType.PageSize;

    /// <summary>Bytes of the captured memory that are not zero pages: what the image holds.</summary>
    public ulong ImageBytes => state.Memory?.Chunks.Aggregate(0UL, (total, chunk) => total + (ulong)chunk.Bytes.Length) ?? 0;

    /// <summary>Whether instances map the memory image copy-on-write (else it is copied into each).</summary>
    public bool IsMapped => state.Memory?.IsMapped ?? false;

    /// <summary>
    /// The captured state as bytes, for <see cref="InstancePre.LoadSnapshot"/> in this or another
    /// process (the module's compiled code is not in it: see <see cref="Module.Serialize"/>).
    /// </summary>
    public byte[] Serialize() => SnapshotFile.Write(state, Module);

    /// <summary>An instance in the captured state, in <paramref name="store"/>, with the imports the snapshot was made with.</summary>
    /// <exception cref="ResourceLimitException">the store's limits do not allow the captured memory or tables</exception>
    public Instance Instantiate(Store store)
    {
        if (store.Engine != Module.Engine) throw new LinkException("the snapshot's module was compiled by another engine than the store's");
        return Instantiator.Instantiate(store, Module, imports, state);
    }
}
