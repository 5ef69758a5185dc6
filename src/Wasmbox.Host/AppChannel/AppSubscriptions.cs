using Wasmbox.Host.Functions;

namespace Wasmbox.Host.AppChannel;

/// <summary>One subscription as daprd's app channel lists it: the pub/sub, the topic, the route daprd posts events to, and the dead-letter topic.</summary>
public sealed record AppSubscription(string PubSub, string Topic, string Route, string? DeadLetterTopic);

/// <summary>
/// The subscriptions this app declares to daprd (<c>GET /dapr/subscribe</c>, and gRPC's
/// <c>ListTopicSubscriptions</c>): each function's manifest subscriptions, routed to
/// <c>/dapr/events/FUNCTION</c>. One list for both transports, so they cannot disagree.
/// </summary>
public sealed class AppSubscriptions(FunctionRegistry registry)
{
    public const string EventsPrefix = "/dapr/events/";

    public IReadOnlyList<AppSubscription> List() =>
        registry.Table.Functions.Values.OrderBy(f => f.Name, StringComparer.Ordinal)
            .SelectMany(f => f.Spec.Subscriptions.Select(s => new AppSubscription(s.PubSub, s.Topic, EventsPrefix + f.Name, s.DeadLetterTopic)))
            .ToList();
}
