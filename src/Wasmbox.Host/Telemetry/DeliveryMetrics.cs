using System.Collections.Concurrent;
using System.Diagnostics;
using Wasmbox.Dapr.PubSub;

namespace Wasmbox.Host.Telemetry;

/// <summary>
/// Counts what happens to the messages of the embedded pub/subs, at the one place every kind of
/// pub/sub (durable, in-memory, Redis) hands a message to a subscriber: each delivery and its
/// answer, the retries, and the messages given up on. The pub/subs settle an answer by the same
/// rule (<see cref="SubscriptionOptions"/>), so it is read here from the answer and the attempt.
/// Besides the metrics, each subscriber's totals are kept for the dashboard (<see cref="TallyOf"/>),
/// which shows them whether or not metrics are exported.
/// </summary>
public sealed class DeliveryMetrics
{
    private static readonly string[] Answers = ["success", "retry", "drop"];

    private readonly ConcurrentDictionary<(string PubSub, string Topic, string Subscriber), DeliveryTally> tallies = new();

    /// <summary>The deliveries so far to <paramref name="subscriber"/> of <paramref name="pubsub"/>/<paramref name="topic"/>, or null when it has had none.</summary>
    public DeliveryTally? TallyOf(string pubsub, string topic, string subscriber) => tallies.GetValueOrDefault((pubsub, topic, subscriber));

    /// <summary><paramref name="handler"/>, counted as subscriber <paramref name="subscriber"/> of <paramref name="pubsub"/>/<paramref name="topic"/>.</summary>
    public Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> Counted(string pubsub, string topic, string subscriber, SubscriptionOptions options,
        Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> handler)
    {
        var tally = tallies.GetOrAdd((pubsub, topic, subscriber), _ => new DeliveryTally());
        return async (delivery, cancellation) =>
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
        };

        void Count(Delivery delivery, DeliveryResult answer)
        {
            var retry = delivery.Attempt > 1;
            var givenUp = answer != DeliveryResult.Success && !(answer == DeliveryResult.Retry && delivery.Attempt < options.MaxAttempts);
            tally.Add(answer == DeliveryResult.Success, retry, givenUp);
            var tags = new TagList { { "pubsub", pubsub }, { "topic", topic }, { "subscriber", subscriber } };
            if (retry) WasmboxMeter.Retries.Add(1, tags);
            if (givenUp) WasmboxMeter.DeadLetters.Add(1, tags);
            tags.Add("answer", Answers[(int)answer]);
            WasmboxMeter.Deliveries.Add(1, tags);
        }
    }
}

/// <summary>One subscriber's deliveries since the server started: all of them, those it took, the retries, and the messages given up on.</summary>
public sealed class DeliveryTally
{
    private long deliveries, succeeded, retries, deadLetters;

    public long Deliveries => Interlocked.Read(ref deliveries);
    public long Succeeded => Interlocked.Read(ref succeeded);
    public long Retries => Interlocked.Read(ref retries);
    /// <summary>Messages given up on (DROP, or out of attempts): sent to the dead-letter topic when there is one, dropped otherwise.</summary>
    public long DeadLetters => Interlocked.Read(ref deadLetters);

    internal void Add(bool success, bool retry, bool givenUp)
    {
        Interlocked.Increment(ref deliveries);
        if (success) Interlocked.Increment(ref succeeded);
        if (retry) Interlocked.Increment(ref retries);
        if (givenUp) Interlocked.Increment(ref deadLetters);
    }
}
