using System.Collections.Concurrent;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// Gives every distinct function signature one small integer per engine, so call_indirect's
/// signature check is a single integer compare.
/// </summary>
internal sealed class FunctionTypeIds
{
    private readonly ConcurrentDictionary<FunctionType, int> ids = new();
    private int next;

    public int IdOf(FunctionType type) => ids.GetOrAdd(type, _ => Interlocked.Increment(ref next));
}
