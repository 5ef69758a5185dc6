using System.Runtime.InteropServices;

namespace Wasmbox.Wasi.Host;

/// <summary>An open host file descriptor, closed exactly once when the guest closes it or the context ends.</summary>
internal sealed class HostFile : SafeHandle
{
    public HostFile(int fd) : base(-1, ownsHandle: true) => SetHandle(fd);

    public override bool IsInvalid => handle < 0;

    /// <summary>The raw descriptor, for system calls. Valid while this object is not disposed.</summary>
    public int Fd => (int)handle;

    protected override bool ReleaseHandle() => Libc.close((int)handle) == 0;
}
