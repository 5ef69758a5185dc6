using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Descriptors;
using Wasmbox.Wasi.Host;
using Wasmbox.Wasi.Sandbox;

namespace Wasmbox.Wasi.Functions;

/// <summary>
/// path_* calls. Each resolves its path inside the directory descriptor it is given (see
/// <see cref="PathResolver"/>), then makes one *at system call on the last component that does
/// not follow links.
/// </summary>
internal static class PathFunctions
{
    public static void AddTo(WasiFunctionTable.Builder table)
    {
        table.Add("path_create_directory", "iii", (c, m, a) => CreateDirectory(c, m, a[0].U32(), a[1].U32(), a[2].U32()));
        table.Add("path_filestat_get", "iiiii", (c, m, a) => FilestatGet(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U32(), a[4].U32()));
        table.Add("path_filestat_set_times", "iiiiIIi", (c, m, a) =>
            SetTimes(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U32(), a[4].U64(), a[5].U64(), a[6].U32()));
        table.Add("path_link", "iiiiiii", (c, m, a) =>
            Link(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U32(), a[4].U32(), a[5].U32(), a[6].U32()));
        table.Add("path_open", "iiiiiIIii", (c, m, a) => OpenFunction.Open(c, m, a));
        table.Add("path_readlink", "iiiiii", (c, m, a) => ReadLink(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U32(), a[4].U32(), a[5].U32()));
        table.Add("path_remove_directory", "iii", (c, m, a) => Remove(c, m, a[0].U32(), a[1].U32(), a[2].U32(), Rights.PathRemoveDirectory, LinuxConstants.AtRemoveDirectory));
        table.Add("path_unlink_file", "iii", (c, m, a) => Remove(c, m, a[0].U32(), a[1].U32(), a[2].U32(), Rights.PathUnlinkFile, 0));
        table.Add("path_rename", "iiiiii", (c, m, a) => Rename(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U32(), a[4].U32(), a[5].U32()));
        table.Add("path_symlink", "iiiii", (c, m, a) => Symlink(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U32(), a[4].U32()));
    }

    /// <summary>Reads the path argument and resolves it inside <paramref name="directory"/>.</summary>
    public static Errno Resolve(GuestMemory memory, DirectoryDescriptor directory, uint pathAddress, uint pathLength,
        bool followLastLink, out ResolvedPath resolved)
    {
        resolved = null!;
        var errno = memory.ReadString(pathAddress, pathLength, out var path);
        if (errno != Errno.Success) return errno;
        // A trailing slash means "the directory this names", which follows a last link as POSIX says.
        errno = PathResolver.Resolve(directory, path, followLastLink || path.EndsWith('/'), out var result);
        if (errno == Errno.Success) resolved = result!;
        return errno;
    }

    private static Errno Result(int status) => status == 0 ? Errno.Success : HostErrors.Last();

    private static Errno CreateDirectory(WasiContext context, GuestMemory memory, uint fd, uint path, uint length)
    {
        var errno = context.GetDirectoryForChange(fd, Rights.PathCreateDirectory, out var directory);
        if (errno != Errno.Success) return errno;
        errno = ResolveForChange(memory, directory, path, length, out var resolved);
        if (errno != Errno.Success) return errno;
        using (resolved) return Result(Libc.mkdirat(resolved.Parent, resolved.NameWithSlash, 0x1ff));
    }

    private static Errno FilestatGet(WasiContext context, GuestMemory memory, uint fd, uint flags, uint path, uint length, uint result)
    {
        var errno = context.GetDirectory(fd, Rights.PathFilestatGet, out var directory);
        if (errno != Errno.Success) return errno;
        errno = Resolve(memory, directory, path, length, Follows(flags), out var resolved);
        if (errno != Errno.Success) return errno;
        using (resolved)
        {
            memory.Span(result, Layouts.FilestatSize);
            errno = HostFileSystem.Stat(resolved.Parent, resolved.Name, out var stat);
            if (errno != Errno.Success) return errno;
            if (resolved.TrailingSlash && stat.Type != FileType.Directory) return Errno.NotDirectory;
            stat.WriteTo(memory, result);
            return Errno.Success;
        }
    }

    private static Errno SetTimes(WasiContext context, GuestMemory memory, uint fd, uint flags, uint path, uint length,
        ulong accessTime, ulong modificationTime, uint timeFlags)
    {
        var errno = context.GetDirectoryForChange(fd, Rights.PathFilestatSetTimes, out var directory);
        if (errno != Errno.Success) return errno;
        errno = Resolve(memory, directory, path, length, Follows(flags), out var resolved);
        if (errno != Errno.Success) return errno;
        using (resolved) return HostFileSystem.SetTimes(resolved.Parent, resolved.Name, accessTime, modificationTime, (TimeFlags)timeFlags);
    }

