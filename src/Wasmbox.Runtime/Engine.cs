using Wasmbox.Runtime.Compilation;

namespace Wasmbox.Runtime;

/// <summary>Settings shared by every module and store of an engine. Immutable; With* returns a copy.</summary>
public sealed record EngineConfig
{
    public static EngineConfig Default { get; } = new();

    /// <summary>The default Wasm stack budget: deep enough for real programs, shallow enough that
    /// unwinding a runaway recursion (which .NET does frame by frame) stays in the milliseconds.</summary>
    public const ulong DefaultMaxStackBytes = 1024 * 1024;

    /// <summary>
    /// Most bytes of native stack Wasm code may use per entry from the host (never more than the
    /// calling thread has, less a reserve for host code); 0 means all the thread has. Deeper
    /// recursion traps "call stack exhausted".
    /// </summary>
    public ulong MaxStackBytes { get; init; } = DefaultMaxStackBytes;

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
