namespace Wasmbox.Wasi.Abi;

/// <summary>Human-readable errno names, for messages and traces.</summary>
internal static class ErrnoDescriptions
{
    public static string Describe(this Errno errno) => errno switch
    {
        Errno.Success => "success",
        Errno.Access => "permission denied (EACCES)",
        Errno.BadDescriptor => "bad file descriptor (EBADF)",
        Errno.Exists => "file exists (EEXIST)",
        Errno.Fault => "bad address (EFAULT)",
        Errno.Invalid => "invalid argument (EINVAL)",
        Errno.IsDirectory => "is a directory (EISDIR)",
        Errno.Loop => "too many levels of symbolic links (ELOOP)",
        Errno.NoEntry => "no such file or directory (ENOENT)",
        Errno.NotDirectory => "not a directory (ENOTDIR)",
        Errno.NotEmpty => "directory not empty (ENOTEMPTY)",
        Errno.NotPermitted => "operation not permitted (EPERM)",
        Errno.ReadOnlyFileSystem => "read-only file system (EROFS)",
        Errno.NotCapable => "capabilities insufficient (ENOTCAPABLE)",
        _ => $"E{errno.ToString().ToUpperInvariant()} ({(int)errno})",
    };
}
