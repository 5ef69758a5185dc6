namespace Wasmbox.Runtime;

/// <summary>Base of every error the engine reports about a module or its execution.</summary>
public abstract class WasmException : Exception
{
    protected WasmException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>The bytes are not a well-formed WebAssembly binary (the spec's "malformed").</summary>
public sealed class MalformedModuleException : WasmException
{
    public MalformedModuleException(string reason, long offset)
        : base($"{reason} at offset 0x{offset:x}")
    {
        Reason = reason;
        Offset = offset;
    }

    /// <summary>The spec's wording, e.g. "unexpected end".</summary>
    public string Reason { get; }
    /// <summary>Byte offset in the binary where the problem was found.</summary>
    public long Offset { get; }
}

/// <summary>The module is well formed but breaks a validation rule (the spec's "invalid").</summary>
public sealed class InvalidModuleException : WasmException
{
    public InvalidModuleException(string reason, string location)
        : base(location.Length == 0 ? reason : $"{reason} {location}")
    {
        Reason = reason;
        Location = location;
    }

    /// <summary>The spec's wording, e.g. "type mismatch".</summary>
    public string Reason { get; }
    /// <summary>Where, e.g. "in i32.add at function 12, offset 0x1a3".</summary>
    public string Location { get; }
}

/// <summary>The module's imports cannot be satisfied (the spec's "unlinkable").</summary>
public sealed class LinkException : WasmException
{
    public LinkException(string message) : base(message) { }
}

/// <summary>
/// A snapshot cannot be taken: the module imports what a snapshot cannot capture, the initializer
/// called a host function not allowed during initialization, or it trapped. Nothing is kept.
/// </summary>
public sealed class SnapshotException : WasmException
{
    public SnapshotException(string reason, Exception? inner = null) : base($"cannot snapshot: {reason}", inner) => Reason = reason;

    /// <summary>Why, e.g. "the initializer called env.open_file, a host function not allowed during initialization".</summary>
    public string Reason { get; }
}
