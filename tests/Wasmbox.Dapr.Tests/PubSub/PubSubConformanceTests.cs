using System.Collections.Concurrent;
using System.Text;
using Wasmbox.Dapr.PubSub;

namespace Wasmbox.Dapr.Tests.PubSub;

/// <summary>
/// What every pub/sub must do, each a subclass: deliver at least once to every subscriber, never
/// again once acknowledged, RETRY again with the attempt counted, DROP and exhausted retries to the
/// dead-letter topic, and keep for a subscriber that is away what was published meanwhile.
/// </summary>
public abstract class PubSubConformanceTests : IAsyncLifetime
{
    protected static readonly SubscriptionOptions Fast = new() { InitialBackoff = TimeSpan.FromMilliseconds(5), MaxBackoff = TimeSpan.FromMilliseconds(20), MaxAttempts = 5 };

    private IPubSub pubsub = null!;

    protected abstract IPubSub CreatePubSub();

    /// <summary>Messages of <paramref name="topic"/> waiting for <paramref name="subscriber"/>, delivered or not.</summary>
    protected abstract long Pending(IPubSub pubsub, string subscriber, string topic);

    public Task InitializeAsync()
    {
        pubsub = CreatePubSub();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await pubsub.DisposeAsync();

    protected static PubSubMessage Message(string topic, string text) =>
        new(Guid.NewGuid().ToString("N"), topic, Encoding.UTF8.GetBytes(text), "text/plain", DateTimeOffset.UtcNow);

    protected static async Task Eventually(Func<bool> condition, string what)
    {
        for (var i = 0; i < 1000 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition(), what);
    }

    [Fact]
    public async Task EverySubscriberGetsEachMessageOnceWhenItAnswersSuccess()
    {
        var first = new ConcurrentBag<string>();
        var second = new ConcurrentBag<string>();
        await using var a = pubsub.Subscribe("a", "orders", Fast, (d, _) => { first.Add(Encoding.UTF8.GetString(d.Message.Data)); return ValueTask.FromResult(DeliveryResult.Success); });
        await using var b = pubsub.Subscribe("b", "orders", Fast, (d, _) => { second.Add(Encoding.UTF8.GetString(d.Message.Data)); return ValueTask.FromResult(DeliveryResult.Success); });
        for (var i = 0; i < 20; i++) await pubsub.PublishAsync(Message("orders", $"order {i}"));
        await Eventually(() => first.Count == 20 && second.Count == 20, "both subscribers got all 20");
        await Task.Delay(300);
        Assert.Equal(20, first.Distinct().Count());
        Assert.Equal(20, first.Count);   // nothing acknowledged is delivered again
        Assert.Equal(20, second.Count);
        Assert.Equal(0, Pending(pubsub, "a", "orders"));
    }

    [Fact]
    public async Task TheMessageArrivesAsPublished()
    {
        var received = new ConcurrentQueue<Delivery>();
        await using var _ = pubsub.Subscribe("reader", "orders", Fast, (d, _) => { received.Enqueue(d); return ValueTask.FromResult(DeliveryResult.Success); });
        var sent = Message("orders", "{\"n\":1}") with { ContentType = "application/json", Metadata = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("traceparent", "00-abc-def-01") };
        await pubsub.PublishAsync(sent);
        await Eventually(() => received.Count == 1, "delivered");
        var delivery = received.Single();
        Assert.Equal(1, delivery.Attempt);
        Assert.Equal(sent.Id, delivery.Message.Id);
        Assert.Equal("orders", delivery.Message.Topic);
        Assert.Equal(sent.Data, delivery.Message.Data);
        Assert.Equal("application/json", delivery.Message.ContentType);
        Assert.Equal("00-abc-def-01", delivery.Message.Metadata["traceparent"]);
        Assert.Equal(sent.PublishedAt.ToUnixTimeMilliseconds(), delivery.Message.PublishedAt.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task RetryIsDeliveredAgainWithTheAttemptCounted()
    {
        var attempts = new ConcurrentQueue<int>();
        await using var _ = pubsub.Subscribe("flaky", "orders", Fast, (d, _) =>
        {
            attempts.Enqueue(d.Attempt);
            return ValueTask.FromResult(d.Attempt < 3 ? DeliveryResult.Retry : DeliveryResult.Success);
        });
        await pubsub.PublishAsync(Message("orders", "x"));
        await Eventually(() => attempts.Count == 3, "three attempts");
        await Task.Delay(300);
        Assert.Equal([1, 2, 3], attempts);
        Assert.Equal(0, Pending(pubsub, "flaky", "orders"));
    }

    [Fact]
    public async Task ARetryWaitsForItsBackoff()
    {
        var slow = Fast with { InitialBackoff = TimeSpan.FromMilliseconds(400), MaxBackoff = TimeSpan.FromSeconds(1) };
        var times = new ConcurrentQueue<DateTimeOffset>();
        await using var _ = pubsub.Subscribe("patient", "orders", slow, (d, _) =>
        {
            times.Enqueue(DateTimeOffset.UtcNow);
            return ValueTask.FromResult(d.Attempt < 2 ? DeliveryResult.Retry : DeliveryResult.Success);
        });
        await pubsub.PublishAsync(Message("orders", "x"));
        await Eventually(() => times.Count == 2, "two attempts");
        var gap = times.Last() - times.First();
        Assert.True(gap >= TimeSpan.FromMilliseconds(390), $"the retry came {gap.TotalMilliseconds} ms after the first attempt");
    }

    [Fact]
    public async Task DropAndExhaustedRetriesGoToTheDeadLetterTopic()
    {
        var dead = new ConcurrentBag<string>();
        var failingAttempts = new ConcurrentQueue<int>();
        var options = Fast with { DeadLetterTopic = "orders-dead", MaxAttempts = 3 };
        await using var letters = pubsub.Subscribe("letters", "orders-dead", Fast, (d, _) => { dead.Add(d.Message.Id); return ValueTask.FromResult(DeliveryResult.Success); });
        await using var dropping = pubsub.Subscribe("dropping", "orders", options, (d, _) => ValueTask.FromResult(DeliveryResult.Drop));
        await using var failing = pubsub.Subscribe("failing", "orders", options, (d, _) =>
        {
            failingAttempts.Enqueue(d.Attempt);
            throw new InvalidOperationException("handler failed");
        });
        var message = Message("orders", "doomed");
        await pubsub.PublishAsync(message);
        await Eventually(() => dead.Count == 2, "a dead letter from each subscriber");
        Assert.Contains($"{message.Id}.dead.dropping", dead);
        Assert.Contains($"{message.Id}.dead.failing", dead);
        Assert.Equal([1, 2, 3], failingAttempts);
        await Eventually(() => Pending(pubsub, "failing", "orders") == 0 && Pending(pubsub, "dropping", "orders") == 0, "both settled");
    }

    [Fact]
    public async Task ASubscriberThatWasAwayGetsWhatWasPublishedMeanwhile()
    {
        await using (pubsub.Subscribe("worker", "jobs", Fast, (_, _) => ValueTask.FromResult(DeliveryResult.Success))) { }
        await pubsub.PublishAsync(Message("jobs", "kept"));
        Assert.Equal(1, Pending(pubsub, "worker", "jobs"));
        var received = new ConcurrentBag<string>();
        await using var _ = pubsub.Subscribe("worker", "jobs", Fast, (d, _) => { received.Add(Encoding.UTF8.GetString(d.Message.Data)); return ValueTask.FromResult(DeliveryResult.Success); });
        await Eventually(() => received.Count == 1, "delivered when it came back");
        Assert.Equal("kept", received.Single());
    }

    [Fact]
    public async Task ATopicNobodySubscribesToKeepsNothing()
    {
        await pubsub.PublishAsync(Message("nobody", "x"));
        var received = 0;
        await using var _ = pubsub.Subscribe("late", "nobody", Fast, (_, _) => { Interlocked.Increment(ref received); return ValueTask.FromResult(DeliveryResult.Success); });
        await Task.Delay(300);
        Assert.Equal(0, received);   // as with Dapr's brokers: a new subscriber starts from new messages
    }

    [Fact]
    public async Task OneSubscriberReceivesATopicOnce()
    {
        await using var first = pubsub.Subscribe("twice", "orders", Fast, (_, _) => ValueTask.FromResult(DeliveryResult.Success));
        Assert.Throws<InvalidOperationException>(() => pubsub.Subscribe("twice", "orders", Fast, (_, _) => ValueTask.FromResult(DeliveryResult.Success)));
    }
}
