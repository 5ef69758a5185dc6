using Dapr.Client.Autogen.Grpc.v1;
using Grpc.Core;
using Wasmbox.Dapr.Api;
using Wasmbox.Host.Invocation;

namespace Wasmbox.Host.AppChannel.Grpc;

/// <summary>
/// <c>OnInvoke</c>: daprd's service invocation of a gRPC app, run as the HTTP request it stands
/// for (<see cref="GrpcInvokeMessages"/>) over loopback to this server's own HTTP port, so the
/// function route runs exactly as it would for daprd's HTTP channel. daprd has already named the
/// caller in the metadata, so the request goes straight to the route rather than through
/// <see cref="ServiceInvoker"/>, which would name this server as the caller. A non-2xx answer is a
/// gRPC error (<see cref="InvokeError"/>).
/// </summary>
public sealed class FunctionInvoke(LoopbackHttp loopback)
{
    public async Task<InvokeResponse> InvokeAsync(InvokeRequest request, ServerCallContext context)
    {
        DaprResponse? answer;
        try
        {
            answer = await loopback.SendAsync(GrpcInvokeMessages.Verb(request), GrpcInvokeMessages.PathAndQuery(request),
                GrpcInvokeMessages.Headers(request, context.RequestHeaders), GrpcInvokeMessages.Body(request), blocking: false, context.CancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.Cancelled, "the call was cancelled"));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            throw new RpcException(new Status(StatusCode.Internal, $"the function route could not be called: {e.Message}"));
        }
        if (answer is null)
            throw new RpcException(new Status(StatusCode.ResourceExhausted, $"the answer is larger than {LoopbackHttp.MaxResponseBytes} bytes"));

        await context.WriteResponseHeadersAsync(GrpcInvokeMessages.ResponseMetadata(answer)).ConfigureAwait(false);
        if (answer.Status is < 200 or >= 300) throw InvokeError.From(answer);
        return GrpcInvokeMessages.Response(answer);
    }
}
