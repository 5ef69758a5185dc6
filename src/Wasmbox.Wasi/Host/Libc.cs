using System.Runtime.InteropServices;

namespace Wasmbox.Wasi.Host;

/// <summary>
/// The Linux system calls the file system sandbox is built on. The *at calls work relative to a
/// directory descriptor the sandbox holds, so no path is ever resolved from the host's root or
/// working directory.
/// </summary>
internal static unsafe partial class Libc
{
    private const string Library = "libc";

    // openat and fcntl are variadic in C; passing the optional argument always is how glibc reads
    // it on both x86-64 and arm64 (only integer registers are involved).
    [LibraryImport(Library, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int openat(int directory, string path, int flags, uint mode);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int close(int fd);

    [LibraryImport(Library, SetLastError = true)]
    public static partial nint readv(int fd, IoVector* vectors, int count);

    [LibraryImport(Library, SetLastError = true)]
    public static partial nint writev(int fd, IoVector* vectors, int count);

    [LibraryImport(Library, SetLastError = true)]
    public static partial nint preadv(int fd, IoVector* vectors, int count, long offset);

    [LibraryImport(Library, SetLastError = true)]
    public static partial nint pwritev(int fd, IoVector* vectors, int count, long offset);

    [LibraryImport(Library, SetLastError = true)]
    public static partial long lseek(int fd, long offset, int whence);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int fsync(int fd);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int fdatasync(int fd);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int ftruncate(int fd, long length);

    /// <summary>Returns the error number itself (0 on success), as POSIX specifies.</summary>
    [LibraryImport(Library)]
    public static partial int posix_fallocate(int fd, long offset, long length);

    /// <summary>Returns the error number itself (0 on success), as POSIX specifies.</summary>
    [LibraryImport(Library)]
    public static partial int posix_fadvise(int fd, long offset, long length, int advice);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int fcntl(int fd, int command, int argument);

    [LibraryImport(Library, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int mkdirat(int directory, string path, uint mode);

    [LibraryImport(Library, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int unlinkat(int directory, string path, int flags);

    [LibraryImport(Library, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int renameat(int oldDirectory, string oldPath, int newDirectory, string newPath);

    [LibraryImport(Library, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int linkat(int oldDirectory, string oldPath, int newDirectory, string newPath, int flags);

    [LibraryImport(Library, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int symlinkat(string target, int directory, string path);

    [LibraryImport(Library, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint readlinkat(int directory, string path, byte* buffer, nuint size);

    [LibraryImport(Library, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int utimensat(int directory, string path, Timespec* times, int flags);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int futimens(int fd, Timespec* times);

    [LibraryImport(Library, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int statx(int directory, string path, int flags, uint mask, StatxBuffer* buffer);

    [LibraryImport(Library, SetLastError = true)]
    public static partial nint fdopendir(int fd);

    [LibraryImport(Library, SetLastError = true)]
    public static partial DirectoryEntry* readdir(nint directory);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int closedir(nint directory);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int clock_gettime(int clock, Timespec* time);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int clock_getres(int clock, Timespec* resolution);

    /// <summary>Returns the error number itself (0 on success), as POSIX specifies.</summary>
    [LibraryImport(Library)]
    public static partial int clock_nanosleep(int clock, int flags, Timespec* request, Timespec* remaining);

    public static int LastError => Marshal.GetLastPInvokeError();
}

/// <summary>struct iovec.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct IoVector
{
    public byte* Base;
    public nuint Length;
}

/// <summary>struct timespec on 64-bit Linux.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Timespec
{
    public long Seconds;
    public long Nanoseconds;

    public static Timespec FromNanoseconds(ulong nanoseconds) =>
        new() { Seconds = (long)(nanoseconds / 1_000_000_000), Nanoseconds = (long)(nanoseconds % 1_000_000_000) };

    public readonly ulong ToNanoseconds() => (ulong)Seconds * 1_000_000_000 + (ulong)Nanoseconds;
}

/// <summary>struct statx: the same layout on every Linux architecture, unlike struct stat.</summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct StatxBuffer
{
    [FieldOffset(0)] public uint Mask;
    [FieldOffset(16)] public uint LinkCount;
    [FieldOffset(28)] public ushort Mode;
    [FieldOffset(32)] public ulong Inode;
    [FieldOffset(40)] public ulong Size;
    [FieldOffset(64)] public StatxTimestamp AccessTime;
    [FieldOffset(96)] public StatxTimestamp ChangeTime;
    [FieldOffset(112)] public StatxTimestamp ModificationTime;
    [FieldOffset(136)] public uint DeviceMajor;
    [FieldOffset(140)] public uint DeviceMinor;
}

/// <summary>struct statx_timestamp.</summary>
[StructLayout(LayoutKind.Sequential, Size = 16)]
internal struct StatxTimestamp
{
    public long Seconds;
    public uint Nanoseconds;

    public readonly ulong ToNanoseconds() => (ulong)Seconds * 1_000_000_000 + Nanoseconds;
}

/// <summary>struct dirent as glibc returns it on 64-bit Linux; the name starts at offset 19.</summary>
[StructLayout(LayoutKind.Explicit)]
internal struct DirectoryEntry
{
    [FieldOffset(0)] public ulong Inode;
    [FieldOffset(16)] public ushort RecordLength;
    [FieldOffset(18)] public byte Type;
    [FieldOffset(19)] public byte NameStart;
}
