namespace Wasmbox.Runtime;

/// <summary>A global variable. Imported mutable globals share this cell with their exporter.</summary>
public sealed class Global
{
    // Compiled code reads and writes these directly: numbers as raw bits (floats in the low bytes),
    // references in Reference.
    internal long Bits;
    internal object? Reference;

    public Global(GlobalType type, Value value)
    {
        Type = type;
        Store(value);
    }

    public GlobalType Type { get; }

    public Value Value
    {
        get => Type.Kind.IsReference() ? Value.FromReference(Type.Kind, Reference) : Value.FromBits(Type.Kind, Bits);
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
        Reference = value.Reference;
    }
}
