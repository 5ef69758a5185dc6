using System.Collections.Immutable;
using Wasmbox.Dapr.Components;
using Wasmbox.Host.Functions;

namespace Wasmbox.Host.AppChannel;

/// <summary>
/// One subscription as daprd's app channel lists it: the pub/sub, the topic, the default route
/// daprd posts events to ("" when only rules route), routing rules (CEL match, path) tried first,
/// the dead-letter topic, and metadata (rawPayload).
/// </summary>
public sealed record AppSubscription(string PubSub, string Topic, string Route, string? DeadLetterTopic)
{
    public ImmutableArray<(string Match, string Path)> Rules { get; init; } = [];
    public ImmutableDictionary<string, string> Metadata { get; init; } = ImmutableDictionary<string, string>.Empty;
}

/// <summary>
/// The subscriptions this app declares to daprd (<c>GET /dapr/subscribe</c>, and gRPC's
/// <c>ListTopicSubscriptions</c>): each function's manifest subscriptions, routed to
/// <c>/dapr/events/FUNCTION</c>, and the Subscription resources of --resources-path, whose paths
/// (function routes) are listed under <c>/dapr/routes/PATH</c>, so the function serving PATH is
/// found when the event arrives and runs it as a subscriber. One list for both transports.
/// </summary>
public sealed class AppSubscriptions(FunctionRegistry registry, ComponentSet components)
{
    public const string EventsPrefix = "/dapr/events/";
    public const string RoutesPrefix = "/dapr/routes";

    public IReadOnlyList<AppSubscription> List() =>
    [
        .. registry.Table.Functions.Values.OrderBy(f => f.Name, StringComparer.Ordinal)
            .SelectMany(f => f.Spec.Subscriptions.Select(s => new AppSubscription(s.PubSub, s.Topic, EventsPrefix + f.Name, s.DeadLetterTopic))),
        .. components.Subscriptions.Select(s => new AppSubscription(s.PubSub, s.Topic, s.DefaultPath is { } path ? Routed(path) : "", s.DeadLetterTopic)
        {
            Rules = [.. s.Rules.Select(r => (r.Match.Text, Routed(r.Path)))],
            Metadata = s.Metadata,
        }),
    ];

    private static string Routed(string path) => path.StartsWith(EventsPrefix, StringComparison.Ordinal) ? path : RoutesPrefix + "/" + path.TrimStart('/');

    /// <summary>The function an event posted to <paramref name="path"/> runs: /dapr/events/NAME names it, any other path is a function route.</summary>
    public string? FunctionFor(string path)
    {
        if (path.StartsWith(EventsPrefix, StringComparison.Ordinal)) return path[EventsPrefix.Length..];
        if (path.StartsWith(RoutesPrefix + "/", StringComparison.Ordinal)) path = path[RoutesPrefix.Length..];
        return registry.Table.Routes.Match(path)?.Target.Name;
    }
}
