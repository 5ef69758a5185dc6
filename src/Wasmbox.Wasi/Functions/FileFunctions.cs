using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Descriptors;

namespace Wasmbox.Wasi.Functions;

/// <summary>fd_* calls on an open descriptor: read, write, seek, sync, stat, size, times, advice.</summary>
internal static class FileFunctions
{
    public static void AddTo(WasiFunctionTable.Builder table)
    {
        table.Add("fd_advise", "iIIi", (c, m, a) => Advise(c, a[0].U32(), a[1].U64(), a[2].U64(), a[3].U32()));
        table.Add("fd_allocate", "iII", (c, m, a) => Allocate(c, a[0].U32(), a[1].U64(), a[2].U64()));
        table.Add("fd_datasync", "i", (c, m, a) => WithDescriptor(c, a[0].U32(), Rights.FdDatasync, d => d.DataSync()));
        table.Add("fd_sync", "i", (c, m, a) => WithDescriptor(c, a[0].U32(), Rights.FdSync, d => d.Sync()));
        table.Add("fd_filestat_get", "ii", (c, m, a) => FilestatGet(c, m, a[0].U32(), a[1].U32()));
        table.Add("fd_filestat_set_size", "iI", (c, m, a) => SetSize(c, a[0].U32(), a[1].U64()));
        table.Add("fd_filestat_set_times", "iIIi", (c, m, a) => SetTimes(c, a[0].U32(), a[1].U64(), a[2].U64(), a[3].U32()));
        table.Add("fd_read", "iiii", (c, m, a) => Read(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U32()));
        table.Add("fd_pread", "iiiIi", (c, m, a) => ReadAt(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U64(), a[4].U32()));
        table.Add("fd_write", "iiii", (c, m, a) => Write(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U32()));
        table.Add("fd_pwrite", "iiiIi", (c, m, a) => WriteAt(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U64(), a[4].U32()));
        table.Add("fd_seek", "iIii", (c, m, a) => Seek(c, m, a[0].U32(), a[1].S64(), a[2].U32(), a[3].U32()));
        table.Add("fd_tell", "ii", (c, m, a) => Seek(c, m, a[0].U32(), 0, (uint)Whence.Current, a[1].U32()));
    }

    private static Errno WithDescriptor(WasiContext context, uint fd, Rights rights, Func<Descriptor, Errno> action)
    {
        var errno = context.Get(fd, rights, out var descriptor);
        return errno == Errno.Success ? action(descriptor) : errno;
    }

    private static Errno Advise(WasiContext context, uint fd, ulong offset, ulong length, uint advice)
    {
        if (advice > Advice.Last) return Errno.Invalid;
        return WithDescriptor(context, fd, Rights.FdAdvise, d => d.Advise(offset, length, (byte)advice));
    }

    /// <summary>Data calls on a directory fail as POSIX says (EISDIR) whatever rights the descriptor has.</summary>
    private static bool IsDirectory(WasiContext context, uint fd) => context.Descriptors.Get(fd) is DirectoryDescriptor;

    /// <summary>Pipes, terminals and sockets cannot seek or use offsets, whatever their rights: POSIX's ESPIPE.</summary>
    private static bool IsStream(WasiContext context, uint fd) => context.Descriptors.Get(fd) is StreamDescriptor or SocketDescriptor;

    private static Errno Allocate(WasiContext context, uint fd, ulong offset, ulong length)
    {
        if (IsDirectory(context, fd)) return Errno.IsDirectory;
        var errno = context.GetForChange(fd, Rights.FdAllocate, out var descriptor);
        return errno == Errno.Success ? descriptor.Allocate(offset, length) : errno;
    }

    private static Errno FilestatGet(WasiContext context, GuestMemory memory, uint fd, uint result)
    {
        var errno = context.Get(fd, Rights.FdFilestatGet, out var descriptor);
        if (errno != Errno.Success) return errno;
        errno = descriptor.Stat(out var stat);
        if (errno == Errno.Success) stat.WriteTo(memory, result);
        return errno;
    }

