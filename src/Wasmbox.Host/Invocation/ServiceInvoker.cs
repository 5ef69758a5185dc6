using Wasmbox.Dapr.Api;

namespace Wasmbox.Host.Invocation;

/// <summary>
/// Service invocation (<c>/v1.0/invoke/{appId}/method/{method}</c>): this server's own app id
/// reaches its function routes over loopback HTTP (<see cref="LoopbackHttp"/>), so a call goes
/// through exactly what an outside request goes through; the apps the manifest names
/// (<see cref="AppDirectory"/>) at their app ports. Any other app id is 404 ERR_DIRECT_INVOKE, as
/// daprd answers for an app it cannot resolve. daprd's <c>dapr-caller-app-id</c>/<c>dapr-callee-app-id</c> are set.
/// </summary>
public sealed class ServiceInvoker(LoopbackHttp loopback, AppDirectory apps, ServeOptions options) : IServiceInvoker
{
    public async ValueTask<DaprResponse> InvokeAsync(string appId, DaprRequest request, CancellationToken cancellation)
    {
        var address = appId == options.AppId ? null : apps.AddressOf(appId)
            ?? throw new DaprError(404, "ERR_DIRECT_INVOKE", $"failed to invoke, id: {appId}: app id {appId} is not known to this Wasmbox (its own app id is {options.AppId}; other apps are named under apps: in the manifest)");
        var query = request.Query.IsEmpty ? "" : "?" + string.Join('&', request.Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
        var headers = request.Headers
            .Append(new("dapr-caller-app-id", options.AppId))
            .Append(new("dapr-callee-app-id", appId));
        try
        {
            var answer = address is null
                ? await loopback.SendAsync(request.Method, request.Path + query, headers, request.Body, request.CallerBlocks, cancellation).ConfigureAwait(false)
                : await loopback.SendToAsync(address, request.Method, request.Path + query, headers, request.Body, request.CallerBlocks, cancellation).ConfigureAwait(false);
            return answer
                ?? throw new DaprError(500, "ERR_DIRECT_INVOKE", $"failed to invoke, id: {appId}: the answer is larger than {LoopbackHttp.MaxResponseBytes} bytes");
        }
        // The caller's own cancellation is not the target's failure: it goes up as cancellation
        // (504 ERR_CANCELLED over HTTP, Cancelled over gRPC); a timeout of the transport is.
        catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellation.IsCancellationRequested))
        {
            throw new DaprError(500, "ERR_DIRECT_INVOKE", $"failed to invoke, id: {appId}, err: {e.Message}");
        }
    }
}
