namespace Wasmbox.Runtime.Execution;

/// <summary>Bytes that belong at an offset of a linear memory.</summary>
internal readonly record struct MemoryChunk(ulong Offset, ReadOnlyMemory<byte> Bytes);

/// <summary>
/// The initial contents of a linear memory, built once and given to many instances: mapped
/// copy-on-write from a memfd where the system has one (an instance then costs one mmap, and
/// pays for the pages it touches, not for the image's size), copied chunk by chunk otherwise.
/// Either way the instance sees the same bytes and owns its copy.
/// </summary>
internal sealed class MemoryImage
{
    private static readonly ulong PageSize = (ulong)Environment.SystemPageSize;

    private readonly MemoryImageFile? file;

    private MemoryImage(ulong length, IReadOnlyList<MemoryChunk> chunks, MemoryImageFile? file)
    {
        Length = length;
        Chunks = chunks;
        this.file = file;
    }

    /// <summary>Bytes from address 0 the image covers: the end of its last chunk, rounded up to a page.</summary>
    public ulong Length { get; }

    /// <summary>What the image holds, over zeros; later chunks win where they overlap earlier ones.</summary>
    public IReadOnlyList<MemoryChunk> Chunks { get; }

    /// <summary>Whether instances get the image mapped rather than copied.</summary>
    public bool IsMapped => file is not null;

    /// <summary>An image of <paramref name="chunks"/>, backed by a memfd when <paramref name="map"/> and the system allows.</summary>
    public static MemoryImage Create(string name, IReadOnlyList<MemoryChunk> chunks, bool map)
    {
        ulong end = 0;
        foreach (var chunk in chunks) end = Math.Max(end, chunk.Offset + (ulong)chunk.Bytes.Length);
        var length = (end + PageSize - 1) / PageSize * PageSize;
        var file = map && length > 0 ? MemoryImageFile.Create(name, length, chunks) : null;
        return new MemoryImage(length, chunks, file);
    }

    /// <summary>Puts the image into <paramref name="memory"/>, which is all zero and at least <see cref="Length"/> bytes long.</summary>
    public unsafe void ApplyTo(Memory memory)
    {
        if (file is not null && memory.TryMapImage(file, Length)) return;
        foreach (var chunk in Chunks)
            chunk.Bytes.Span.CopyTo(new Span<byte>(memory.BasePointer + chunk.Offset, chunk.Bytes.Length));
    }
}
