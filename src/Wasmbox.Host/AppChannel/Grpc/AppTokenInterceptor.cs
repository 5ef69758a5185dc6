using Dapr.AppCallback.Autogen.Grpc.v1;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Wasmbox.Host.AppChannel.Grpc;

/// <summary>
/// With an app API token (APP_API_TOKEN), daprd's gRPC calls must carry it as
/// <c>dapr-api-token</c> metadata, compared in fixed time; else Unauthenticated. A token that is
/// presented must always be right. Only the calls that carry data to run a function with must
/// present one: daprd adds the token to OnInvoke, OnTopicEvent and OnBindingEvent, but calls
/// ListTopicSubscriptions, ListInputBindings and the health check without it (dapr/dapr
/// pkg/runtime/pubsub/subscriptions.go, processor/binding/send.go, channel/grpc), and refusing
/// those would leave it with no subscriptions and no bindings. They only list names.
/// The channel's services are all unary, so only unary calls are intercepted.
/// </summary>
public sealed class AppTokenInterceptor(ServeOptions options) : Interceptor
{
    private static readonly HashSet<string> CalledWithoutToken =
    [
        $"/{AppCallback.Descriptor.FullName}/ListTopicSubscriptions",
        $"/{AppCallback.Descriptor.FullName}/ListInputBindings",
        $"/{AppCallbackHealthCheck.Descriptor.FullName}/HealthCheck",
    ];

    private readonly Admin.FixedTimeSecret token = new(options.AppApiToken ?? throw new ArgumentException("no app API token is set"));

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var presented = context.RequestHeaders.GetValue("dapr-api-token");
        var allowed = presented is null ? CalledWithoutToken.Contains(context.Method) : token.Matches(presented);
        if (!allowed) throw new RpcException(new Status(StatusCode.Unauthenticated, "invalid api token"));
        return continuation(request, context);
    }
}