    private static Errno SetSize(WasiContext context, uint fd, ulong size)
    {
        if (IsDirectory(context, fd)) return Errno.IsDirectory;
        var errno = context.GetForChange(fd, Rights.FdFilestatSetSize, out var descriptor);
        return errno == Errno.Success ? descriptor.SetSize(size) : errno;
    }

    private static Errno SetTimes(WasiContext context, uint fd, ulong accessTime, ulong modificationTime, uint flags)
    {
        var errno = context.GetForChange(fd, Rights.FdFilestatSetTimes, out var descriptor);
        return errno == Errno.Success ? descriptor.SetTimes(accessTime, modificationTime, (TimeFlags)flags) : errno;
    }

    private static Errno Read(WasiContext context, GuestMemory memory, uint fd, uint iovecs, uint count, uint result)
    {
        if (IsDirectory(context, fd)) return Errno.IsDirectory;
        var errno = context.Get(fd, Rights.FdRead, out var descriptor, missingRight: Errno.BadDescriptor);
        if (errno != Errno.Success) return errno;
        var buffers = memory.ReadBuffers(iovecs, count);
        memory.Span(result, 4);
        errno = descriptor.Read(memory, buffers, out var read);
        if (errno == Errno.Success) memory.WriteU32(result, (uint)read);
        return errno;
    }

    private static Errno Write(WasiContext context, GuestMemory memory, uint fd, uint iovecs, uint count, uint result)
    {
        if (IsDirectory(context, fd)) return Errno.IsDirectory;
        var errno = context.GetForChange(fd, Rights.FdWrite, out var descriptor, missingRight: Errno.BadDescriptor);
        if (errno != Errno.Success) return errno;
        var buffers = memory.ReadBuffers(iovecs, count);
        memory.Span(result, 4);
        errno = descriptor.Write(memory, buffers, out var written);
        if (errno == Errno.Success) memory.WriteU32(result, (uint)written);
        return errno;
    }

    private static Errno ReadAt(WasiContext context, GuestMemory memory, uint fd, uint iovecs, uint count, ulong offset, uint result)
    {
        if (IsDirectory(context, fd)) return Errno.IsDirectory;
        if (IsStream(context, fd)) return Errno.InvalidSeek;
        var errno = context.Get(fd, Rights.FdRead, out var descriptor, missingRight: Errno.BadDescriptor);
        if (errno != Errno.Success) return errno;
        var buffers = memory.ReadBuffers(iovecs, count);
        memory.Span(result, 4);
        errno = descriptor.ReadAt(memory, buffers, offset, out var read);
        if (errno == Errno.Success) memory.WriteU32(result, (uint)read);
        return errno;
    }

    private static Errno WriteAt(WasiContext context, GuestMemory memory, uint fd, uint iovecs, uint count, ulong offset, uint result)
    {
        if (IsDirectory(context, fd)) return Errno.IsDirectory;
        if (IsStream(context, fd)) return Errno.InvalidSeek;
        var errno = context.GetForChange(fd, Rights.FdWrite, out var descriptor, missingRight: Errno.BadDescriptor);
        if (errno != Errno.Success) return errno;
        var buffers = memory.ReadBuffers(iovecs, count);
        memory.Span(result, 4);
        errno = descriptor.WriteAt(memory, buffers, offset, out var written);
        if (errno == Errno.Success) memory.WriteU32(result, (uint)written);
        return errno;
    }

    private static Errno Seek(WasiContext context, GuestMemory memory, uint fd, long offset, uint whence, uint result)
    {
        if (whence > (uint)Whence.End) return Errno.Invalid;
        if (IsDirectory(context, fd)) return Errno.IsDirectory;
        if (IsStream(context, fd)) return Errno.InvalidSeek;
        // Reading the position only needs the tell right; moving it needs seek.
        var rights = offset == 0 && whence == (uint)Whence.Current ? Rights.FdTell : Rights.FdSeek;
        var errno = context.Get(fd, rights, out var descriptor);
        if (errno != Errno.Success) return errno;
        memory.Span(result, 8);
        errno = descriptor.Seek(offset, (Whence)whence, out var position);
        if (errno == Errno.Success) memory.WriteU64(result, position);
        return errno;
    }
}
