using System.Buffers.Binary;
using System.Text;
using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Descriptors;

namespace Wasmbox.Wasi.Functions;

/// <summary>The descriptor table itself: close, renumber, flags, rights, and the preopened directories' names.</summary>
internal static class DescriptorFunctions
{
    public static void AddTo(WasiFunctionTable.Builder table)
    {
        table.Add("fd_close", "i", (c, m, a) => c.Descriptors.Close(a[0].U32()));
        table.Add("fd_renumber", "ii", (c, m, a) => c.Descriptors.Renumber(a[0].U32(), a[1].U32()));
        table.Add("fd_fdstat_get", "ii", (c, m, a) => FdstatGet(c, m, a[0].U32(), a[1].U32()));
        table.Add("fd_fdstat_set_flags", "ii", (c, m, a) => SetFlags(c, a[0].U32(), a[1].U32()));
        table.Add("fd_fdstat_set_rights", "iII", (c, m, a) => SetRights(c, a[0].U32(), a[1].U64(), a[2].U64()));
        table.Add("fd_prestat_get", "ii", (c, m, a) => PrestatGet(c, m, a[0].U32(), a[1].U32()));
        table.Add("fd_prestat_dir_name", "iii", (c, m, a) => PrestatDirName(c, m, a[0].U32(), a[1].U32(), a[2].U32()));
    }

    private static Errno FdstatGet(WasiContext context, GuestMemory memory, uint fd, uint result)
    {
        var errno = context.Get(fd, Rights.None, out var descriptor);
        if (errno != Errno.Success) return errno;
        var span = memory.Span(result, Layouts.FdstatSize);
        span.Clear();
        span[0] = (byte)descriptor.Type;
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], (ushort)descriptor.Flags);
        BinaryPrimitives.WriteUInt64LittleEndian(span[8..], (ulong)descriptor.BaseRights);
        BinaryPrimitives.WriteUInt64LittleEndian(span[16..], (ulong)descriptor.InheritingRights);
        return Errno.Success;
    }

    private static Errno SetFlags(WasiContext context, uint fd, uint flags)
    {
        if ((flags & ~(uint)FdFlags.All) != 0) return Errno.Invalid;
        var errno = context.Get(fd, Rights.FdFdstatSetFlags, out var descriptor);
        if (errno != Errno.Success) return errno;
        // Appending is writing: not under a read-only preopen.
        if (descriptor.ReadOnly && (flags & (uint)FdFlags.Append) != 0) return Errno.ReadOnlyFileSystem;
        return descriptor.SetFlags((FdFlags)flags);
    }

    private static Errno SetRights(WasiContext context, uint fd, ulong baseRights, ulong inheritingRights)
    {
        var errno = context.Get(fd, Rights.None, out var descriptor);
        if (errno != Errno.Success) return errno;
        return descriptor.RestrictRights((Rights)baseRights, (Rights)inheritingRights);
    }

    private static Errno PrestatGet(WasiContext context, GuestMemory memory, uint fd, uint result)
    {
        // Only preopened directories have a prestat; wasi-libc stops its scan at the first EBADF.
        if (context.Descriptors.Get(fd) is not DirectoryDescriptor { GuestPath: { } name }) return Errno.BadDescriptor;
        var span = memory.Span(result, Layouts.PrestatSize);
        span.Clear();
        span[0] = 0; // preopentype dir
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)Encoding.UTF8.GetByteCount(name));
        return Errno.Success;
    }

    private static Errno PrestatDirName(WasiContext context, GuestMemory memory, uint fd, uint buffer, uint length)
    {
        if (context.Descriptors.Get(fd) is not DirectoryDescriptor { GuestPath: { } name }) return Errno.BadDescriptor;
        var bytes = Encoding.UTF8.GetBytes(name);
        if (length < bytes.Length) return Errno.NameTooLong;
        bytes.CopyTo(memory.Span(buffer, (uint)bytes.Length));
        return Errno.Success;
    }
}
