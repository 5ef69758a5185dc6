namespace Wasmbox.Wasi.Abi;

/// <summary>WASI preview1 rights: what a descriptor allows (the witx `rights` flags).</summary>
[Flags]
public enum Rights : ulong
{
    None = 0,
    FdDatasync = 1UL << 0,
    FdRead = 1UL << 1,
    FdSeek = 1UL << 2,
    FdFdstatSetFlags = 1UL << 3,
    FdSync = 1UL << 4,
    FdTell = 1UL << 5,
    FdWrite = 1UL << 6,
    FdAdvise = 1UL << 7,
    FdAllocate = 1UL << 8,
    PathCreateDirectory = 1UL << 9,
    PathCreateFile = 1UL << 10,
    PathLinkSource = 1UL << 11,
    PathLinkTarget = 1UL << 12,
    PathOpen = 1UL << 13,
    FdReaddir = 1UL << 14,
    PathReadlink = 1UL << 15,
    PathRenameSource = 1UL << 16,
    PathRenameTarget = 1UL << 17,
    PathFilestatGet = 1UL << 18,
    PathFilestatSetSize = 1UL << 19,
    PathFilestatSetTimes = 1UL << 20,
    FdFilestatGet = 1UL << 21,
    FdFilestatSetSize = 1UL << 22,
    FdFilestatSetTimes = 1UL << 23,
    PathSymlink = 1UL << 24,
    PathRemoveDirectory = 1UL << 25,
    PathUnlinkFile = 1UL << 26,
    PollFdReadwrite = 1UL << 27,
    SockShutdown = 1UL << 28,
    SockAccept = 1UL << 29,
}

/// <summary>The sets of rights each kind of descriptor can hold, read-write and read-only.</summary>
internal static class RightSets
{
    /// <summary>Rights that change a directory tree; a read-only preopen never holds them.</summary>
    public const Rights DirectoryMutations =
        Rights.PathCreateDirectory | Rights.PathCreateFile | Rights.PathLinkSource | Rights.PathLinkTarget |
        Rights.PathRenameSource | Rights.PathRenameTarget | Rights.PathFilestatSetSize | Rights.PathFilestatSetTimes |
        Rights.FdFilestatSetTimes | Rights.PathSymlink | Rights.PathRemoveDirectory | Rights.PathUnlinkFile;

    /// <summary>Rights that change a file's contents, size or times.</summary>
    public const Rights FileMutations =
        Rights.FdWrite | Rights.FdAllocate | Rights.FdFilestatSetSize | Rights.FdFilestatSetTimes;

    public const Rights Directory =
        DirectoryMutations | Rights.PathOpen | Rights.FdReaddir | Rights.PathReadlink | Rights.PathFilestatGet |
        Rights.FdFilestatGet | Rights.FdFdstatSetFlags | Rights.FdSync | Rights.FdDatasync | Rights.PollFdReadwrite;

    public const Rights RegularFile =
        FileMutations | Rights.FdDatasync | Rights.FdRead | Rights.FdSeek | Rights.FdFdstatSetFlags | Rights.FdSync |
        Rights.FdTell | Rights.FdAdvise | Rights.FdFilestatGet | Rights.PollFdReadwrite;

    /// <summary>What a directory may pass on to what is opened beneath it.</summary>
    public const Rights DirectoryInheriting = Directory | RegularFile;

    public const Rights ReadOnlyDirectory = Directory & ~DirectoryMutations;
    public const Rights ReadOnlyDirectoryInheriting = DirectoryInheriting & ~DirectoryMutations & ~FileMutations;

    /// <summary>A stream with no position (stdio pipes, terminals).</summary>
    public const Rights InputStream = Rights.FdRead | Rights.FdFilestatGet | Rights.PollFdReadwrite | Rights.FdFdstatSetFlags;
    public const Rights OutputStream = Rights.FdWrite | Rights.FdFilestatGet | Rights.PollFdReadwrite | Rights.FdFdstatSetFlags |
        Rights.FdSync | Rights.FdDatasync;

    public const Rights Socket = Rights.FdRead | Rights.FdWrite | Rights.FdFilestatGet | Rights.PollFdReadwrite |
        Rights.FdFdstatSetFlags | Rights.SockShutdown | Rights.SockAccept;

    /// <summary>Rights that ask for write access to a file when requested at open.</summary>
    public const Rights WriteIntent = Rights.FdWrite | Rights.FdAllocate | Rights.FdFilestatSetSize;

    /// <summary>Rights that ask for read access to a file when requested at open.</summary>
    public const Rights ReadIntent = Rights.FdRead | Rights.FdReaddir;
}
