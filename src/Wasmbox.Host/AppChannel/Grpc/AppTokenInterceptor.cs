using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Wasmbox.Host.AppChannel.Grpc;

/// <summary>
/// With an app API token (APP_API_TOKEN), daprd's gRPC calls must carry it as
/// <c>dapr-api-token</c> metadata, as its HTTP calls carry the header: compared in fixed time,
/// missing or wrong is Unauthenticated. The channel's services are all unary, so only unary
/// calls are intercepted.
/// </summary>
public sealed class AppTokenInterceptor(ServeOptions options) : Interceptor
{
    private readonly Admin.FixedTimeSecret token = new(options.AppApiToken ?? throw new ArgumentException("no app API token is set"));

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (!token.Matches(context.RequestHeaders.GetValue("dapr-api-token")))
            throw new RpcException(new Status(StatusCode.Unauthenticated, "invalid api token"));
        return continuation(request, context);
    }
}
