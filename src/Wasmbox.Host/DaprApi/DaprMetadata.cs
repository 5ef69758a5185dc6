using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Wasmbox.Dapr.Api;
using Wasmbox.Dapr.Components;

namespace Wasmbox.Host.DaprApi;

/// <summary>
/// <c>GET /v1.0/metadata</c> in daprd's shape (the JS SDK waits on it, so it is never empty): the
/// app id, the components with their capabilities, the subscriptions, and the attributes set with
/// <c>PUT /v1.0/metadata/KEY</c>.
/// </summary>
public sealed class DaprMetadata(ComponentSet components, AppChannel.AppSubscriptions subscriptions, ServeOptions options)
{
    public const string RuntimeVersion = "1.19.1-wasmbox";

    private readonly ConcurrentDictionary<string, string> extended = new(StringComparer.Ordinal);

    public DaprResponse Set(string key, byte[] value)
    {
        extended[key] = Encoding.UTF8.GetString(value);
        return DaprResponse.NoContent;
    }

    public DaprResponse Describe()
    {
        var description = new
        {
            id = options.AppId,
            runtimeVersion = RuntimeVersion,
            enabledFeatures = Array.Empty<string>(),
            actors = Array.Empty<object>(),
            components = components.Descriptions.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new
            {
                name = c.Name,
                type = c.Type,
                version = c.Version,
                capabilities = components.StateStores.TryGetValue(c.Name, out var store) ? store.Features : (IReadOnlyList<string>)[],
            }),
            extended = new Dictionary<string, string>(extended) { ["daprRuntimeVersion"] = RuntimeVersion },
            subscriptions = subscriptions.List().Select(s => new
            {
                pubsubname = s.PubSub,
                topic = s.Topic,
                metadata = s.Metadata,
                rules = s.Rules.Select(r => new { match = r.Match, path = r.Path }).Append(new { match = "", path = s.Route }).Where(r => r.path.Length > 0),
                deadLetterTopic = s.DeadLetterTopic ?? "",
                type = s.Route.StartsWith(AppChannel.AppSubscriptions.EventsPrefix, StringComparison.Ordinal) ? "PROGRAMMATIC" : "DECLARATIVE",
            }),
            httpEndpoints = Array.Empty<object>(),
            appConnectionProperties = new { port = options.Listen.Port, protocol = "http", channelAddress = options.Listen.Address.ToString() },
            actorRuntime = new { runtimeStatus = "DISABLED", hostReady = false },
        };
        return DaprResponse.Json(200, JsonSerializer.SerializeToUtf8Bytes(description));
    }
}
