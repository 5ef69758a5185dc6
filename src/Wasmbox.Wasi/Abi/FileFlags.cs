namespace Wasmbox.Wasi.Abi;

/// <summary>Descriptor flags (the witx `fdflags`).</summary>
[Flags]
internal enum FdFlags : ushort
{
    None = 0,
    Append = 1 << 0,
    Dsync = 1 << 1,
    NonBlock = 1 << 2,
    Rsync = 1 << 3,
    Sync = 1 << 4,
    All = Append | Dsync | NonBlock | Rsync | Sync,
}

/// <summary>How path_open opens (the witx `oflags`).</summary>
[Flags]
internal enum OpenFlags : ushort
{
    None = 0,
    Create = 1 << 0,
    Directory = 1 << 1,
    Exclusive = 1 << 2,
    Truncate = 1 << 3,
    All = Create | Directory | Exclusive | Truncate,
}

/// <summary>How the last component of a path is looked up (the witx `lookupflags`).</summary>
[Flags]
internal enum LookupFlags : uint
{
    None = 0,
    SymlinkFollow = 1 << 0,
}

/// <summary>Which timestamps to set, and whether to "now" (the witx `fstflags`).</summary>
[Flags]
internal enum TimeFlags : ushort
{
    None = 0,
    AccessTime = 1 << 0,
    AccessTimeNow = 1 << 1,
    ModificationTime = 1 << 2,
    ModificationTimeNow = 1 << 3,
    All = AccessTime | AccessTimeNow | ModificationTime | ModificationTimeNow,
}

/// <summary>Where fd_seek counts from (the witx `whence`).</summary>
internal enum Whence : byte
{
    Set = 0,
    Current = 1,
    End = 2,
}

/// <summary>The largest valid fd_advise advice (the witx `advice`: normal .. noreuse).</summary>
internal static class Advice
{
    public const byte Last = 5;
}
