using Dapr.Client.Autogen.Grpc.v1;
using Grpc.Core;
using Wasmbox.Dapr.Api;
using Wasmbox.Host.AppChannel.Grpc;
using Wasmbox.Host.Invocation;

namespace Wasmbox.Host.DaprApi.Grpc;

/// <summary>
/// <c>InvokeService</c> (what the .NET SDK's <c>InvokeMethodGrpcAsync</c> calls): the message is
/// read as the HTTP request it stands for (<see cref="GrpcInvokeMessages"/>) and sent through
/// <see cref="IServiceInvoker"/>, as <c>/v1.0/invoke/APP/method/M</c> is, so an unknown app id is
/// daprd's ERR_DIRECT_INVOKE and this server's own reaches its function routes. The function's
/// headers come back as response metadata with <c>dapr-http-status</c>; a non-2xx answer is a gRPC
/// error carrying the HTTP status, as daprd reports an HTTP app's (<see cref="InvokeError"/>).
/// </summary>
public sealed class InvokeRpcs(IServiceInvoker invoker)
{
    public async Task<InvokeResponse> InvokeService(InvokeServiceRequest request, ServerCallContext context)
    {
        var message = request.Message ?? new InvokeRequest();
        // The path carries the method's query: IServiceInvoker forwards a path with its query as it is.
        var call = new DaprRequest(GrpcInvokeMessages.Verb(message), GrpcInvokeMessages.PathAndQuery(message), GrpcInvokeMessages.Body(message))
        {
            Headers = [.. GrpcInvokeMessages.Headers(message, context.RequestHeaders)],
        };
        var answer = await invoker.InvokeAsync(request.Id, call, context.CancellationToken).ConfigureAwait(false);
        var headers = GrpcInvokeMessages.ResponseMetadata(answer);
        headers.Add("dapr-http-status", answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await context.WriteResponseHeadersAsync(headers).ConfigureAwait(false);
        if (answer.Status is < 200 or >= 300) throw InvokeError.From(answer);
        return GrpcInvokeMessages.Response(answer);
    }
}
