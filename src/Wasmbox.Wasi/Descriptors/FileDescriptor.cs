using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Host;

namespace Wasmbox.Wasi.Descriptors;

/// <summary>An open host file (regular file, device, FIFO): reads and writes go straight to it.</summary>
internal sealed unsafe class FileDescriptor : HostDescriptor
{
    private const int StackVectors = 16;

    public FileDescriptor(HostFile file, FileType type, Rights baseRights, Rights inheritingRights, bool readOnly)
        : base(file, baseRights, inheritingRights, readOnly)
    {
        Type = type;
    }

    public override FileType Type { get; }

    public override FdFlags Flags
    {
        get
        {
            var status = Libc.fcntl(Fd, LinuxConstants.GetStatusFlags, 0);
            if (status < 0) return FdFlags.None;
            var flags = FdFlags.None;
            if ((status & LinuxConstants.Append) != 0) flags |= FdFlags.Append;
            if ((status & LinuxConstants.NonBlock) != 0) flags |= FdFlags.NonBlock;
            // Linux's O_SYNC includes O_DSYNC, and O_RSYNC is O_SYNC: report the strongest one.
            if ((status & LinuxConstants.Sync) == LinuxConstants.Sync) flags |= FdFlags.Sync;
            else if ((status & LinuxConstants.Dsync) != 0) flags |= FdFlags.Dsync;
            return flags;
        }
    }

    public override Errno Read(GuestMemory memory, GuestBuffers buffers, out int count) =>
        Transfer(memory, buffers, (vectors, n) => Libc.readv(Fd, vectors, n), out count);

    public override Errno Write(GuestMemory memory, GuestBuffers buffers, out int count) =>
        Transfer(memory, buffers, (vectors, n) => Libc.writev(Fd, vectors, n), out count);

    public override Errno ReadAt(GuestMemory memory, GuestBuffers buffers, ulong offset, out int count)
    {
        count = 0;
        if (offset > long.MaxValue) return Errno.Invalid;
        return Transfer(memory, buffers, (vectors, n) => Libc.preadv(Fd, vectors, n, (long)offset), out count);
    }

    public override Errno WriteAt(GuestMemory memory, GuestBuffers buffers, ulong offset, out int count)
    {
        count = 0;
        if (offset > long.MaxValue) return Errno.Invalid;
        return Transfer(memory, buffers, (vectors, n) => Libc.pwritev(Fd, vectors, n, (long)offset), out count);
    }

    private delegate nint VectorCall(IoVector* vectors, int count);

    // One vectored system call straight on guest memory: no copy, and the transfer is as atomic
    // as the host makes it.
    private static Errno Transfer(GuestMemory memory, GuestBuffers buffers, VectorCall call, out int count)
    {
        count = 0;
        Span<IoVector> vectors = buffers.Count <= StackVectors ? stackalloc IoVector[buffers.Count] : new IoVector[buffers.Count];
        for (var i = 0; i < buffers.Count; i++)
        {
            var (address, length) = buffers[i];
            vectors[i].Base = memory.Pointer(address, length);
            vectors[i].Length = length;
        }
        nint result;
        fixed (IoVector* p = vectors)
        {
            do result = call(p, vectors.Length);
            while (result < 0 && Libc.LastError == LinuxConstants.EINTR);
        }
        if (result < 0) return HostErrors.Last();
        count = (int)Math.Min(result, int.MaxValue);
        return Errno.Success;
    }

    public override Errno Seek(long offset, Whence whence, out ulong position)
    {
        position = 0;
        var result = Libc.lseek(Fd, offset, (int)whence);
        if (result < 0) return HostErrors.Last();
        position = (ulong)result;
        return Errno.Success;
    }

    public override Errno SetFlags(FdFlags flags)
    {
        // Linux can only change append and non-blocking on an open file.
        var status = Libc.fcntl(Fd, LinuxConstants.GetStatusFlags, 0);
        if (status < 0) return HostErrors.Last();
        if ((status & LinuxConstants.Sync) != (OpenFlagsFor(flags) & LinuxConstants.Sync)) return Errno.NotSupported;
        status &= ~(LinuxConstants.Append | LinuxConstants.NonBlock);
        if ((flags & FdFlags.Append) != 0) status |= LinuxConstants.Append;
        if ((flags & FdFlags.NonBlock) != 0) status |= LinuxConstants.NonBlock;
        return Libc.fcntl(Fd, LinuxConstants.SetStatusFlags, status) == 0 ? Errno.Success : HostErrors.Last();
    }

    /// <summary>The open(2) flags that carry the given descriptor flags.</summary>
    public static int OpenFlagsFor(FdFlags flags)
    {
        var result = 0;
        if ((flags & FdFlags.Append) != 0) result |= LinuxConstants.Append;
        if ((flags & FdFlags.NonBlock) != 0) result |= LinuxConstants.NonBlock;
        if ((flags & (FdFlags.Sync | FdFlags.Rsync)) != 0) result |= LinuxConstants.Sync;
        else if ((flags & FdFlags.Dsync) != 0) result |= LinuxConstants.Dsync;
        return result;
    }

    public override Errno SetSize(ulong size)
    {
        if (size > long.MaxValue) return Errno.Invalid;
        return Libc.ftruncate(Fd, (long)size) == 0 ? Errno.Success : HostErrors.Last();
    }

    public override Errno Allocate(ulong offset, ulong length)
    {
        if (offset > long.MaxValue || length > long.MaxValue || offset + length > long.MaxValue) return Errno.FileTooBig;
        if (length == 0) return Errno.Invalid;
        var error = Libc.posix_fallocate(Fd, (long)offset, (long)length);
        return HostErrors.FromLinux(error);
    }

    public override Errno Advise(ulong offset, ulong length, byte advice)
    {
        if (offset > long.MaxValue || length > long.MaxValue) return Errno.Invalid;
        // WASI numbers sequential 1 and random 2; Linux numbers them the other way round.
        var hostAdvice = advice switch { 1 => 2, 2 => 1, _ => advice };
        return HostErrors.FromLinux(Libc.posix_fadvise(Fd, (long)offset, (long)length, hostAdvice));
    }

    public override Readiness PollRead()
    {
        // A file never blocks; report what is left from the current position.
        if (Stat(out var stat) != Errno.Success || Type != FileType.RegularFile) return new(true, 0, false);
        var position = Libc.lseek(Fd, 0, (int)Whence.Current);
        var left = position >= 0 && (ulong)position < stat.Size ? stat.Size - (ulong)position : 0;
        return new(true, left, false);
    }
}
