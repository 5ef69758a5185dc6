using Wasmbox.Wasi.Abi;

namespace Wasmbox.Wasi.Descriptors;

/// <summary>
/// A .NET stream the embedder chose as stdin, stdout or stderr. It has no position and no file
/// behind it. Writes are flushed at once, so guest output arrives in order and nothing is lost
/// when the guest exits.
/// </summary>
internal sealed class StreamDescriptor : Descriptor
{
    private readonly Stream stream;
    private readonly bool isTerminal;

    public StreamDescriptor(Stream stream, bool input, bool isTerminal)
        : base(input ? RightSets.InputStream : RightSets.OutputStream, Rights.None)
    {
        this.stream = stream;
        this.isTerminal = isTerminal;
    }

    // wasi-libc's isatty() is "character device without seek rights", which decides line
    // buffering; pipes and files given as streams report no type.
    public override FileType Type => isTerminal ? FileType.CharacterDevice : FileType.Unknown;

    public override Errno Read(GuestMemory memory, GuestBuffers buffers, out int count)
    {
        count = 0;
        for (var i = 0; i < buffers.Count; i++)
        {
            var (address, length) = buffers[i];
            if (length == 0) continue;
            // One blocking read that returns what is there, as read(2) on a pipe does.
            count = stream.Read(memory.Span(address, length));
            return Errno.Success;
        }
        return Errno.Success;
    }

    public override Errno Write(GuestMemory memory, GuestBuffers buffers, out int count)
    {
        count = 0;
        for (var i = 0; i < buffers.Count; i++)
        {
            var (address, length) = buffers[i];
            stream.Write(memory.Span(address, length));
            count += (int)length;
        }
        stream.Flush();
        return Errno.Success;
    }

    public override Errno Stat(out FileStat stat)
    {
        stat = FileStat.OfType(Type);
        return Errno.Success;
    }

    public override Errno Sync()
    {
        stream.Flush();
        return Errno.Success;
    }

    public override Errno DataSync() => Sync();
}
