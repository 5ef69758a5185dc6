using Wasmbox.Runtime.Compilation;

namespace Wasmbox.Runtime;

/// <summary>Settings shared by every module and store of an engine. Immutable; With* returns a copy.</summary>
public sealed record EngineConfig
{
    public static EngineConfig Default { get; } = new();

    /// <summary>
    /// Most bytes of native stack Wasm code may use per entry from the host; 0 means all the
    /// calling thread has, less a reserve for host code. Deeper recursion traps "call stack exhausted".
    /// </summary>
    public ulong MaxStackBytes { get; init; }

    public EngineConfig WithMaxStackBytes(ulong bytes) => this with { MaxStackBytes = bytes };
}

/// <summary>Compiles modules and owns what they share: configuration, signature ids, generated stubs.</summary>
public sealed class Engine
{
    public Engine(EngineConfig? config = null) => Config = config ?? EngineConfig.Default;

    public EngineConfig Config { get; }

    internal FunctionTypeIds TypeIds { get; } = new();
    internal EntryTrampolines Trampolines { get; } = new();
    internal HostStubs HostStubs { get; } = new();
}
