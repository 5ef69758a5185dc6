using System.Runtime.Intrinsics;

namespace Wasmbox.Runtime;

/// <summary>A global variable. Imported mutable globals share this cell with their exporter.</summary>
public sealed class Global
{
    // Compiled code reads and writes these directly: numbers as raw bits (floats in the low bytes),
    // vectors in Vector, references in Reference.
    internal long Bits;
    internal Vector128<byte> Vector;
    internal object? Reference;

    public Global(GlobalType type, Value value)
    {
        Type = type;
        Store(value);
    }

    public GlobalType Type { get; }

    public Value Value
    {
        get => Type.Kind switch
        {
            ValueKind.V128 => Value.V128(Vector),
            var kind when kind.IsReference() => Value.FromReference(kind, Reference),
            var kind => Value.FromBits(kind, Bits),
        };
        set
        {
            if (!Type.Mutable) throw new InvalidOperationException("global is immutable");
            Store(value);
        }
    }

    private void Store(Value value)
    {
        if (value.Kind != Type.Kind)
            throw new ArgumentException($"global of type {Type.Kind.Name()} cannot hold a {value.Kind.Name()}");
        Bits = value.RawBits;
        if (value.Kind == ValueKind.V128) Vector = value.AsV128();
        Reference = value.Reference;
    }
}
