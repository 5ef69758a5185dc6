using Dapr.AppCallback.Autogen.Grpc.v1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Wasmbox.Host.AppChannel.Grpc;

/// <summary>
/// daprd's app health probe over gRPC (<c>--enable-app-health-check</c>): answering at all is
/// healthy, as <c>GET /healthz</c> is for an HTTP app.
/// </summary>
public sealed class HealthCheckService : AppCallbackHealthCheck.AppCallbackHealthCheckBase
{
    private static readonly Task<HealthCheckResponse> Healthy = Task.FromResult(new HealthCheckResponse());

    public override Task<HealthCheckResponse> HealthCheck(Empty request, ServerCallContext context) => Healthy;
}
