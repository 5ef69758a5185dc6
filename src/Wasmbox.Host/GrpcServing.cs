using Grpc.AspNetCore.Server;
using Microsoft.Extensions.DependencyInjection;

namespace Wasmbox.Host;

/// <summary>
/// Grpc.AspNetCore's server, as every gRPC endpoint of the server uses it (the app channel, the
/// Dapr gRPC API). Its options here apply to all their services, so only what is true of all of
/// them goes here; interceptors that belong to one service are added to that service's options.
/// </summary>
public static class GrpcServing
{
    /// <summary>Room for the protobuf envelope around a body of the largest size the server accepts.</summary>
    private const int EnvelopeBytes = 64 << 10;

    public static IGrpcServerBuilder AddGrpcServer(this IServiceCollection services, ServeOptions options) =>
        services.AddGrpc(grpc =>
        {
            // A request body arrives inside one message: the same bound as an HTTP body.
            grpc.MaxReceiveMessageSize = (int)Math.Min(int.MaxValue, options.MaxRequestBodyBytes + EnvelopeBytes);
            grpc.MaxSendMessageSize = null;
        });
}
