using System.Net.Sockets;
using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Descriptors;

namespace Wasmbox.Wasi.Functions;

/// <summary>sock_accept, sock_recv, sock_send, sock_shutdown on sockets the embedder granted.</summary>
internal static class SocketFunctions
{
    public static void AddTo(WasiFunctionTable.Builder table)
    {
        table.Add("sock_accept", "iii", (c, m, a) => Accept(c, m, a[0].U32(), a[1].U32(), a[2].U32()));
        table.Add("sock_recv", "iiiiii", (c, m, a) => Receive(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U32(), a[4].U32(), a[5].U32()));
        table.Add("sock_send", "iiiii", (c, m, a) => Send(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U32(), a[4].U32()));
        table.Add("sock_shutdown", "ii", (c, m, a) => Shutdown(c, a[0].U32(), a[1].U32()));
    }

    private static Errno GetSocket(WasiContext context, uint fd, Rights rights, out SocketDescriptor socket)
    {
        socket = null!;
        var descriptor = context.Descriptors.Get(fd);
        if (descriptor is null) return Errno.BadDescriptor;
        if (descriptor is not SocketDescriptor found) return Errno.NotSocket;
        if (!found.Has(rights)) return Errno.NotCapable;
        socket = found;
        return Errno.Success;
    }

    private static Errno Accept(WasiContext context, GuestMemory memory, uint fd, uint flags, uint result)
    {
        if ((flags & ~(uint)FdFlags.NonBlock) != 0) return Errno.Invalid;
        var errno = GetSocket(context, fd, Rights.SockAccept, out var listener);
        if (errno != Errno.Success) return errno;
        memory.Span(result, 4);
        errno = listener.Accept((flags & (uint)FdFlags.NonBlock) != 0, out var connection);
        if (errno != Errno.Success) return errno;
        var descriptor = new SocketDescriptor(connection!, ownsSocket: true);
        errno = context.Descriptors.Add(descriptor, out var newFd);
        if (errno != Errno.Success)
        {
            descriptor.Dispose();
            return errno;
        }
        memory.WriteU32(result, newFd);
        return Errno.Success;
    }

    private static Errno Receive(WasiContext context, GuestMemory memory, uint fd, uint iovecs, uint count, uint flags, uint resultLength, uint resultFlags)
    {
        if ((flags & ~(uint)(Abi.SocketFlags.ReceivePeek | Abi.SocketFlags.ReceiveWaitAll)) != 0) return Errno.Invalid;
        var errno = GetSocket(context, fd, Rights.FdRead, out var socket);
        if (errno != Errno.Success) return errno;
        var buffers = memory.ReadBuffers(iovecs, count);
        memory.Span(resultLength, 4);
        memory.Span(resultFlags, 2);
        errno = socket.Receive(memory, buffers, (flags & Abi.SocketFlags.ReceivePeek) != 0, (flags & Abi.SocketFlags.ReceiveWaitAll) != 0, out var received);
        if (errno != Errno.Success) return errno;
        memory.WriteU32(resultLength, (uint)received);
        memory.WriteU16(resultFlags, 0); // stream sockets never truncate a message
        return Errno.Success;
    }

    private static Errno Send(WasiContext context, GuestMemory memory, uint fd, uint iovecs, uint count, uint flags, uint result)
    {
        if (flags != 0) return Errno.Invalid; // preview1 defines no send flags
        var errno = GetSocket(context, fd, Rights.FdWrite, out var socket);
        if (errno != Errno.Success) return errno;
        var buffers = memory.ReadBuffers(iovecs, count);
        memory.Span(result, 4);
        errno = socket.Send(memory, buffers, out var sent);
        if (errno == Errno.Success) memory.WriteU32(result, (uint)sent);
        return errno;
    }

    private static Errno Shutdown(WasiContext context, uint fd, uint how)
    {
        var errno = GetSocket(context, fd, Rights.SockShutdown, out var socket);
        if (errno != Errno.Success) return errno;
        var direction = how switch
        {
            Abi.SocketFlags.ShutdownRead => SocketShutdown.Receive,
            Abi.SocketFlags.ShutdownWrite => SocketShutdown.Send,
            Abi.SocketFlags.ShutdownRead | Abi.SocketFlags.ShutdownWrite => SocketShutdown.Both,
            _ => (SocketShutdown?)null,
        };
        return direction is { } d ? socket.Shutdown(d) : Errno.Invalid;
    }
}