    private static Errno Link(WasiContext context, GuestMemory memory, uint oldFd, uint oldFlags, uint oldPath, uint oldLength,
        uint newFd, uint newPath, uint newLength)
    {
        // Both sides count as changes: a new name for a file under a read-only preopen would let
        // it be written through the new name.
        var errno = context.GetDirectoryForChange(oldFd, Rights.PathLinkSource, out var source);
        if (errno != Errno.Success) return errno;
        errno = context.GetDirectoryForChange(newFd, Rights.PathLinkTarget, out var target);
        if (errno != Errno.Success) return errno;
        errno = Resolve(memory, source, oldPath, oldLength, Follows(oldFlags), out var from);
        if (errno != Errno.Success) return errno;
        using (from)
        {
            errno = ResolveForChange(memory, target, newPath, newLength, out var to);
            if (errno != Errno.Success) return errno;
            using (to) return Result(Libc.linkat(from.Parent, from.Name, to.Parent, to.NameWithSlash, 0));
        }
    }

    private static Errno ReadLink(WasiContext context, GuestMemory memory, uint fd, uint path, uint length, uint buffer, uint bufferLength, uint result)
    {
        var errno = context.GetDirectory(fd, Rights.PathReadlink, out var directory);
        if (errno != Errno.Success) return errno;
        errno = Resolve(memory, directory, path, length, followLastLink: false, out var resolved);
        if (errno != Errno.Success) return errno;
        using (resolved)
        {
            var output = memory.Span(buffer, bufferLength);
            memory.Span(result, 4);
            errno = HostFileSystem.ReadLink(resolved.Parent, resolved.Name, out var target);
            if (errno != Errno.Success) return errno;
            // Like readlink(2), a short buffer gets the start of the target.
            var count = Math.Min(target.Length, output.Length);
            target.AsSpan(0, count).CopyTo(output);
            memory.WriteU32(result, (uint)count);
            return Errno.Success;
        }
    }

    private static Errno Remove(WasiContext context, GuestMemory memory, uint fd, uint path, uint length, Rights right, int flags)
    {
        var errno = context.GetDirectoryForChange(fd, right, out var directory);
        if (errno != Errno.Success) return errno;
        errno = ResolveForChange(memory, directory, path, length, out var resolved);
        if (errno != Errno.Success) return errno;
        using (resolved) return Result(Libc.unlinkat(resolved.Parent, resolved.NameWithSlash, flags));
    }

    private static Errno Rename(WasiContext context, GuestMemory memory, uint oldFd, uint oldPath, uint oldLength, uint newFd, uint newPath, uint newLength)
    {
        var errno = context.GetDirectoryForChange(oldFd, Rights.PathRenameSource, out var source);
        if (errno != Errno.Success) return errno;
        errno = context.GetDirectoryForChange(newFd, Rights.PathRenameTarget, out var target);
        if (errno != Errno.Success) return errno;
        errno = ResolveForChange(memory, source, oldPath, oldLength, out var from);
        if (errno != Errno.Success) return errno;
        using (from)
        {
            errno = ResolveForChange(memory, target, newPath, newLength, out var to);
            if (errno != Errno.Success) return errno;
            using (to) return Result(Libc.renameat(from.Parent, from.NameWithSlash, to.Parent, to.NameWithSlash));
        }
    }

    private static Errno Symlink(WasiContext context, GuestMemory memory, uint targetAddress, uint targetLength, uint fd, uint path, uint length)
    {
        var errno = context.GetDirectoryForChange(fd, Rights.PathSymlink, out var directory);
        if (errno != Errno.Success) return errno;
        errno = memory.ReadString(targetAddress, targetLength, out var target);
        if (errno != Errno.Success) return errno;
        errno = ResolveForChange(memory, directory, path, length, out var resolved);
        if (errno != Errno.Success) return errno;
        using (resolved)
        {
            // Following such a link is refused anyway; not creating it keeps the host's tree clean.
            if (PathResolver.EscapesFrom(directory.Depth + resolved.Depth, target)) return Errno.NotCapable;
            errno = Result(Libc.symlinkat(target, resolved.Parent, resolved.NameWithSlash));
            // "file/" names a directory that a file stands in the way of: POSIX says ENOTDIR where Linux says EEXIST.
            if (errno == Errno.Exists && resolved.TrailingSlash &&
                HostFileSystem.Stat(resolved.Parent, resolved.Name, out var existing) == Errno.Success && existing.Type != FileType.Directory)
                return Errno.NotDirectory;
            return errno;
        }
    }

    /// <summary>Resolves the path of something to create, remove or rename: its last component is never followed.</summary>
    private static Errno ResolveForChange(GuestMemory memory, DirectoryDescriptor directory, uint path, uint length, out ResolvedPath resolved)
    {
        resolved = null!;
        var errno = memory.ReadString(path, length, out var text);
        if (errno != Errno.Success) return errno;
        errno = PathResolver.Resolve(directory, text, followLastLink: false, out var result);
        if (errno == Errno.Success) resolved = result!;
        return errno;
    }

    private static bool Follows(uint lookupFlags) => (lookupFlags & (uint)LookupFlags.SymlinkFollow) != 0;
}
