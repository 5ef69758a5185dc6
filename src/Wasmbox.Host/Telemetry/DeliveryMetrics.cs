using System.Diagnostics;
using Wasmbox.Dapr.PubSub;

namespace Wasmbox.Host.Telemetry;

/// <summary>
/// Counts what happens to the messages of the embedded pub/subs, at the one place every kind of
/// pub/sub (durable, in-memory, Redis) hands a message to a subscriber: each delivery and its
/// answer, the retries, and the messages given up on. The pub/subs settle an answer by the same
/// rule (<see cref="SubscriptionOptions"/>), so it is read here from the answer and the attempt.
/// </summary>
public sealed class DeliveryMetrics
{
    private static readonly string[] Answers = ["success", "retry", "drop"];

    /// <summary><paramref name="handler"/>, counted as subscriber <paramref name="subscriber"/> of <paramref name="pubsub"/>/<paramref name="topic"/>.</summary>
    public Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> Counted(string pubsub, string topic, string subscriber, SubscriptionOptions options,
        Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> handler) => async (delivery, cancellation) =>
    {
        DeliveryResult answer;
        try
        {
            answer = await handler(delivery, cancellation).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellation.IsCancellationRequested)
        {
            Count(delivery, DeliveryResult.Retry);   // the pub/subs read a handler that throws as RETRY
            throw;
        }
        if (!cancellation.IsCancellationRequested) Count(delivery, answer);   // stopping: the delivery is not settled
        return answer;

        void Count(Delivery delivery, DeliveryResult answer)
        {
            var tags = new TagList { { "pubsub", pubsub }, { "topic", topic }, { "subscriber", subscriber } };
            if (delivery.Attempt > 1) WasmboxMeter.Retries.Add(1, tags);
            if (answer != DeliveryResult.Success && !(answer == DeliveryResult.Retry && delivery.Attempt < options.MaxAttempts)) WasmboxMeter.DeadLetters.Add(1, tags);
            tags.Add("answer", Answers[(int)answer]);
            WasmboxMeter.Deliveries.Add(1, tags);
        }
    };
}
