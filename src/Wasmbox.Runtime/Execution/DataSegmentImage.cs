using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Execution;

/// <summary>
/// Decides whether a module's active data segments become a memory image (built once per module,
/// mapped into every instance) and builds it. Only when the outcome cannot differ from copying:
/// the memory is the module's own, every offset is a constant, and every segment fits in the
/// memory's initial size, so no instantiation can trap on a segment. Otherwise segments are copied.
/// </summary>
internal static class DataSegmentImage
{
    /// <summary>The image of <paramref name="definition"/>'s active data segments, or null when they are copied.</summary>
    public static MemoryImage? For(ModuleDefinition definition, EngineConfig config, string name)
    {
        if (!config.MemoryImages || !MemoryImageFile.Supported) return null;
        if (definition.ImportedMemoryCount != 0 || definition.Memories.Count != 1) return null;
        var memoryBytes = definition.Memories[0].Limits.Minimum * MemoryType.PageSize;
        var chunks = new List<MemoryChunk>();
        ulong total = 0;
        foreach (var segment in definition.Datas)
        {
            if (segment.Mode != SegmentMode.Active) continue;
            if (segment.MemoryIndex != 0 || ConstantOffset(segment.Offset!) is not { } offset) return null;
            // A segment past the end traps at instantiation, after the ones before it were
            // written: the copying path does exactly that.
            if (offset + (ulong)segment.Bytes.Length > memoryBytes) return null;
            if (segment.Bytes.IsEmpty) continue;
            chunks.Add(new MemoryChunk(offset, segment.Bytes));
            total += (ulong)segment.Bytes.Length;
        }
        if (total == 0 || total < config.MemoryImageMinimumBytes) return null;
        var image = MemoryImage.Create($"wasmbox:{name}", chunks, map: true);
        return image.IsMapped ? image : null;
    }

    /// <summary>The offset of an <c>i32.const</c> expression (an unsigned address); null for one that reads a global.</summary>
    private static ulong? ConstantOffset(ConstantExpression expression) =>
        expression.Instructions is [{ Op: Opcode.I32Const } only] ? (uint)(int)only.A : null;
}
