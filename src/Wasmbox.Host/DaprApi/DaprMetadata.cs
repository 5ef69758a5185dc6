using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Wasmbox.Dapr.Api;
using Wasmbox.Dapr.Components;

namespace Wasmbox.Host.DaprApi;

/// <summary>
/// What daprd's metadata API tells about the sidecar, for both doors: <see cref="Snapshot"/> is
/// the app id, the components with their capabilities, the subscriptions and the attributes set
/// with <see cref="Set(string, string)"/>; <see cref="Describe"/> is <c>GET /v1.0/metadata</c> in daprd's JSON
/// shape (the JS SDK waits on it, so it is never empty), and the gRPC API's <c>GetMetadata</c>
/// maps the same snapshot to its message.
/// </summary>
public sealed class DaprMetadata(ComponentSet components, AppChannel.AppSubscriptions subscriptions, ServeOptions options)
{
    public const string RuntimeVersion = "1.19.1-wasmbox";

    private readonly ConcurrentDictionary<string, string> extended = new(StringComparer.Ordinal);

    public DaprResponse Set(string key, byte[] value)
    {
        Set(key, Encoding.UTF8.GetString(value));
        return DaprResponse.NoContent;
    }

    public void Set(string key, string value) => extended[key] = value;

    public MetadataSnapshot Snapshot() => new(
        options.AppId,
        [.. components.Descriptions.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new ComponentEntry(
            c.Name, c.Type, c.Version,
            components.StateStores.TryGetValue(c.Name, out var store) ? store.Features : []))],
        new Dictionary<string, string>(extended) { ["daprRuntimeVersion"] = RuntimeVersion },
        [.. subscriptions.List().Select(s => new SubscriptionEntry(
            s.PubSub, s.Topic, s.Metadata,
            [.. s.Rules.Append((Match: "", Path: s.Route)).Where(r => r.Path.Length > 0)],
            s.DeadLetterTopic ?? "",
            s.Route.StartsWith(AppChannel.AppSubscriptions.EventsPrefix, StringComparison.Ordinal) ? "PROGRAMMATIC" : "DECLARATIVE"))],
        options.Listen.Port,
        options.Listen.Address.ToString());

    public DaprResponse Describe()
    {
        var snapshot = Snapshot();
        var description = new
        {
            id = snapshot.Id,
            runtimeVersion = RuntimeVersion,
            enabledFeatures = Array.Empty<string>(),
            actors = Array.Empty<object>(),
            components = snapshot.Components.Select(c => new { name = c.Name, type = c.Type, version = c.Version, capabilities = c.Capabilities }),
            extended = snapshot.Extended,
            subscriptions = snapshot.Subscriptions.Select(s => new
            {
                pubsubname = s.PubSub,
                topic = s.Topic,
                metadata = s.Metadata,
                rules = s.Rules.Select(r => new { match = r.Match, path = r.Path }),
                deadLetterTopic = s.DeadLetterTopic,
                type = s.Type,
            }),
            httpEndpoints = Array.Empty<object>(),
            appConnectionProperties = new { port = snapshot.AppPort, protocol = "http", channelAddress = snapshot.AppChannelAddress },
            actorRuntime = new { runtimeStatus = "DISABLED", hostReady = false },
        };
        return DaprResponse.Json(200, JsonSerializer.SerializeToUtf8Bytes(description));
    }
}

/// <summary>The sidecar as the metadata API describes it; the app is reached over HTTP at <see cref="AppChannelAddress"/>:<see cref="AppPort"/>.</summary>
public sealed record MetadataSnapshot(
    string Id, IReadOnlyList<ComponentEntry> Components, IReadOnlyDictionary<string, string> Extended,
    IReadOnlyList<SubscriptionEntry> Subscriptions, int AppPort, string AppChannelAddress);

/// <summary>A loaded component and Dapr's capability names for it ("ETAG", "TRANSACTIONAL", "TTL").</summary>
public sealed record ComponentEntry(string Name, string Type, string Version, IReadOnlyList<string> Capabilities);

/// <summary>A subscription: its routing rules (the default route last, with an empty match) and whether it was declared in a file or by a function.</summary>
public sealed record SubscriptionEntry(
    string PubSub, string Topic, IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<(string Match, string Path)> Rules, string DeadLetterTopic, string Type);
