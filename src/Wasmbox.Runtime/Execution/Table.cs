namespace Wasmbox.Runtime;

/// <summary>A table of references (functions or host objects), grown in elements.</summary>
public sealed class Table
{
    // Read by compiled code through RuntimeSupport; Size may be less than Elements.Length.
    internal object?[] Elements;
    internal int Count;
    private readonly int elementLimit;

    public Table(TableType type, object? initial = null) : this(type, initial, null) { }

    internal Table(TableType type, object? initial, int? maxElements)
    {
        elementLimit = Math.Min(maxElements ?? MaxElements, MaxElements);
        if (type.Limits.Minimum > MaxElements)
            throw new ArgumentException($"table minimum {type.Limits.Minimum} exceeds the engine's limit of {MaxElements} elements");
        Type = type;
        Count = (int)type.Limits.Minimum;
        Elements = new object?[Count];
        if (initial is not null) Array.Fill(Elements, initial);
    }

    /// <summary>The most elements any table may hold in this engine.</summary>
    public const int MaxElements = 10_000_000;

    public TableType Type { get; }
    public ValueKind ElementKind => Type.ElementKind;
    public int Size => Count;

    /// <summary>The current type, as import matching sees it: the current size as minimum.</summary>
    public TableType CurrentType => Type with { Limits = new Limits((ulong)Count, Type.Limits.Maximum) };

    public object? this[int index]
    {
        get => (uint)index < (uint)Count ? Elements[index] : throw new TrapException(TrapKind.TableOutOfBounds);
        set
        {
            if ((uint)index >= (uint)Count) throw new TrapException(TrapKind.TableOutOfBounds);
            Elements[index] = value;
        }
    }

    /// <summary>Grows by <paramref name="delta"/> elements set to <paramref name="initial"/>; returns the old size or -1.</summary>
    public int Grow(uint delta, object? initial)
    {
        var old = Count;
        var max = Math.Min(Type.Limits.Maximum ?? uint.MaxValue, (ulong)elementLimit);
        if ((ulong)old + delta > max) return -1;
        var newCount = old + (int)delta;
        if (newCount > Elements.Length)
        {
            var capacity = (int)Math.Max((ulong)newCount, Math.Min((ulong)Elements.Length * 2, max));
            var grown = new object?[capacity];
            Array.Copy(Elements, grown, old);
            Elements = grown;
        }
        if (initial is not null) Array.Fill(Elements, initial, old, (int)delta);
        Count = newCount;
        return old;
    }
}
