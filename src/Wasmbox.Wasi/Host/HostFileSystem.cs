using System.Text;
using Wasmbox.Wasi.Abi;

namespace Wasmbox.Wasi.Host;

/// <summary>
/// File system calls relative to a directory descriptor, answering in WASI terms. None of them
/// follows a symbolic link in the last component: the path resolver decides about links.
/// </summary>
internal static unsafe class HostFileSystem
{
    public static Errno Stat(int directory, string name, out FileStat stat)
    {
        StatxBuffer buffer;
        stat = default;
        if (Libc.statx(directory, name, LinuxConstants.AtSymlinkNoFollow, LinuxConstants.StatxBasicStats, &buffer) != 0)
            return HostErrors.Last();
        stat = ToFileStat(buffer);
        return Errno.Success;
    }

    public static Errno StatDescriptor(int fd, out FileStat stat)
    {
        StatxBuffer buffer;
        stat = default;
        if (Libc.statx(fd, "", LinuxConstants.AtEmptyPath | LinuxConstants.AtSymlinkNoFollow, LinuxConstants.StatxBasicStats, &buffer) != 0)
            return HostErrors.Last();
        stat = ToFileStat(buffer);
        return Errno.Success;
    }

    public static FileType TypeOfMode(int mode) => (mode & LinuxConstants.TypeMask) switch
    {
        LinuxConstants.TypeRegular => FileType.RegularFile,
        LinuxConstants.TypeDirectory => FileType.Directory,
        LinuxConstants.TypeSymlink => FileType.SymbolicLink,
        LinuxConstants.TypeCharacterDevice => FileType.CharacterDevice,
        LinuxConstants.TypeBlockDevice => FileType.BlockDevice,
        LinuxConstants.TypeSocket => FileType.SocketStream,
        _ => FileType.Unknown, // FIFOs have no WASI type
    };

    public static FileType TypeOfEntry(byte entryType) => entryType switch
    {
        LinuxConstants.EntryRegular => FileType.RegularFile,
        LinuxConstants.EntryDirectory => FileType.Directory,
        LinuxConstants.EntrySymlink => FileType.SymbolicLink,
        LinuxConstants.EntryCharacterDevice => FileType.CharacterDevice,
        LinuxConstants.EntryBlockDevice => FileType.BlockDevice,
        LinuxConstants.EntrySocket => FileType.SocketStream,
        _ => FileType.Unknown,
    };

    private static FileStat ToFileStat(in StatxBuffer s) => new(
        Device: MakeDevice(s.DeviceMajor, s.DeviceMinor),
        Inode: s.Inode,
        Type: TypeOfMode(s.Mode),
        LinkCount: s.LinkCount,
        Size: s.Size,
        AccessTime: s.AccessTime.ToNanoseconds(),
        ModificationTime: s.ModificationTime.ToNanoseconds(),
        ChangeTime: s.ChangeTime.ToNanoseconds());

    // glibc's makedev, so device numbers match what native programs see.
    private static ulong MakeDevice(uint major, uint minor) =>
        ((ulong)(major & 0xfffff000) << 32) | ((ulong)(major & 0xfff) << 8) |
        ((ulong)(minor & 0xffffff00) << 12) | (minor & 0xff);

    /// <summary>The content of a symbolic link, or EINVAL when <paramref name="name"/> is not one.</summary>
    public static Errno ReadLink(int directory, string name, out byte[] target)
    {
        target = [];
        for (var size = 256; ; size *= 2)
        {
            var buffer = new byte[size];
            nint length;
            fixed (byte* p = buffer) length = Libc.readlinkat(directory, name, p, (nuint)size);
            if (length < 0) return HostErrors.Last();
            if (length < size)
            {
                target = buffer.AsSpan(0, (int)length).ToArray();
                return Errno.Success;
            }
            if (size >= 1 << 20) return Errno.NameTooLong;
        }
    }

    /// <summary>The content of a symbolic link as text, or null when <paramref name="name"/> is not a link.</summary>
    public static Errno ReadLinkText(int directory, string name, out string? target)
    {
        target = null;
        var errno = ReadLink(directory, name, out var bytes);
        if (errno != Errno.Success) return errno;
        target = Encoding.UTF8.GetString(bytes);
        return Errno.Success;
    }

