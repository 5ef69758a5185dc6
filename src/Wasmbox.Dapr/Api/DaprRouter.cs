using Wasmbox.Dapr.Components;

namespace Wasmbox.Dapr.Api;

/// <summary>
/// The one place a Dapr API request is routed to a building block, whichever door it came
/// through. Transports only translate to and from <see cref="DaprRequest"/> and
/// <see cref="DaprResponse"/>; failures come back as daprd's error bodies, never as exceptions.
/// </summary>
public sealed class DaprRouter(ComponentSet components, string appId)
{
    private readonly StateApi state = new(components, appId);
    private readonly PubSubApi pubsub = new(components, appId);

    public async ValueTask<DaprResponse> HandleAsync(DaprRequest request, CancellationToken cancellation = default)
    {
        try
        {
            return await RouteAsync(request, cancellation).ConfigureAwait(false);
        }
        catch (DaprError error)
        {
            return error.ToResponse();
        }
    }

    private ValueTask<DaprResponse> RouteAsync(DaprRequest request, CancellationToken cancellation)
    {
        var segments = request.Path.Split('?')[0].Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        var write = request.Method is "POST" or "PUT";
        return segments switch
        {
            ["v1.0", "state", var store] when write => state.SaveAsync(store, request.Body, cancellation),
            ["v1.0", "state", var store, "bulk"] when write => state.BulkGetAsync(store, request.Body, cancellation),
            ["v1.0", "state", var store, "transaction"] when write => state.TransactionAsync(store, request.Body, cancellation),
            ["v1.0", "state", var store, var key] when request.Method == "GET" => state.GetAsync(store, key, cancellation),
            ["v1.0", "state", var store, var key] when request.Method == "DELETE" => state.DeleteAsync(store, key, request, cancellation),
            ["v1.0", "publish", var name, .. var topic] when write => pubsub.PublishAsync(name, string.Join('/', topic), request, cancellation),
            ["v1.0", "state", ..] => throw new DaprError(405, "ERR_METHOD_NOT_ALLOWED", $"{request.Method} is not allowed on {request.Path}"),
            _ => throw new DaprError(404, "ERR_NOT_FOUND", $"the Dapr API has no route {request.Method} {request.Path} in Wasmbox (state and publish are built; bindings, secrets and invocation come next)"),
        };
    }
}
