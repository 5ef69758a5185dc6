using Wasmbox.Dapr.Components;

namespace Wasmbox.Dapr.Api;

/// <summary>
/// The one place a Dapr API request is routed to a building block, whichever door it came
/// through. Transports only translate to and from <see cref="DaprRequest"/> and
/// <see cref="DaprResponse"/>; failures come back as daprd's error bodies, never as exceptions.
/// </summary>
public sealed class DaprRouter(ComponentSet components, string appId, IServiceInvoker? invoker = null) : IDaprApi
{
    private readonly StateApi state = new(components, appId);
    private readonly PubSubApi pubsub = new(components, appId);
    private readonly SecretsApi secrets = new(components);
    private readonly BindingsApi bindings = new(components);

    // The building blocks themselves, for a transport whose messages are typed (the gRPC API):
    // the same instances the routes below use, so each semantic has one implementation.
    public StateApi State => state;
    public PubSubApi PubSub => pubsub;
    public SecretsApi Secrets => secrets;
    public BindingsApi Bindings => bindings;

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
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return new DaprError(504, "ERR_CANCELLED", $"{request.Method} {request.Path} was stopped: the caller's deadline passed or it went away").ToResponse();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InvalidProgramException))
        {
            // A component failing in a way it did not map (a database gone, a network error) is
            // still an answer: callers, guests above all, get a status and a message, not a crash.
            return new DaprError(500, "ERR_COMPONENT_FAILED", $"{request.Method} {request.Path} failed in its component: {e.Message}").ToResponse();
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
            ["v1.0" or "v1.0-alpha1", "publish", "bulk", var name, .. var topic] when write => pubsub.BulkPublishAsync(name, string.Join('/', topic), request, cancellation),
            ["v1.0", "publish", var name, .. var topic] when write => pubsub.PublishAsync(name, string.Join('/', topic), request, cancellation),
            ["v1.0", "secrets", var store, "bulk"] when request.Method == "GET" => ValueTask.FromResult(secrets.GetBulk(store)),
            ["v1.0", "secrets", var store, var name] when request.Method == "GET" => ValueTask.FromResult(secrets.Get(store, name)),
            ["v1.0", "bindings", var name] when write => bindings.InvokeAsync(name, request, cancellation),
            ["v1.0", "invoke", var app, "method", _, ..] => InvokeAsync(app, request, cancellation),
            ["v1.0", "state" or "secrets" or "bindings" or "publish", ..] or ["v1.0-alpha1", "publish", "bulk", ..] => throw new DaprError(405, "ERR_METHOD_NOT_ALLOWED", $"{request.Method} is not allowed on {request.Path}"),
            _ => throw new DaprError(404, "ERR_NOT_FOUND", $"the Dapr API has no route {request.Method} {request.Path} in Wasmbox (state, publish and bulk publish, secrets, bindings and invoke are built)"),
        };
    }

    /// <summary>The method keeps its own encoding and query: <c>/v1.0/invoke/app/method/a%2Fb?x=1</c> calls <c>/a%2Fb?x=1</c>.</summary>
    private ValueTask<DaprResponse> InvokeAsync(string app, DaprRequest request, CancellationToken cancellation)
    {
        if (invoker is null) throw new DaprError(500, "ERR_DIRECT_INVOKE", "service invocation is not available here");
        var path = request.Path.Split('?')[0];
        var marker = path.IndexOf("/method/", StringComparison.Ordinal);
        var method = path[(marker + "/method".Length)..];
        return invoker.InvokeAsync(app, request with { Path = method }, cancellation);
    }
}
