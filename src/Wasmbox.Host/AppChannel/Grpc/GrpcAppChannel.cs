using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Wasmbox.Host.AppChannel.Grpc;

/// <summary>
/// The gRPC app channel (shared/DAPR-API.md §3.2), for a daprd run with <c>--app-protocol grpc</c>:
/// <c>dapr.proto.runtime.v1.AppCallback</c> and <c>AppCallbackHealthCheck</c> on an HTTP/2-only
/// endpoint of its own (<see cref="ServeOptions.AppGrpcListen"/>). The two ports keep apart: the
/// gRPC services answer only on the gRPC port, and the gRPC port answers nothing else.
/// </summary>
public static class GrpcAppChannel
{
    /// <summary>Marks the endpoints of the gRPC app channel's services.</summary>
    private sealed class ChannelEndpoint
    {
        public static readonly ChannelEndpoint Instance = new();
    }

    public static void AddGrpcAppChannel(this IServiceCollection services, ServeOptions options)
    {
        var grpc = services.AddGrpcServer(options);
        if (options.AppApiToken is not null)
        {
            // The channel's services only: the Dapr gRPC API checks a token of its own (DAPR_API_TOKEN).
            grpc.AddServiceOptions<AppCallbackService>(o => o.Interceptors.Add<AppTokenInterceptor>());
            grpc.AddServiceOptions<HealthCheckService>(o => o.Interceptors.Add<AppTokenInterceptor>());
            services.AddSingleton<AppTokenInterceptor>();
        }
        services.AddSingleton<FunctionInvoke>();
    }

    public static void MapGrpcAppChannel(this WebApplication app, ListenEndpoints endpoints)
    {
        // Runs after routing has chosen the endpoint (WebApplication routes before the app's own
        // middleware) and keys on the port the connection arrived on, which the client cannot
        // choose, unlike the Host header that RequireHost reads.
        app.Use(async (context, next) =>
        {
            var onGrpcPort = endpoints.AppGrpc is { } grpc && context.Connection.LocalPort == grpc.Port;
            var forChannel = context.GetEndpoint()?.Metadata.GetMetadata<ChannelEndpoint>() is not null;
            if (onGrpcPort == forChannel)
            {
                await next(context).ConfigureAwait(false);
                return;
            }
            // A gRPC client reads 404 as Unimplemented.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync(onGrpcPort ? "this port serves only the Dapr gRPC app channel\n" : $"no function serves {context.Request.Path}\n").ConfigureAwait(false);
        });
        app.MapGrpcService<AppCallbackService>().WithMetadata(ChannelEndpoint.Instance);
        app.MapGrpcService<HealthCheckService>().WithMetadata(ChannelEndpoint.Instance);
    }
}
