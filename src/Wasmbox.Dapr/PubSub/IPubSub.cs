namespace Wasmbox.Dapr.PubSub;

/// <summary>
/// A pub/sub component as Dapr defines one: publish to a topic, and deliver each message to every
/// subscriber of the topic at least once, until it answers SUCCESS (or DROP). A subscriber has a
/// stable name: what was published to it while it was away (or the process was down) is delivered
/// when it subscribes again.
/// </summary>
public interface IPubSub : IAsyncDisposable
{
    /// <summary>Accepts a message; when this returns, the message is kept (a durable pub/sub has it on disk).</summary>
    ValueTask PublishAsync(PubSubMessage message, CancellationToken cancellation = default);

    /// <summary>
    /// Delivers the messages of <paramref name="topic"/> to <paramref name="handler"/> as subscriber
    /// <paramref name="subscriber"/>; disposing the result stops the deliveries (not the subscription:
    /// messages keep being kept for it).
    /// </summary>
    IAsyncDisposable Subscribe(string subscriber, string topic, SubscriptionOptions options, Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> handler);
}
