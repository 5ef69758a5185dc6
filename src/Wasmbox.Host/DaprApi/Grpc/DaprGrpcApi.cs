using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Wasmbox.Host.DaprApi.Grpc;

/// <summary>
/// The Dapr gRPC API for other apps (shared/DAPR-API.md §2), as daprd serves it on its gRPC port:
/// <c>dapr.proto.runtime.v1.Dapr</c> on an HTTP/2-only endpoint of its own
/// (<see cref="ServeOptions.DaprGrpcPort"/>), answered by the same building blocks as the HTTP
/// API and the guests. The service answers only on that port, and that port answers nothing
/// else. No reflection service is served: the .NET SDK reads a reflection error as "every
/// method exists" and falls back from an Unimplemented one (BulkPublishEvent to its Alpha1).
/// </summary>
public static class DaprGrpcApi
{
    /// <summary>Marks the endpoints of the Dapr gRPC API's service.</summary>
    private sealed class ApiEndpoint
    {
        public static readonly ApiEndpoint Instance = new();
    }

    public static void AddDaprGrpcApi(this IServiceCollection services, ServeOptions options)
    {
        services.AddGrpcServer(options).AddServiceOptions<DaprGrpcService>(service =>
        {
            // The token first: a caller without it learns nothing, not even which store is missing.
            if (options.DaprApiToken is not null) service.Interceptors.Add<DaprApiTokenInterceptor>();
            service.Interceptors.Add<DaprErrorInterceptor>();
        });
        if (options.DaprApiToken is not null) services.AddSingleton<DaprApiTokenInterceptor>();
        services.AddSingleton<DaprErrorInterceptor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IServiceMethodProvider<DaprGrpcService>, DaprGrpcMethods>());
        services.AddSingleton<StateRpcs>();
        services.AddSingleton<PubSubRpcs>();
        services.AddSingleton<InvokeRpcs>();
        services.AddSingleton<SecretsAndBindingsRpcs>();
        services.AddSingleton<SidecarRpcs>();
        services.AddSingleton<DaprGrpcService>();
    }

    public static void MapDaprGrpcApi(this WebApplication app, ListenEndpoints endpoints)
    {
        // As the gRPC app channel does: runs after routing has chosen the endpoint and keys on the
        // port the connection arrived on, which the client cannot choose.
        app.Use(async (context, next) =>
        {
            var onApiPort = endpoints.DaprGrpcPort is { } port && context.Connection.LocalPort == port;
            var forApi = context.GetEndpoint()?.Metadata.GetMetadata<ApiEndpoint>() is not null;
            if (onApiPort == forApi)
            {
                await next(context).ConfigureAwait(false);
                return;
            }
            // A gRPC client reads 404 as Unimplemented.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync(onApiPort ? "this port serves only the Dapr gRPC API\n" : $"no function serves {context.Request.Path}\n").ConfigureAwait(false);
        });
        app.MapGrpcService<DaprGrpcService>().WithMetadata(ApiEndpoint.Instance);
    }
}
