using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Descriptors;

namespace Wasmbox.Wasi.Functions;

/// <summary>
/// Finds the descriptor a call names and checks it may do what the call asks, in the order a
/// guest can reason about: EBADF (no such descriptor), ENOTDIR (a directory was needed), EROFS
/// (a change under a read-only preopen), ENOTCAPABLE (a right is missing).
/// </summary>
internal static class DescriptorLookup
{
    /// <param name="context">the guest's context</param>
    /// <param name="fd">the descriptor number the guest passed</param>
    /// <param name="rights">the rights the call needs</param>
    /// <param name="descriptor">the descriptor, when the answer is success</param>
    /// <param name="missingRight">the answer when a right is missing: reading or writing a
    /// descriptor not opened for it is EBADF in POSIX, and guests test for that</param>
    public static Errno Get(this WasiContext context, uint fd, Rights rights, out Descriptor descriptor, Errno missingRight = Errno.NotCapable)
    {
        descriptor = null!;
        if (context.Descriptors.Get(fd) is not { } found) return Errno.BadDescriptor;
        if (!found.Has(rights)) return missingRight;
        descriptor = found;
        return Errno.Success;
    }

    /// <summary>As <see cref="Get"/>, for a call that changes the file: refused under a read-only preopen.</summary>
    public static Errno GetForChange(this WasiContext context, uint fd, Rights rights, out Descriptor descriptor, Errno missingRight = Errno.NotCapable)
    {
        descriptor = null!;
        if (context.Descriptors.Get(fd) is not { } found) return Errno.BadDescriptor;
        if (found.ReadOnly) return Errno.ReadOnlyFileSystem;
        if (!found.Has(rights)) return missingRight;
        descriptor = found;
        return Errno.Success;
    }

    public static Errno GetDirectory(this WasiContext context, uint fd, Rights rights, out DirectoryDescriptor directory) =>
        GetDirectory(context, fd, rights, change: false, out directory);

    /// <summary>A directory through which something is created, removed or changed.</summary>
    public static Errno GetDirectoryForChange(this WasiContext context, uint fd, Rights rights, out DirectoryDescriptor directory) =>
        GetDirectory(context, fd, rights, change: true, out directory);

    private static Errno GetDirectory(WasiContext context, uint fd, Rights rights, bool change, out DirectoryDescriptor directory)
    {
        directory = null!;
        var found = context.Descriptors.Get(fd);
        if (found is null) return Errno.BadDescriptor;
        if (found is not DirectoryDescriptor dir) return Errno.NotDirectory;
        if (change && dir.ReadOnly) return Errno.ReadOnlyFileSystem;
        if (!dir.Has(rights)) return Errno.NotCapable;
        directory = dir;
        return Errno.Success;
    }
}
