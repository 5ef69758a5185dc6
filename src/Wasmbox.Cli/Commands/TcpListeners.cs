using System.Net;
using System.Net.Sockets;

namespace Wasmbox.Cli.Commands;

/// <summary>Opens the listening sockets `run --tcplisten HOST:PORT` grants a guest.</summary>
internal static class TcpListeners
{
    public static Socket Open(string endpoint)
    {
        var colon = endpoint.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(endpoint[(colon + 1)..], out var port) || port is < 0 or > 65535)
            throw new FormatException($"--tcplisten {endpoint}: expected HOST:PORT");
        var host = endpoint[..colon].Trim('[', ']');
        var address = IPAddress.TryParse(host, out var parsed) ? parsed : Dns.GetHostAddresses(host).First();
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            socket.Bind(new IPEndPoint(address, port));
            socket.Listen(128);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
