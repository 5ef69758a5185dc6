using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Host;

namespace Wasmbox.Wasi.Descriptors;

/// <summary>A descriptor backed by a host file descriptor: a file or a directory.</summary>
internal abstract class HostDescriptor : Descriptor
{
    private readonly bool readOnly;

    protected HostDescriptor(HostFile file, Rights baseRights, Rights inheritingRights, bool readOnly)
        : base(baseRights, inheritingRights)
    {
        File = file;
        this.readOnly = readOnly;
    }

    public HostFile File { get; }

    public int Fd => File.Fd;

    public override bool ReadOnly => readOnly;

    public override Errno Stat(out FileStat stat) => HostFileSystem.StatDescriptor(Fd, out stat);

    public override Errno SetTimes(ulong accessTime, ulong modificationTime, TimeFlags flags) =>
        HostFileSystem.SetDescriptorTimes(Fd, accessTime, modificationTime, flags);

    public override Errno Sync() => Libc.fsync(Fd) == 0 ? Errno.Success : HostErrors.Last();

    public override Errno DataSync() => Libc.fdatasync(Fd) == 0 ? Errno.Success : HostErrors.Last();

    public override void Dispose() => File.Dispose();
}
