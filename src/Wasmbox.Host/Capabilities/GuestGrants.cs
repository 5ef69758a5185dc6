using Wasmbox.Dapr.Api;
using Wasmbox.Host.Functions;

namespace Wasmbox.Host.Capabilities;

/// <summary>
/// Deny by default: a guest's Dapr request goes through only when the function's manifest names
/// what it reaches (the state store, the pub/sub topic, the secret store, the output binding, the
/// app id it invokes). A refusal says what to add to the manifest.
/// </summary>
public static class GuestGrants
{
    /// <summary>Null when the request is granted; otherwise the answer the guest gets.</summary>
    public static DaprResponse? Refusal(FunctionSpec spec, DaprRequest request)
    {
        var grants = spec.Dapr;
        var segments = request.Path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        return segments switch
        {
            ["v1.0", "state", var store, ..] => Check(grants.StateStores.Contains(store), $"state store {store}", $"state: [{store}]"),
            ["v1.0" or "v1.0-alpha1", "publish", "bulk", var pubsub, .. var topic] when topic.Length > 0 => Publish(pubsub, string.Join('/', topic)),
            ["v1.0", "publish", var pubsub, .. var topic] when topic.Length > 0 => Publish(pubsub, string.Join('/', topic)),
            ["v1.0", "secrets", var store, ..] => Check(grants.SecretStores.Contains(store), $"secret store {store}", $"secrets: [{store}]"),
            ["v1.0", "bindings", var binding] => Check(grants.Bindings.Contains(binding), $"output binding {binding}", $"bindings: [{binding}]"),
            ["v1.0", "invoke", var app, "method", _, ..] => Check(grants.Invoke.Contains(app), $"service invocation of app {app}", $"invoke: [{app}]"),
            _ => GuestRefusal.Response(404, "ERR_NOT_FOUND",
                $"{request.Method} {request.Path} is not a route guests can call (state, publish, secrets, bindings, invoke, or an absolute http(s) URL for outbound HTTP)"),
        };

        DaprResponse? Publish(string pubsub, string topic) => grants.MayPublish(pubsub, topic)
            ? null
            : Refuse("ERR_PUBSUB_FORBIDDEN", $"function {spec.Name} may not publish to topic {topic} of pub/sub {pubsub} (grant it in the manifest: dapr: {{ publish: [{pubsub}/{topic}] }})");

        DaprResponse? Check(bool granted, string what, string grant) =>
            granted ? null : Refuse("ERR_PERMISSION_DENIED", $"function {spec.Name} is not granted {what} (grant it in the manifest: dapr: {{ {grant} }})");
    }

    private static DaprResponse Refuse(string code, string message) => GuestRefusal.Response(403, code, message);
}
