using System.Collections.Immutable;

namespace Wasmbox.Dapr.PubSub;

/// <summary>A published message, as stored and delivered: its bytes as published (a CloudEvent or a raw payload) and its content type.</summary>
public sealed record PubSubMessage(string Id, string Topic, byte[] Data, string ContentType, DateTimeOffset PublishedAt)
{
    public ImmutableDictionary<string, string> Metadata { get; init; } = ImmutableDictionary<string, string>.Empty;
}

/// <summary>What a subscriber answered, as Dapr's app channel does: SUCCESS, RETRY or DROP.</summary>
public enum DeliveryResult { Success, Retry, Drop }

/// <summary>
/// One delivery to a subscriber: the message and which attempt this is (1 for the first).
/// </summary>
public sealed record Delivery(PubSubMessage Message, int Attempt);

/// <summary>
/// How a subscriber is served: retries with exponential back-off (<see cref="InitialBackoff"/>,
/// doubling up to <see cref="MaxBackoff"/>) until <see cref="MaxAttempts"/>; a message dropped, or
/// out of attempts, goes to <see cref="DeadLetterTopic"/> when there is one.
/// </summary>
public sealed record SubscriptionOptions
{
    public int MaxAttempts { get; init; } = 5;
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);
    public string? DeadLetterTopic { get; init; }

    public TimeSpan BackoffAfter(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, InitialBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1)));
}
