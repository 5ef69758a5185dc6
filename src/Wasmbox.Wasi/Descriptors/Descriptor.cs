using Wasmbox.Wasi.Abi;

namespace Wasmbox.Wasi.Descriptors;

/// <summary>
/// What a guest file descriptor number refers to: a host file or directory, a stream, or a socket,
/// with the rights it carries. Operations a kind of descriptor does not support answer with the
/// errno POSIX gives for them; the WASI functions check rights before calling in.
/// </summary>
internal abstract class Descriptor : IDisposable
{
    protected Descriptor(Rights baseRights, Rights inheritingRights)
    {
        BaseRights = baseRights;
        InheritingRights = inheritingRights;
    }

    public Rights BaseRights { get; private set; }
    public Rights InheritingRights { get; private set; }

    public abstract FileType Type { get; }

    public virtual FdFlags Flags => FdFlags.None;

    /// <summary>True when this descriptor lies under a read-only preopened directory: nothing may change through it.</summary>
    public virtual bool ReadOnly => false;

    public bool Has(Rights rights) => (BaseRights & rights) == rights;

    /// <summary>Drops rights; adding any is refused, as WASI requires.</summary>
    public Errno RestrictRights(Rights baseRights, Rights inheritingRights)
    {
        if ((baseRights & ~BaseRights) != 0 || (inheritingRights & ~InheritingRights) != 0) return Errno.NotCapable;
        BaseRights = baseRights;
        InheritingRights = inheritingRights;
        return Errno.Success;
    }

    public virtual Errno Read(GuestMemory memory, GuestBuffers buffers, out int count)
    {
        count = 0;
        return Errno.BadDescriptor;
    }

    public virtual Errno Write(GuestMemory memory, GuestBuffers buffers, out int count)
    {
        count = 0;
        return Errno.BadDescriptor;
    }

    public virtual Errno ReadAt(GuestMemory memory, GuestBuffers buffers, ulong offset, out int count)
    {
        count = 0;
        return Errno.InvalidSeek;
    }

    public virtual Errno WriteAt(GuestMemory memory, GuestBuffers buffers, ulong offset, out int count)
    {
        count = 0;
        return Errno.InvalidSeek;
    }

    public virtual Errno Seek(long offset, Whence whence, out ulong position)
    {
        position = 0;
        return Errno.InvalidSeek;
    }

    public abstract Errno Stat(out FileStat stat);

    public virtual Errno SetFlags(FdFlags flags) => flags == Flags ? Errno.Success : Errno.NotSupported;

    public virtual Errno Sync() => Errno.Success;

    public virtual Errno DataSync() => Errno.Success;

    public virtual Errno SetSize(ulong size) => Errno.BadDescriptor;

    public virtual Errno SetTimes(ulong accessTime, ulong modificationTime, TimeFlags flags) => Errno.BadDescriptor;

    public virtual Errno Allocate(ulong offset, ulong length) => Errno.BadDescriptor;

    public virtual Errno Advise(ulong offset, ulong length, byte advice) => Errno.BadDescriptor;

    /// <summary>Whether a read would not block now, and how many bytes are known to be waiting.</summary>
    public virtual Readiness PollRead() => new(true, 0, false);

    /// <summary>Whether a write would not block now.</summary>
    public virtual Readiness PollWrite() => new(true, 0, false);

    public virtual void Dispose() { }
}

/// <summary>A descriptor's state for poll_oneoff.</summary>
internal readonly record struct Readiness(bool Ready, ulong Bytes, bool HungUp);