    /// <summary>Builds the timespec pair of utimensat/futimens from WASI's set_times arguments.</summary>
    public static Errno TimesFor(ulong accessTime, ulong modificationTime, TimeFlags flags, Span<Timespec> times)
    {
        if ((flags & ~TimeFlags.All) != 0) return Errno.Invalid;
        if ((flags & (TimeFlags.AccessTime | TimeFlags.AccessTimeNow)) == (TimeFlags.AccessTime | TimeFlags.AccessTimeNow)) return Errno.Invalid;
        if ((flags & (TimeFlags.ModificationTime | TimeFlags.ModificationTimeNow)) == (TimeFlags.ModificationTime | TimeFlags.ModificationTimeNow)) return Errno.Invalid;
        times[0] = TimeFor(accessTime, (flags & TimeFlags.AccessTime) != 0, (flags & TimeFlags.AccessTimeNow) != 0);
        times[1] = TimeFor(modificationTime, (flags & TimeFlags.ModificationTime) != 0, (flags & TimeFlags.ModificationTimeNow) != 0);
        return Errno.Success;
    }

    private static Timespec TimeFor(ulong value, bool set, bool now) =>
        now ? new Timespec { Nanoseconds = LinuxConstants.UtimeNow }
        : set ? Timespec.FromNanoseconds(value)
        : new Timespec { Nanoseconds = LinuxConstants.UtimeOmit };

    public static Errno SetTimes(int directory, string name, ulong accessTime, ulong modificationTime, TimeFlags flags)
    {
        Span<Timespec> times = stackalloc Timespec[2];
        var errno = TimesFor(accessTime, modificationTime, flags, times);
        if (errno != Errno.Success) return errno;
        fixed (Timespec* p = times)
            return Libc.utimensat(directory, name, p, LinuxConstants.AtSymlinkNoFollow) == 0 ? Errno.Success : HostErrors.Last();
    }

    public static Errno SetDescriptorTimes(int fd, ulong accessTime, ulong modificationTime, TimeFlags flags)
    {
        Span<Timespec> times = stackalloc Timespec[2];
        var errno = TimesFor(accessTime, modificationTime, flags, times);
        if (errno != Errno.Success) return errno;
        fixed (Timespec* p = times)
            return Libc.futimens(fd, p) == 0 ? Errno.Success : HostErrors.Last();
    }

    /// <summary>Every entry of a directory, "." and ".." included, in the order the host lists them.</summary>
    public static Errno ListDirectory(int directory, out List<DirectoryListingEntry> entries)
    {
        entries = [];
        // fdopendir takes ownership of the descriptor it is given, so it gets a fresh one, which
        // also starts reading from the beginning whatever the guest did before.
        var fd = Libc.openat(directory, ".", LinuxConstants.ReadOnly | LinuxConstants.Directory | LinuxConstants.CloseOnExec, 0);
        if (fd < 0) return HostErrors.Last();
        var stream = Libc.fdopendir(fd);
        if (stream == 0)
        {
            var error = HostErrors.Last();
            Libc.close(fd);
            return error;
        }
        try
        {
            while (true)
            {
                var entry = Libc.readdir(stream);
                if (entry == null)
                {
                    var error = Libc.LastError;
                    return error == 0 ? Errno.Success : HostErrors.FromLinux(error);
                }
                var name = new ReadOnlySpan<byte>(&entry->NameStart, entry->RecordLength - 19);
                name = name[..name.IndexOf((byte)0)];
                var type = HostFileSystem.TypeOfEntry(entry->Type);
                if (entry->Type == LinuxConstants.EntryUnknown)
                {
                    // Some file systems do not fill d_type; ask for the entry itself.
                    var text = Encoding.UTF8.GetString(name);
                    if (Stat(directory, text, out var stat) == Errno.Success) type = stat.Type;
                }
                entries.Add(new DirectoryListingEntry(name.ToArray(), entry->Inode, type));
            }
        }
        finally
        {
            Libc.closedir(stream);
        }
    }
}

/// <summary>One directory entry as fd_readdir reports it.</summary>
internal sealed record DirectoryListingEntry(byte[] Name, ulong Inode, FileType Type);
