namespace Wasmbox.Runtime;

/// <summary>The kind of an import or export.</summary>
public enum ExternalKind : byte
{
    Function = 0,
    Table = 1,
    Memory = 2,
    Global = 3,
}

/// <summary>Size limits of a table (in elements) or memory (in 64 KiB pages).</summary>
public readonly record struct Limits(ulong Minimum, ulong? Maximum)
{
    /// <summary>Import matching: does a provider with these limits satisfy a requirement of <paramref name="required"/>?</summary>
    public bool Satisfies(Limits required) =>
        Minimum >= required.Minimum &&
        (required.Maximum is not { } requiredMax || (Maximum is { } max && max <= requiredMax));

    public override string ToString() => Maximum is { } max ? $"{Minimum}..{max}" : $"{Minimum}..";
}

/// <summary>The type of a table: its element type and limits.</summary>
public sealed record TableType(ValueKind ElementKind, Limits Limits)
{
    public override string ToString() => $"table {Limits} {ElementKind.Name()}";
}

/// <summary>The type of a linear memory: its limits in 64 KiB pages.</summary>
public sealed record MemoryType(Limits Limits)
{
    public const ulong PageSize = 65536;
    /// <summary>The largest page count a 32-bit memory can have (4 GiB).</summary>
    public const ulong MaxPages32 = 65536;

    public override string ToString() => $"memory {Limits}";
}

/// <summary>The type of a global: its value type and whether it is mutable.</summary>
public sealed record GlobalType(ValueKind Kind, bool Mutable)
{
    public override string ToString() => Mutable ? $"(mut {Kind.Name()})" : Kind.Name();
}
