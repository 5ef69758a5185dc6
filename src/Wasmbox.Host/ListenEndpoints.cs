using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Wasmbox.Host;

/// <summary>
/// The server's Kestrel endpoints, as bound: the HTTP one (functions, admin API, HTTP app channel)
/// and, when configured, the gRPC app channel's and the Dapr HTTP and gRPC APIs'. Kestrel writes the real port into each endpoint's
/// options when it binds, so port 0 resolves here; the server's address list cannot tell two
/// port-0 endpoints apart, which is why the endpoints are kept rather than read back from it.
/// </summary>
public sealed class ListenEndpoints
{
    private ListenOptions? http;
    private ListenOptions? appGrpc;
    private ListenOptions? daprHttp;
    private int? daprHttpPort;
    private ListenOptions? daprGrpc;
    private int? daprGrpcPort;

    /// <summary>Called from Kestrel's configuration with the endpoints it was given.</summary>
    internal void Configured(ListenOptions http, ListenOptions? appGrpc)
    {
        this.http = http;
        this.appGrpc = appGrpc;
    }

    /// <summary>
    /// The Dapr HTTP API's endpoint: a fixed port (on 127.0.0.1 and ::1, so <see cref="ListenOptions"/>
    /// is null) or port 0 on 127.0.0.1 (resolved when bound).
    /// </summary>
    internal void ConfiguredDaprHttp(int port, ListenOptions? bound)
    {
        daprHttpPort = port;
        daprHttp = bound;
    }

    /// <summary>The Dapr gRPC API's endpoint, given as the HTTP API's is.</summary>
    internal void ConfiguredDaprGrpc(int port, ListenOptions? bound)
    {
        daprGrpcPort = port;
        daprGrpc = bound;
    }

    /// <summary>The port of the Dapr HTTP API, or null when it is not served.</summary>
    public int? DaprHttpPort => daprHttp?.IPEndPoint?.Port ?? daprHttpPort;

    /// <summary>The port of the Dapr gRPC API, or null when it is not served.</summary>
    public int? DaprGrpcPort => daprGrpc?.IPEndPoint?.Port ?? daprGrpcPort;

    /// <summary>Where the HTTP endpoint listens (the real port once the server is listening).</summary>
    public IPEndPoint Http => http?.IPEndPoint ?? throw new InvalidOperationException("the server has not been configured yet");

    /// <summary>Where the gRPC app channel listens, or null when it is off.</summary>
    public IPEndPoint? AppGrpc => appGrpc?.IPEndPoint;

    /// <summary>The http:// address of <paramref name="endpoint"/>, as a client outside the server names it.</summary>
    public static Uri AddressOf(IPEndPoint endpoint) => new($"http://{endpoint}/");

    /// <summary>
    /// An address this server can call itself on: a wildcard endpoint is reached over the loopback
    /// address of the same family.
    /// </summary>
    public static Uri LoopbackAddressOf(IPEndPoint endpoint)
    {
        var address = endpoint.Address.Equals(IPAddress.Any) ? IPAddress.Loopback
            : endpoint.Address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback
            : endpoint.Address;
        return AddressOf(new IPEndPoint(address, endpoint.Port));
    }
}
