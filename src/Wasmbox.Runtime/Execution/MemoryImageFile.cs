using System.Runtime.InteropServices;

namespace Wasmbox.Runtime.Execution;

/// <summary>
/// An anonymous in-memory file (memfd) holding a memory image, written once when it is made and
/// only ever mapped MAP_PRIVATE afterwards, so no instance's writes reach it. Linux only. Closing
/// it does not disturb instances that mapped it: a mapping keeps the file alive.
/// </summary>
internal sealed unsafe class MemoryImageFile : SafeHandle
{
    private const uint MfdCloexec = 1;
    private const int ProtReadWrite = 3;
    private const int MapShared = 0x01;

    private MemoryImageFile() : base(new IntPtr(-1), ownsHandle: true) { }

    public override bool IsInvalid => handle == new IntPtr(-1);

    /// <summary>Whether images can be made here: memfd_create is Linux's.</summary>
    public static bool Supported => OperatingSystem.IsLinux();

    /// <summary>
    /// A file of <paramref name="length"/> bytes (a multiple of the page size) that reads as
    /// <paramref name="chunks"/> written in order over zeros, or null when the kernel refuses.
    /// Bytes never written stay holes, which cost no memory.
    /// </summary>
    public static MemoryImageFile? Create(string name, ulong length, IReadOnlyList<MemoryChunk> chunks)
    {
        if (!Supported) return null;
        var fd = memfd_create(name, MfdCloexec);
        if (fd < 0) return null;
        var file = new MemoryImageFile();
        file.SetHandle(new IntPtr(fd));
        if (ftruncate(fd, (long)length) != 0 || !Fill(fd, length, chunks))
        {
            file.Dispose();
            return null;
        }
        return file;
    }

    private static bool Fill(int fd, ulong length, IReadOnlyList<MemoryChunk> chunks)
    {
        if (chunks.Count == 0) return true;
        var view = mmap(IntPtr.Zero, (nuint)length, ProtReadWrite, MapShared, fd, IntPtr.Zero);
        if (view == new IntPtr(-1)) return false;
        try
        {
            foreach (var chunk in chunks)
                chunk.Bytes.Span.CopyTo(new Span<byte>((byte*)view + chunk.Offset, chunk.Bytes.Length));
        }
        finally
        {
            munmap(view, (nuint)length);
        }
        return true;
    }

    protected override bool ReleaseHandle() => close((int)handle) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int memfd_create([MarshalAs(UnmanagedType.LPUTF8Str)] string name, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int ftruncate(int fd, long length);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr mmap(IntPtr address, nuint length, int protection, int flags, int fd, IntPtr offset);

    [DllImport("libc", SetLastError = true)]
    private static extern int munmap(IntPtr address, nuint length);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);
}
