using Wasmbox.Runtime;
using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Descriptors;
using Wasmbox.Wasi.Host;

namespace Wasmbox.Wasi.Functions;

/// <summary>
/// path_open: opens or creates a file or directory beneath a directory descriptor. The new
/// descriptor's rights are what was asked for, limited to what the directory may pass on.
/// </summary>
internal static class OpenFunction
{
    public static Errno Open(WasiContext context, GuestMemory memory, ReadOnlySpan<Value> a)
    {
        uint fd = a[0].U32(), lookupFlags = a[1].U32(), path = a[2].U32(), pathLength = a[3].U32(), openFlags = a[4].U32();
        var requestedBase = (Rights)a[5].U64();
        var requestedInheriting = (Rights)a[6].U64();
        uint fdFlags = a[7].U32(), result = a[8].U32();

        if ((openFlags & ~(uint)OpenFlags.All) != 0 || (fdFlags & ~(uint)FdFlags.All) != 0) return Errno.Invalid;
        var oflags = (OpenFlags)openFlags;
        var create = (oflags & OpenFlags.Create) != 0;
        var exclusive = (oflags & OpenFlags.Exclusive) != 0;
        var truncate = (oflags & OpenFlags.Truncate) != 0;
        var wantsWrite = (requestedBase & RightSets.WriteIntent) != 0 || ((FdFlags)fdFlags & FdFlags.Append) != 0;
        var wantsRead = (requestedBase & RightSets.ReadIntent) != 0;

        var needed = Rights.PathOpen;
        if (create) needed |= Rights.PathCreateFile;
        if (truncate) needed |= Rights.PathFilestatSetSize;
        var changes = create || truncate || wantsWrite;
        var errno = changes
            ? context.GetDirectoryForChange(fd, needed, out var directory)
            : context.GetDirectory(fd, needed, out directory);
        if (errno != Errno.Success) return errno;

        // O_CREAT|O_EXCL never follows a link in the last component (POSIX).
        var follow = (lookupFlags & (uint)LookupFlags.SymlinkFollow) != 0 && !(create && exclusive);
        errno = PathFunctions.Resolve(memory, directory, path, pathLength, follow, out var resolved);
        if (errno != Errno.Success) return errno;
        memory.Span(result, 4);

        using (resolved)
        {
            var hostFlags = LinuxConstants.CloseOnExec | LinuxConstants.NoFollow | FileDescriptor.OpenFlagsFor((FdFlags)fdFlags);
            hostFlags |= wantsWrite ? (wantsRead ? LinuxConstants.ReadWrite : LinuxConstants.WriteOnly) : LinuxConstants.ReadOnly;
            if (create) hostFlags |= LinuxConstants.Create;
            if (exclusive) hostFlags |= LinuxConstants.Exclusive;
            if (truncate) hostFlags |= LinuxConstants.Truncate;
            if ((oflags & OpenFlags.Directory) != 0 || resolved.TrailingSlash) hostFlags |= LinuxConstants.Directory;

            int hostFd;
            do hostFd = Libc.openat(resolved.Parent, resolved.Name, hostFlags, 0x1b6);
            while (hostFd < 0 && Libc.LastError == LinuxConstants.EINTR);
            if (hostFd < 0) return HostErrors.Last();

            var file = new HostFile(hostFd);
            errno = HostFileSystem.StatDescriptor(hostFd, out var stat);
            if (errno != Errno.Success)
            {
                file.Dispose();
                return errno;
            }

            var granted = requestedBase & directory.InheritingRights;
            var grantedInheriting = requestedInheriting & directory.InheritingRights;
            Descriptor opened;
            if (stat.Type == FileType.Directory)
            {
                var depth = directory.Depth + resolved.Depth + (resolved.Name == "." ? 0 : 1);
                opened = new DirectoryDescriptor(file, granted & RightSets.Directory, grantedInheriting & RightSets.DirectoryInheriting,
                    directory.ReadOnly, guestPath: null, depth);
            }
            else
            {
                var fileRights = directory.ReadOnly ? RightSets.RegularFile & ~RightSets.FileMutations : RightSets.RegularFile;
                opened = new FileDescriptor(file, stat.Type, granted & fileRights, Rights.None, directory.ReadOnly);
            }

            errno = context.Descriptors.Add(opened, out var newFd);
            if (errno != Errno.Success)
            {
                opened.Dispose();
                return errno;
            }
            memory.WriteU32(result, newFd);
            return Errno.Success;
        }
    }
}
