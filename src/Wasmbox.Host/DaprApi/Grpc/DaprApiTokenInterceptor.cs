using Grpc.Core;
using Grpc.Core.Interceptors;
using Wasmbox.Dapr.Api;
using Wasmbox.Host.AppChannel.Grpc;

namespace Wasmbox.Host.DaprApi.Grpc;

/// <summary>
/// With <c>DAPR_API_TOKEN</c> set, every call on the Dapr gRPC API must carry it as
/// <c>dapr-api-token</c> metadata, compared in fixed time; else Unauthenticated with daprd's
/// messages ("missing api token in request metadata", "authentication error: api token
/// mismatch"), shaped as daprd shapes them: an HTTP 401 carried as a gRPC error
/// (<see cref="InvokeError"/>, dapr/dapr pkg/api/grpc/auth.go). Unlike the HTTP API there is no
/// exempt health call: daprd's gRPC API has none.
/// </summary>
public sealed class DaprApiTokenInterceptor(ServeOptions options) : Interceptor
{
    private readonly Admin.FixedTimeSecret token = new(options.DaprApiToken ?? throw new ArgumentException("no Dapr API token is set"));

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var presented = context.RequestHeaders.GetValue("dapr-api-token");
        if (presented is null) throw Refusal("missing api token in request metadata");
        if (!token.Matches(presented)) throw Refusal("authentication error: api token mismatch");
        return continuation(request, context);
    }

    private static RpcException Refusal(string message) => InvokeError.From(new DaprResponse(401, System.Text.Encoding.UTF8.GetBytes(message)));
}
