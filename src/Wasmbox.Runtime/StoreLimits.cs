namespace Wasmbox.Runtime;

/// <summary>
/// Resources one store may hold. memory.grow and table.grow past a limit return -1, as the spec
/// allows; instantiation past one fails with <see cref="ResourceLimitException"/>. Immutable.
/// </summary>
public sealed record StoreLimits
{
    /// <summary>No limits beyond what the engine itself allows.</summary>
    public static StoreLimits Unlimited { get; } = new();

    /// <summary>Bytes across all linear memories of the store; null for no limit.</summary>
    public ulong? MaxMemoryBytes { get; init; }

    /// <summary>Elements in any one table; null for the engine's own limit.</summary>
    public int? MaxTableElements { get; init; }

    public int MaxInstances { get; init; } = 10_000;
    public int MaxMemories { get; init; } = 10_000;
    public int MaxTables { get; init; } = 10_000;

    public StoreLimits WithMaxMemoryBytes(ulong? bytes) => this with { MaxMemoryBytes = bytes };
    public StoreLimits WithMaxTableElements(int? elements) => this with { MaxTableElements = elements };
    public StoreLimits WithMaxInstances(int count) => this with { MaxInstances = count };
}

/// <summary>A store limit refused an instantiation; the message names the limit and its value.</summary>
public sealed class ResourceLimitException : WasmException
{
    public ResourceLimitException(string message) : base(message) { }
}
