using System.Collections.Immutable;
using System.Text.Json;

namespace Wasmbox.Dapr.PubSub;

/// <summary>A routing rule: events matching <see cref="Match"/> go to <see cref="Path"/>.</summary>
public sealed record RouteRule(EventMatch Match, string Path);

/// <summary>
/// A Dapr <c>Subscription</c> resource (dapr.io/v2alpha1, or v1alpha1's single route): which topic
/// of which pub/sub, the rules tried in order and the default path, the dead-letter topic, and
/// <c>rawPayload</c>. Paths name the app's routes.
/// </summary>
public sealed record SubscriptionDefinition(string Name, string PubSub, string Topic, ImmutableArray<RouteRule> Rules, string? DefaultPath, string File, long Line)
{
    public string? DeadLetterTopic { get; init; }
    public bool RawPayload { get; init; }
    public ImmutableDictionary<string, string> Metadata { get; init; } = ImmutableDictionary<string, string>.Empty;
    public ImmutableArray<string> Scopes { get; init; } = [];

    /// <summary>The path the event goes to: the first matching rule's, else the default; null drops it (to the dead-letter topic).</summary>
    public string? PathFor(JsonElement cloudEvent) => Rules.FirstOrDefault(rule => rule.Match.Matches(cloudEvent))?.Path ?? DefaultPath;
}
