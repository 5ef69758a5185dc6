using System.Net.Sockets;
using Wasmbox.Wasi.Abi;

namespace Wasmbox.Wasi.Descriptors;

/// <summary>Translates .NET socket errors to WASI's errno.</summary>
internal static class SocketErrors
{
    public static Errno ToErrno(SocketError error) => error switch
    {
        SocketError.WouldBlock or SocketError.TryAgain => Errno.Again,
        SocketError.ConnectionReset => Errno.ConnectionReset,
        SocketError.ConnectionAborted => Errno.ConnectionAborted,
        SocketError.ConnectionRefused => Errno.ConnectionRefused,
        SocketError.NotConnected => Errno.NotConnected,
        SocketError.Shutdown => Errno.BrokenPipe,
        SocketError.TimedOut => Errno.TimedOut,
        SocketError.InvalidArgument => Errno.Invalid,
        SocketError.Interrupted => Errno.Interrupted,
        SocketError.MessageSize => Errno.MessageTooBig,
        SocketError.NoBufferSpaceAvailable => Errno.NoBufferSpace,
        SocketError.NetworkDown => Errno.NetworkDown,
        SocketError.NetworkUnreachable => Errno.NetworkUnreachable,
        SocketError.HostUnreachable => Errno.HostUnreachable,
        SocketError.OperationNotSupported => Errno.NotSupported,
        SocketError.NotSocket => Errno.NotSocket,
        _ => Errno.IO,
    };
}
