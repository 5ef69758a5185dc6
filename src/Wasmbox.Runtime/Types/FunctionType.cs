namespace Wasmbox.Runtime;

/// <summary>A function signature: parameter and result types. Compared by structure.</summary>
public sealed class FunctionType : IEquatable<FunctionType>
{
    public FunctionType(IReadOnlyList<ValueKind> parameters, IReadOnlyList<ValueKind> results)
    {
        Parameters = parameters.ToArray();
        Results = results.ToArray();
    }

    public IReadOnlyList<ValueKind> Parameters { get; }
    public IReadOnlyList<ValueKind> Results { get; }

    public bool Equals(FunctionType? other) =>
        other is not null && Parameters.SequenceEqual(other.Parameters) && Results.SequenceEqual(other.Results);

    public override bool Equals(object? obj) => Equals(obj as FunctionType);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var p in Parameters) hash.Add(p);
        hash.Add(-1);
        foreach (var r in Results) hash.Add(r);
        return hash.ToHashCode();
    }

    public override string ToString() =>
        $"({string.Join(", ", Parameters.Select(p => p.Name()))}) -> ({string.Join(", ", Results.Select(r => r.Name()))})";
}
