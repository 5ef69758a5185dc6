using System.Buffers;
using System.IO.Pipelines;

namespace Wasmbox.Host.Executors;

/// <summary>
/// The guest's stdout. It keeps the first <see cref="BufferLimit"/> bytes, so a short response
/// gets its status from how the guest ended (a trap is a 500, not a 200 with half a body); once
/// the guest writes more, the response starts (see <see cref="Started"/>) and the rest streams to the
/// client, blocking the guest while the client is slow. A guest that writes 100 MB never has more
/// than a buffer's worth in the host.
/// </summary>
internal sealed class GuestOutput : WriteOnlyStream
{
    public const int BufferLimit = 64 * 1024;
    private const int FlushEvery = 32 * 1024;

    private readonly ArrayBufferWriter<byte> buffer = new(256);
    private readonly Func<ReadOnlyMemory<byte>, PipeWriter?> start;
    private readonly CancellationToken cancellation;
    private PipeWriter? body;
    private long unflushed;

    /// <param name="start">starts the response with what was buffered and returns where the rest goes; null when the output is not a valid response</param>
    /// <param name="cancellation">stops a guest waiting for a slow client (the request ended or timed out)</param>
    public GuestOutput(Func<ReadOnlyMemory<byte>, PipeWriter?> start, CancellationToken cancellation)
    {
        this.start = start;
        this.cancellation = cancellation;
    }

    /// <summary>Whether the response has started: its status and headers are sent, and the guest's ending can no longer change them.</summary>
    public bool Started => body is not null;

    /// <summary>Whether the output was refused as a response (its head is malformed); later writes fail at once.</summary>
    public bool Refused { get; private set; }
    public ReadOnlyMemory<byte> Buffered => buffer.WrittenMemory;
    public long BytesWritten { get; private set; }

    public override void Write(ReadOnlySpan<byte> data)
    {
        BytesWritten += data.Length;
        if (Refused) throw new IOException("the function's output is not a valid response");
        if (body is null)
        {
            if (buffer.WrittenCount + data.Length <= BufferLimit)
            {
                buffer.Write(data);
                return;
            }
            buffer.Write(data);
            body = start(buffer.WrittenMemory);
            if (body is null)
            {
                Refused = true;
                throw new IOException("the function's output is not a valid response");
            }
            unflushed = buffer.WrittenCount;
            buffer.Clear();
        }
        else
        {
            body.Write(data);
            unflushed += data.Length;
        }
        if (unflushed >= FlushEvery) Push();
    }

    /// <summary>WASI flushes after every write; sending waits until enough is gathered (the executor sends the rest at the end).</summary>
    public override void Flush()
    {
        if (unflushed >= FlushEvery) Push();
    }

    private void Push()
    {
        unflushed = 0;
        try
        {
            // The guest runs synchronously; waiting here is the back pressure of a slow client.
            var result = body!.FlushAsync(cancellation).AsTask().GetAwaiter().GetResult();
            if (result.IsCompleted || result.IsCanceled) throw new IOException("the client is gone");
        }
        catch (OperationCanceledException) { throw new IOException("the request was stopped"); }
        catch (Exception e) when (e is not IOException) { throw new IOException("the client is gone", e); }
    }
}
