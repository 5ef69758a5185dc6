using System.Text;

namespace Wasmbox.Host.Executors;

/// <summary>The guest's stderr: kept up to <see cref="Limit"/> bytes for the function's log, the rest counted and dropped.</summary>
internal sealed class GuestErrorOutput : WriteOnlyStream
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
}
