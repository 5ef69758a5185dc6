using System.Runtime.CompilerServices;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Validation;

/// <summary>
/// The parameter and result types of every block type a body may use, by a small integer id, so
/// control frames carry an int rather than two array references (no GC write barrier per block).
/// </summary>
internal sealed class BlockSignatures
{
    private static readonly ValueKind[] NoTypes = [];

    private readonly int singleBase;
    private readonly ValueKind[]?[] parameters;
    private readonly ValueKind[]?[] results;

    /// <remarks>
    /// Ids below the type count are type indices; <c>typeCount + (encoding &amp; 0x7F)</c> is the
    /// empty block type or one with a single result; <see cref="Function"/> is the current function's
    /// own frame, which has no parameters on the stack.
    /// </remarks>
    public BlockSignatures(ModuleContext context)
    {
        var typeCount = context.TypeParameters.Length;
        singleBase = typeCount;
        Function = typeCount + 0x80;
        parameters = new ValueKind[]?[Function + 1];
        results = new ValueKind[]?[Function + 1];
        Array.Copy(context.TypeParameters, parameters, typeCount);
        Array.Copy(context.TypeResults, results, typeCount);
        parameters[singleBase + (BlockType.EmptyEncoding & 0x7F)] = NoTypes;
        results[singleBase + (BlockType.EmptyEncoding & 0x7F)] = NoTypes;
        foreach (var kind in (ReadOnlySpan<ValueKind>)
                 [ValueKind.I32, ValueKind.I64, ValueKind.F32, ValueKind.F64, ValueKind.V128, ValueKind.FuncRef, ValueKind.ExternRef])
        {
            parameters[singleBase + ((byte)kind & 0x7F)] = NoTypes;
            results[singleBase + ((byte)kind & 0x7F)] = [kind];
        }
        parameters[Function] = NoTypes;
        results[Function] = NoTypes;
    }

    /// <summary>The id of the frame of the function being validated.</summary>
    public int Function { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ValueKind[] Parameters(int id) => parameters[id]!;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ValueKind[] Results(int id) => results[id]!;

    public void SetFunctionResults(ValueKind[] functionResults) => results[Function] = functionResults;

    /// <summary>
    /// The id of an encoded block type: a type index (<see cref="UnknownType"/> when out of range)
    /// or a negative s33 naming no or one value type (<see cref="Malformed"/> when it names none).
    /// </summary>
    public int Resolve(long encoded)
    {
        if (encoded >= 0) return encoded < singleBase ? (int)encoded : UnknownType;
        if (encoded < BlockType.EmptyEncoding) return Malformed;
        var id = singleBase + (int)(encoded & 0x7F);
        return results[id] is null ? Malformed : id;
    }

    public const int UnknownType = -1;
    public const int Malformed = -2;
}
