using Wasmbox.Dapr.Components;

namespace Wasmbox.Dapr.PubSub;

/// <summary>
/// How <see cref="RedisPubSub"/> consumes, from Dapr's pubsub.redis metadata: <see cref="ConsumerId"/>
/// (<c>consumerID</c>, default the app id) prefixes every consumer group, so two apps on one Redis
/// each get every message while the servers of one app share them; <see cref="ProcessingTimeout"/>
/// is how long a delivery may stay unacknowledged before another consumer takes it over (its
/// consumer died); <see cref="RedeliverInterval"/> how often to look for such deliveries (0: never);
/// <see cref="QueueDepth"/> how many deliveries a subscription holds at once, of which
/// <see cref="Concurrency"/> run at a time; <see cref="MaxLenApprox"/> trims each stream.
/// </summary>
public sealed record RedisPubSubOptions
{
    public string ConsumerId { get; init; } = "";
    public TimeSpan ProcessingTimeout { get; init; } = TimeSpan.FromSeconds(15);
    public TimeSpan RedeliverInterval { get; init; } = TimeSpan.FromSeconds(60);
    public int QueueDepth { get; init; } = 100;
    public int Concurrency { get; init; } = 10;
    public long? MaxLenApprox { get; init; }

    /// <summary>How often an idle subscription asks Redis for new entries (Redis cannot push them to a shared connection).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The metadata keys read here, besides <see cref="RedisConnection.MetadataKeys"/>.</summary>
    public static readonly string[] MetadataKeys = ["consumerID", "processingTimeout", "redeliverInterval", "queueDepth", "concurrency", "maxLenApprox"];

    /// <exception cref="ArgumentException">a value is malformed</exception>
    public static RedisPubSubOptions From(IReadOnlyDictionary<string, string> metadata, string appId) => new()
    {
        ConsumerId = metadata.GetValueOrDefault("consumerID") ?? appId,
        ProcessingTimeout = MetadataDuration.Read(metadata, "processingTimeout", TimeSpan.FromSeconds(15)),
        RedeliverInterval = MetadataDuration.Read(metadata, "redeliverInterval", TimeSpan.FromSeconds(60)),
        QueueDepth = Count(metadata, "queueDepth", 100),
        Concurrency = Count(metadata, "concurrency", 10),
        MaxLenApprox = metadata.ContainsKey("maxLenApprox") ? Count(metadata, "maxLenApprox", 0) : null,
    };

    private static int Count(IReadOnlyDictionary<string, string> metadata, string key, int fallback)
    {
        if (metadata.GetValueOrDefault(key) is not { } text) return fallback;
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < 1)
            throw new ArgumentException($"metadata {key} is \"{text}\", not a whole number above 0");
        return value;
    }
}
