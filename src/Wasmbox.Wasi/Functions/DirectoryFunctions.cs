using System.Buffers.Binary;
using Wasmbox.Wasi.Abi;

namespace Wasmbox.Wasi.Functions;

/// <summary>fd_readdir: a directory's entries, "." and ".." included, as a stream of dirent records.</summary>
internal static class DirectoryFunctions
{
    public static void AddTo(WasiFunctionTable.Builder table) =>
        table.Add("fd_readdir", "iiiIi", (c, m, a) => ReadDirectory(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U64(), a[4].U32()));

    private static Errno ReadDirectory(WasiContext context, GuestMemory memory, uint fd, uint buffer, uint length, ulong cookie, uint result)
    {
        var errno = context.GetDirectory(fd, Rights.FdReaddir, out var directory);
        if (errno != Errno.Success) return errno;
        var output = memory.Span(buffer, length);
        memory.Span(result, 4);
        errno = directory.Entries(cookie, out var entries);
        if (errno != Errno.Success) return errno;

        // Fill the buffer; the last record may be cut short, and a full buffer tells the guest to
        // come back with the cookie of the last whole record.
        var used = 0;
        Span<byte> header = stackalloc byte[Layouts.DirentSize];
        for (var index = cookie; index < (ulong)entries.Count && used < output.Length; index++)
        {
            var entry = entries[(int)index];
            header.Clear();
            BinaryPrimitives.WriteUInt64LittleEndian(header, index + 1);
            BinaryPrimitives.WriteUInt64LittleEndian(header[8..], entry.Inode);
            BinaryPrimitives.WriteUInt32LittleEndian(header[16..], (uint)entry.Name.Length);
            header[20] = (byte)entry.Type;
            used += CopySome(header, output[used..]);
            used += CopySome(entry.Name, output[used..]);
        }
        memory.WriteU32(result, (uint)used);
        return Errno.Success;
    }

    private static int CopySome(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var count = Math.Min(source.Length, destination.Length);
        source[..count].CopyTo(destination);
        return count;
    }
}
