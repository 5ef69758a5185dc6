namespace Wasmbox.Wasi.Abi;

/// <summary>The witx `filestat`: what fd_filestat_get and path_filestat_get report.</summary>
internal readonly record struct FileStat(
    ulong Device, ulong Inode, FileType Type, ulong LinkCount, ulong Size,
    ulong AccessTime, ulong ModificationTime, ulong ChangeTime)
{
    /// <summary>A descriptor with no file behind it (a stream or socket): only the type is known.</summary>
    public static FileStat OfType(FileType type) => new(0, 0, type, 0, 0, 0, 0, 0);

    public void WriteTo(GuestMemory memory, uint address)
    {
        var span = memory.Span(address, Layouts.FilestatSize);
        span.Clear();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(span, Device);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(span[8..], Inode);
        span[16] = (byte)Type;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(span[24..], LinkCount);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(span[32..], Size);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(span[40..], AccessTime);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(span[48..], ModificationTime);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(span[56..], ChangeTime);
    }
}
