using System.Net;

namespace Wasmbox.Cli.Commands;

/// <summary>
/// A request body of known bytes, sent in 64 KiB pieces, telling after each piece how many bytes
/// have gone out: what an upload's progress can honestly say (bytes handed to the connection).
/// </summary>
internal sealed class UploadProgressContent(byte[] bytes, Action<long, long> sent) : HttpContent
{
    private const int Piece = 64 * 1024;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < bytes.Length; offset += Piece)
        {
            var count = Math.Min(Piece, bytes.Length - offset);
            await stream.WriteAsync(bytes.AsMemory(offset, count)).ConfigureAwait(false);
            sent(offset + count, bytes.Length);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = bytes.Length;
        return true;
    }
}
