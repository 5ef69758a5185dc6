namespace Wasmbox.Dapr.Api;

/// <summary>
/// Where <c>/v1.0/invoke/{appId}/method/{method}</c> goes: the host knows how to reach its own
/// functions and the apps it is told about; the Dapr layer only parses the route. The request's
/// path is the method with its query (<c>/orders?x=1</c>); headers and body are forwarded.
/// </summary>
public interface IServiceInvoker
{
    /// <exception cref="DaprError">the app id is unknown (404 ERR_DIRECT_INVOKE) or unreachable (500 ERR_DIRECT_INVOKE)</exception>
    ValueTask<DaprResponse> InvokeAsync(string appId, DaprRequest request, CancellationToken cancellation);
}
