using System.Security.Cryptography;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Execution;

/// <summary>
/// A snapshot's state as bytes, tied to the exact Wasm it was taken of (its SHA-256). It is data,
/// not code: every count, size, offset and index is checked against the module before anything
/// is allocated or placed, so damaged or forged bytes can at most give the guest other state
/// (as another data section would), never reach past its own memory, tables and globals.
/// </summary>
internal static class SnapshotFile
{
    private static readonly byte[] Magic = "WBSNAP01"u8.ToArray();

    public static byte[] Write(InstanceState state, Module module)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        writer.Write(module.WasmHash);
        writer.Write(state.Memory is not null);
        writer.Write(state.MemoryPages);
        var chunks = state.Memory?.Chunks ?? [];
        writer.Write(chunks.Count);
        foreach (var chunk in chunks)
        {
            writer.Write(chunk.Offset);
            writer.Write(chunk.Bytes.Length);
            writer.Write(chunk.Bytes.Span);
        }
        writer.Write(state.Globals.Length);
        foreach (var global in state.Globals)
        {
            writer.Write(global.Value.RawBits);
            // Only a v128 has more bits: snapshots of modules without one keep their layout.
            if (global.Value.Kind == ValueKind.V128) writer.Write(global.Value.RawHighBits);
            writer.Write(global.FunctionIndex);
        }
        writer.Write(state.Tables.Length);
        foreach (var table in state.Tables)
        {
            writer.Write(table.Size);
            foreach (var index in table.FunctionIndices) writer.Write(index);
        }
        WriteFlags(writer, state.DroppedData);
        WriteFlags(writer, state.DroppedElements);
        writer.Flush();
        return stream.ToArray();
    }

    /// <exception cref="SnapshotException">the bytes are not a snapshot of this module, or are damaged</exception>
    public static InstanceState Read(ReadOnlyMemory<byte> bytes, Module module)
    {
        var definition = module.Definition;
        var reader = new Reader(bytes);
        if (!reader.Bytes(Magic.Length).SequenceEqual(Magic)) throw Damaged("it does not start like a Wasmbox snapshot");
        if (!reader.Bytes(32).SequenceEqual(module.WasmHash)) throw new SnapshotException("the snapshot was taken of another module (its Wasm differs)");

        var hasMemory = reader.Boolean();
        var ownMemory = definition.Memories.Count == 1 && definition.ImportedMemoryCount == 0;
        if (hasMemory != ownMemory) throw Damaged("its memory does not match the module's");
        var pages = reader.UInt64();
        MemoryImage? image = null;
        var chunkCount = reader.Count(int.MaxValue);
        if (ownMemory)
        {
            var type = definition.Memories[0];
            if (pages < type.Limits.Minimum || pages > Math.Min(type.Limits.Maximum ?? MemoryType.MaxPages32, MemoryType.MaxPages32))
                throw Damaged($"its memory of {pages} pages is outside the module's limits");
            var chunks = new List<MemoryChunk>();
            for (var i = 0; i < chunkCount; i++)
            {
                var offset = reader.UInt64();
                var length = reader.Count(int.MaxValue);
                if (offset > pages * MemoryType.PageSize || (ulong)length > pages * MemoryType.PageSize - offset)
                    throw Damaged("a memory chunk lies outside its memory");
                chunks.Add(new MemoryChunk(offset, reader.Bytes(length).ToArray()));
            }
            var total = chunks.Aggregate(0UL, (sum, chunk) => sum + (ulong)chunk.Bytes.Length);
            var config = module.Engine.Config;
            image = MemoryImage.Create($"wasmbox-snapshot:{module.Name}", chunks, config.MemoryImages && total >= config.MemoryImageMinimumBytes);
        }
        else if (chunkCount != 0 || pages != 0) throw Damaged("it has memory contents for a module without a memory of its own");

        var globals = new CapturedValue[reader.Count(definition.Globals.Count, exactly: true)];
        for (var i = 0; i < globals.Length; i++)
        {
            var kind = definition.Globals[i].Type.Kind;
            var bits = reader.Int64();
            var highBits = kind == ValueKind.V128 ? reader.Int64() : 0;
            var function = FunctionIndex(reader.Int32(), kind, definition);
            globals[i] = function >= 0 ? CapturedValue.Function(function)
                : new CapturedValue(kind switch
                {
                    ValueKind.V128 => Value.V128(bits, highBits),
                    _ when kind.IsReference() => Value.Null(kind),
                    _ => Value.FromBits(kind, bits),
                });
        }

        var tables = new CapturedTable[reader.Count(definition.Tables.Count, exactly: true)];
        for (var t = 0; t < tables.Length; t++)
        {
            var type = definition.Tables[t];
            var size = reader.Count(Table.MaxElements);
            if ((ulong)size < type.Limits.Minimum || (ulong)size > (type.Limits.Maximum ?? uint.MaxValue))
                throw Damaged($"table {t} has {size} elements, outside the module's limits");
            reader.Require((long)size * 4);
            var indices = new int[size];
            for (var e = 0; e < size; e++) indices[e] = FunctionIndex(reader.Int32(), type.ElementKind, definition);
            tables[t] = new CapturedTable(size, indices);
        }
        var droppedData = ReadFlags(ref reader, definition.Datas.Count);
        var droppedElements = ReadFlags(ref reader, definition.Elements.Count);
        if (!reader.AtEnd) throw Damaged("it has bytes past its end");
        return new InstanceState(pages, image, globals, tables, droppedData, droppedElements);
    }

    /// <summary>A captured reference: -1 (null), or a function the module defines, and only where a funcref may be.</summary>
    private static int FunctionIndex(int index, ValueKind kind, ModuleDefinition definition)
    {
        if (index == -1) return -1;
        if (kind != ValueKind.FuncRef || index < definition.ImportedFunctionCount || index >= definition.TotalFunctionCount)
            throw Damaged($"it refers to function {index}, which is not one of the module's own where a function may be");
        return index;
    }

    private static void WriteFlags(BinaryWriter writer, bool[] flags)
    {
        writer.Write(flags.Length);
        foreach (var flag in flags) writer.Write(flag);
    }

    private static bool[] ReadFlags(ref Reader reader, int expected)
    {
        var flags = new bool[reader.Count(expected, exactly: true)];
        for (var i = 0; i < flags.Length; i++) flags[i] = reader.Boolean();
        return flags;
    }

    private static SnapshotException Damaged(string why) => new($"damaged snapshot: {why}");

    /// <summary>Reads little-endian fields, failing as damaged instead of reading past the end.</summary>
    private struct Reader(ReadOnlyMemory<byte> bytes)
    {
        private int position;

        public readonly bool AtEnd => position == bytes.Length;

        public void Require(long count)
        {
            if (count < 0 || count > bytes.Length - position) throw Damaged("it ends too soon");
        }

        public ReadOnlySpan<byte> Bytes(int count)
        {
            Require(count);
            var span = bytes.Span.Slice(position, count);
            position += count;
            return span;
        }

        public bool Boolean() => Bytes(1)[0] switch { 0 => false, 1 => true, _ => throw Damaged("a flag is neither 0 nor 1") };
        public int Int32() => System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));
        public long Int64() => System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(Bytes(8));
        public ulong UInt64() => (ulong)Int64();

        /// <summary>A count from 0 to <paramref name="limit"/> (or exactly it).</summary>
        public int Count(int limit, bool exactly = false)
        {
            var count = Int32();
            if (count < 0 || count > limit || (exactly && count != limit)) throw Damaged($"a count of {count} where {(exactly ? "" : "at most ")}{limit} belong");
            return count;
        }
    }

    /// <summary>The SHA-256 of Wasm bytes, which ties a snapshot to its module.</summary>
    public static byte[] HashOf(ReadOnlySpan<byte> wasm) => SHA256.HashData(wasm);
}
