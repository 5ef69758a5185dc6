using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Host;

namespace Wasmbox.Wasi.Descriptors;

/// <summary>
/// An open host directory: a preopened one (it has a <see cref="GuestPath"/>) or one the guest
/// opened beneath it. Every path a guest passes is resolved relative to one of these and never
/// leaves it.
/// </summary>
internal sealed class DirectoryDescriptor : HostDescriptor
{
    private List<DirectoryListingEntry>? listing;

    public DirectoryDescriptor(HostFile file, Rights baseRights, Rights inheritingRights, bool readOnly, string? guestPath, int depth)
        : base(file, baseRights, inheritingRights, readOnly)
    {
        GuestPath = guestPath;
        Depth = depth;
    }

    public override FileType Type => FileType.Directory;

    /// <summary>The name the guest knows a preopened directory by; null for directories the guest opened.</summary>
    public string? GuestPath { get; }

    /// <summary>How many directories below its preopened directory this one was when opened.</summary>
    public int Depth { get; }

    public override Errno Read(GuestMemory memory, GuestBuffers buffers, out int count)
    {
        count = 0;
        return Errno.IsDirectory;
    }

    public override Errno Write(GuestMemory memory, GuestBuffers buffers, out int count)
    {
        count = 0;
        return Errno.IsDirectory;
    }

    public override Errno ReadAt(GuestMemory memory, GuestBuffers buffers, ulong offset, out int count)
    {
        count = 0;
        return Errno.IsDirectory;
    }

    public override Errno WriteAt(GuestMemory memory, GuestBuffers buffers, ulong offset, out int count)
    {
        count = 0;
        return Errno.IsDirectory;
    }

    public override Errno Seek(long offset, Whence whence, out ulong position)
    {
        position = 0;
        return Errno.IsDirectory;
    }

    public override Errno SetSize(ulong size) => Errno.IsDirectory;

    public override Errno Allocate(ulong offset, ulong length) => Errno.IsDirectory;

    public override Errno Advise(ulong offset, ulong length, byte advice) => Errno.IsDirectory;

    /// <summary>
    /// The directory's entries for fd_readdir. A cookie is an index into this list: cookie 0 reads
    /// the directory afresh, later cookies continue the listing taken then, like a POSIX
    /// directory stream.
    /// </summary>
    public Errno Entries(ulong cookie, out IReadOnlyList<DirectoryListingEntry> entries)
    {
        entries = [];
        if (cookie == 0 || listing is null)
        {
            var errno = HostFileSystem.ListDirectory(Fd, out var fresh);
            if (errno != Errno.Success) return errno;
            listing = fresh;
        }
        entries = listing;
        return Errno.Success;
    }
}
