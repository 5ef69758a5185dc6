using System.Text;

namespace Wasmbox.Host.Executors;

/// <summary>The guest's stderr: kept up to <see cref="Limit"/> bytes for the function's log, the rest counted and dropped.</summary>
internal sealed class GuestErrorOutput : Stream
{
    public const int Limit = 16 * 1024;
    private readonly MemoryStream kept = new();

    public long Dropped { get; private set; }

    public override void Write(ReadOnlySpan<byte> data)
    {
        var room = (int)Math.Max(0, Limit - kept.Length);
        kept.Write(data[..Math.Min(room, data.Length)]);
        Dropped += Math.Max(0, data.Length - room);
    }

    /// <summary>The lines written, without their line ends.</summary>
    public IEnumerable<string> Lines()
    {
        if (kept.Length == 0) yield break;
        var text = Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length);
        foreach (var line in text.TrimEnd('\n').Split('\n')) yield return line.TrimEnd('\r');
        if (Dropped > 0) yield return $"({Dropped} more bytes of stderr were dropped)";
    }

    public override void Write(byte[] data, int offset, int count) => Write(data.AsSpan(offset, count));
    public override void Flush() { }
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => kept.Length;
    public override long Position { get => kept.Length; set => throw new NotSupportedException(); }
    public override int Read(byte[] data, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
