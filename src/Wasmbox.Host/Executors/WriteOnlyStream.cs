namespace Wasmbox.Host.Executors;

/// <summary>A stream a guest writes to and nothing reads back or seeks: what stdout and stderr are to a guest.</summary>
internal abstract class WriteOnlyStream : Stream
{
    public abstract override void Write(ReadOnlySpan<byte> data);
    public override void Write(byte[] data, int offset, int count) => Write(data.AsSpan(offset, count));
    public override void Flush() { }
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException("a guest's output stream has no length");
    public override long Position { get => throw new NotSupportedException("a guest's output stream has no position"); set => throw new NotSupportedException("a guest's output stream has no position"); }
    public override int Read(byte[] data, int offset, int count) => throw new NotSupportedException("a guest's output stream cannot be read");
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("a guest's output stream cannot seek");
    public override void SetLength(long value) => throw new NotSupportedException("a guest's output stream has no length");
}
