using System.Runtime.InteropServices;

namespace Wasmbox.Cli.Commands;

/// <summary>
/// An inherited Unix descriptor (0, 1 or 2) as an unbuffered stream of plain read(2) and
/// write(2) calls. Unlike FileStream it keeps no position of its own, so output appended to a
/// file or shared with other processes lands where the descriptor says; unlike the Console
/// streams it reports EPIPE instead of swallowing it. Errors carry the errno as HResult.
/// </summary>
internal sealed unsafe partial class InheritedDescriptorStream : Stream
{
    private const int EINTR = 4;
    private readonly int fd;
    private readonly bool readable;

    public InheritedDescriptorStream(int fd, bool readable)
    {
        this.fd = fd;
        this.readable = readable;
    }

    public override bool CanRead => readable;
    public override bool CanWrite => !readable;
    public override bool CanSeek => false;

    // The Stream contract for what CanSeek/CanRead/CanWrite report as absent: callers check those
    // first, and WASI maps the exception to ESPIPE/EBADF. A pipe or terminal has no length or position.
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (!readable) throw new NotSupportedException();
        fixed (byte* p = buffer)
        {
            while (true)
            {
                var n = read(fd, p, (nuint)buffer.Length);
                if (n >= 0) return (int)n;
                var error = Marshal.GetLastPInvokeError();
                if (error != EINTR) throw new IOException($"read from descriptor {fd} failed (errno {error})", error);
            }
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (readable) throw new NotSupportedException();
        fixed (byte* p = buffer)
        {
            var done = 0;
            while (done < buffer.Length)
            {
                var n = write(fd, p + done, (nuint)(buffer.Length - done));
                if (n >= 0)
                {
                    done += (int)n;
                    continue;
                }
                var error = Marshal.GetLastPInvokeError();
                if (error != EINTR) throw new IOException($"write to descriptor {fd} failed (errno {error})", error);
            }
        }
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint read(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint write(int fd, byte* buffer, nuint count);
}
