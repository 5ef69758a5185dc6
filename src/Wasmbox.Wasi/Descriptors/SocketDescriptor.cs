using System.Net.Sockets;
using Wasmbox.Wasi.Abi;

namespace Wasmbox.Wasi.Descriptors;

/// <summary>
/// A TCP socket: the listening socket the embedder granted, or a connection accepted from it.
/// Preview1 has no way to create or connect sockets, so these are the only ones a guest can have.
/// </summary>
internal sealed class SocketDescriptor : Descriptor
{
    private readonly bool ownsSocket;

    public SocketDescriptor(Socket socket, bool ownsSocket)
        : base(socket.IsBound && !socket.Connected ? RightSets.Socket : RightSets.Socket & ~Rights.SockAccept, Rights.None)
    {
        Socket = socket;
        this.ownsSocket = ownsSocket;
    }

    public Socket Socket { get; }

    public override FileType Type => FileType.SocketStream;

    public override FdFlags Flags => Socket.Blocking ? FdFlags.None : FdFlags.NonBlock;

    public override Errno SetFlags(FdFlags flags)
    {
        if ((flags & ~FdFlags.NonBlock) != 0) return Errno.NotSupported;
        Socket.Blocking = (flags & FdFlags.NonBlock) == 0;
        return Errno.Success;
    }

    public override Errno Stat(out FileStat stat)
    {
        stat = FileStat.OfType(FileType.SocketStream);
        return Errno.Success;
    }

    public override Errno Read(GuestMemory memory, GuestBuffers buffers, out int count) =>
        Receive(memory, buffers, peek: false, waitAll: false, out count);

    public override Errno Write(GuestMemory memory, GuestBuffers buffers, out int count) =>
        Send(memory, buffers, out count);

    public Errno Accept(bool nonBlocking, out Socket? connection)
    {
        connection = null;
        try
        {
            connection = Socket.Accept();
            connection.Blocking = !nonBlocking;
            return Errno.Success;
        }
        catch (SocketException e) { return SocketErrors.ToErrno(e.SocketErrorCode); }
        catch (InvalidOperationException) { return Errno.Invalid; } // not listening
    }

    public Errno Receive(GuestMemory memory, GuestBuffers buffers, bool peek, bool waitAll, out int count)
    {
        count = 0;
        var total = (int)Math.Min(buffers.TotalLength, 1 << 20);
        if (total == 0) return Errno.Success;
        var data = new byte[total];
        try
        {
            var flags = peek ? System.Net.Sockets.SocketFlags.Peek : System.Net.Sockets.SocketFlags.None;
            var received = Socket.Receive(data, 0, total, flags);
            // MSG_WAITALL: keep reading until the buffers are full or the peer stops sending.
            while (waitAll && !peek && received > 0 && received < total)
            {
                var more = Socket.Receive(data, received, total - received, System.Net.Sockets.SocketFlags.None);
                if (more == 0) break;
                received += more;
            }
            count = memory.Scatter(data.AsSpan(0, received), buffers);
            return Errno.Success;
        }
        catch (SocketException e) { return SocketErrors.ToErrno(e.SocketErrorCode); }
    }

    public Errno Send(GuestMemory memory, GuestBuffers buffers, out int count)
    {
        count = 0;
        var data = memory.Gather(buffers, 1 << 20);
        try
        {
            count = Socket.Send(data);
            return Errno.Success;
        }
        catch (SocketException e) { return SocketErrors.ToErrno(e.SocketErrorCode); }
    }

    public Errno Shutdown(SocketShutdown how)
    {
        try
        {
            Socket.Shutdown(how);
            return Errno.Success;
        }
        catch (SocketException e) { return SocketErrors.ToErrno(e.SocketErrorCode); }
    }

    public override Readiness PollRead()
    {
        try
        {
            if (!Socket.Poll(0, SelectMode.SelectRead)) return new(false, 0, false);
            var available = Socket.Connected ? (ulong)Socket.Available : 0;
            // Readable with nothing to read on a connection means the peer closed it.
            return new(true, available, Socket.Connected && available == 0);
        }
        catch (SocketException) { return new(true, 0, true); }
    }

    public override Readiness PollWrite()
    {
        try
        {
            return new(Socket.Poll(0, SelectMode.SelectWrite), 0, false);
        }
        catch (SocketException) { return new(true, 0, true); }
    }

    public override void Dispose()
    {
        if (ownsSocket) Socket.Dispose();
    }
}
