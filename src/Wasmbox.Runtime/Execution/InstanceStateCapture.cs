using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Execution;

/// <summary>
/// Captures an instance's state for a snapshot, refusing (with the reason) what would not mean
/// the same in a new instance: references to functions of other instances or of the host, and
/// host objects (externref) kept in globals or tables.
/// </summary>
internal static class InstanceStateCapture
{
    private static readonly int PageSize = Environment.SystemPageSize;
    // Runs of non-zero pages are kept in arrays, which cannot pass 2 GiB.
    private const ulong MaxChunkBytes = 256 << 20;

    public static InstanceState Capture(Instance instance)
    {
        var context = instance.Context;
        var module = instance.Module;
        var definition = module.Definition;
        var ownFunctions = new Dictionary<Function, int>(ReferenceEqualityComparer.Instance);
        for (var i = definition.ImportedFunctionCount; i < context.Functions.Length; i++)
        {
            if (context.Functions[i] is { } function) ownFunctions[function] = i;
        }

        var importedGlobals = definition.TotalGlobalCount - definition.Globals.Count;
        var globals = new CapturedValue[definition.Globals.Count];
        for (var i = 0; i < globals.Length; i++)
        {
            var global = context.Globals[importedGlobals + i];
            globals[i] = global.Type.Kind.IsReference()
                ? Reference(global.Reference, global.Type.Kind, ownFunctions, $"global {importedGlobals + i}")
                : new CapturedValue(global.Value);
        }

        var importedTables = definition.TotalTableCount - definition.Tables.Count;
        var tables = new CapturedTable[definition.Tables.Count];
        for (var t = 0; t < tables.Length; t++)
        {
            var table = context.Tables[importedTables + t];
            var indices = new int[table.Count];
            for (var e = 0; e < indices.Length; e++)
                indices[e] = Reference(table.Elements[e], table.ElementKind, ownFunctions, $"element {e} of table {importedTables + t}").FunctionIndex;
            tables[t] = new CapturedTable(table.Count, indices);
        }

        var memory = definition.Memories.Count == 1 && definition.ImportedMemoryCount == 0 ? context.Memories[0] : null;
        return new InstanceState(
            memory?.Pages ?? 0,
            memory is null ? null : ImageOf(memory, module),
            globals,
            tables,
            context.DataSegments.Select(d => d.IsEmpty).ToArray(),
            context.ElementSegments.Select(e => e is null).ToArray());
    }

    private static CapturedValue Reference(object? reference, ValueKind kind, Dictionary<Function, int> ownFunctions, string where) => reference switch
    {
        null => new CapturedValue(Value.Null(kind)),
        Function function when ownFunctions.TryGetValue(function, out var index) => CapturedValue.Function(index),
        Function function => throw new SnapshotException(
            $"{where} holds {function.Name}, a function of the host or of another instance: a snapshot can keep only references to the module's own functions"),
        _ => throw new SnapshotException($"{where} holds a host object (externref), which a snapshot cannot keep"),
    };

    /// <summary>The memory's pages that are not all zero, as an image (the zero ones cost nothing in it).</summary>
    private static MemoryImage ImageOf(Memory memory, Module module)
    {
        var chunks = new List<MemoryChunk>();
        var bytes = memory.ByteLength;
        ulong total = 0;
        for (ulong page = 0; page < bytes;)
        {
            if (IsZero(memory, page)) { page += (ulong)PageSize; continue; }
            var start = page;
            while (page < bytes && page - start < MaxChunkBytes && !IsZero(memory, page)) page += (ulong)PageSize;
            chunks.Add(new MemoryChunk(start, memory.GetSpan(start, checked((int)(page - start))).ToArray()));
            total += page - start;
        }
        var config = module.Engine.Config;
        var map = config.MemoryImages && total >= config.MemoryImageMinimumBytes;
        return MemoryImage.Create($"wasmbox-snapshot:{module.Name}", chunks, map);
    }

    private static bool IsZero(Memory memory, ulong page) => !memory.GetSpan(page, PageSize).ContainsAnyExcept((byte)0);
}
