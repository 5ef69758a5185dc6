using System.Collections.Concurrent;
using System.Text;
using Wasmbox.Dapr.PubSub;

namespace Wasmbox.Dapr.Tests.PubSub;

/// <summary>The durable embedded pub/sub: at least once, retries with back-off, dead letters, and nothing lost across a restart.</summary>
public sealed class DurablePubSubTests
{
    private static readonly SubscriptionOptions Fast = new() { InitialBackoff = TimeSpan.FromMilliseconds(5), MaxBackoff = TimeSpan.FromMilliseconds(20), MaxAttempts = 5 };

    private static string NewPath() => Path.Combine(Directory.CreateTempSubdirectory("wasmbox-pubsub-").FullName, "pubsub.db");

    private static PubSubMessage Message(string topic, string text) =>
        new(Guid.NewGuid().ToString("N"), topic, Encoding.UTF8.GetBytes(text), "text/plain", DateTimeOffset.UtcNow);

    private static async Task Eventually(Func<bool> condition, string what)
    {
        for (var i = 0; i < 1000 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition(), what);
    }

    [Fact]
    public async Task EverySubscriberGetsEachMessageOnceWhenItAnswersSuccess()
    {
        await using var pubsub = new DurablePubSub(NewPath());
        var first = new ConcurrentBag<string>();
        var second = new ConcurrentBag<string>();
        await using var a = pubsub.Subscribe("a", "orders", Fast, (d, _) => { first.Add(Encoding.UTF8.GetString(d.Message.Data)); return ValueTask.FromResult(DeliveryResult.Success); });
        await using var b = pubsub.Subscribe("b", "orders", Fast, (d, _) => { second.Add(Encoding.UTF8.GetString(d.Message.Data)); return ValueTask.FromResult(DeliveryResult.Success); });
        for (var i = 0; i < 20; i++) await pubsub.PublishAsync(Message("orders", $"order {i}"));
        await Eventually(() => first.Count == 20 && second.Count == 20, "both subscribers got all 20");
        await Task.Delay(200);
        Assert.Equal(20, first.Distinct().Count());
        Assert.Equal(20, first.Count);   // nothing acknowledged is delivered again
        Assert.Equal(0, pubsub.Pending("a"));
    }

    [Fact]
    public async Task RetryIsDeliveredAgainWithTheAttemptCounted()
    {
        await using var pubsub = new DurablePubSub(NewPath());
        var attempts = new ConcurrentQueue<int>();
        await using var _ = pubsub.Subscribe("flaky", "orders", Fast, (d, _) =>
        {
            attempts.Enqueue(d.Attempt);
            return ValueTask.FromResult(d.Attempt < 3 ? DeliveryResult.Retry : DeliveryResult.Success);
        });
        await pubsub.PublishAsync(Message("orders", "x"));
        await Eventually(() => attempts.Count == 3, "three attempts");
        await Task.Delay(100);
        Assert.Equal([1, 2, 3], attempts);
    }

    [Fact]
    public async Task DropAndExhaustedRetriesGoToTheDeadLetterTopic()
    {
        await using var pubsub = new DurablePubSub(NewPath());
        var dead = new ConcurrentBag<string>();
        var options = Fast with { DeadLetterTopic = "orders-dead", MaxAttempts = 3 };
        await using var dropping = pubsub.Subscribe("dropping", "orders", options, (d, _) => ValueTask.FromResult(DeliveryResult.Drop));
        await using var failing = pubsub.Subscribe("failing", "orders", options, (d, _) => throw new InvalidOperationException("handler failed"));
        await using var letters = pubsub.Subscribe("letters", "orders-dead", Fast, (d, _) => { dead.Add(d.Message.Id); return ValueTask.FromResult(DeliveryResult.Success); });
        await pubsub.PublishAsync(Message("orders", "doomed"));
        await Eventually(() => dead.Count == 2, "a dead letter from each subscriber");
        Assert.Contains(dead, id => id.EndsWith(".dead.dropping", StringComparison.Ordinal));
        Assert.Contains(dead, id => id.EndsWith(".dead.failing", StringComparison.Ordinal));
        Assert.Equal(0, pubsub.Pending("failing"));
    }

    [Fact]
    public async Task WhatWasPublishedSurvivesAStopAndReachesTheSubscriberWhenItReturns()
    {
        var path = NewPath();
        await using (var before = new DurablePubSub(path))
        {
            await using (before.Subscribe("worker", "jobs", Fast, (_, _) => ValueTask.FromResult(DeliveryResult.Success))) { }
            // The subscriber is known but away: the message is kept for it, then the process stops.
            await before.PublishAsync(Message("jobs", "kept"));
            Assert.Equal(1, before.Pending("worker"));
        }
        await using var after = new DurablePubSub(path);
        var received = new ConcurrentBag<string>();
        await using var _ = after.Subscribe("worker", "jobs", Fast, (d, _) => { received.Add(Encoding.UTF8.GetString(d.Message.Data)); return ValueTask.FromResult(DeliveryResult.Success); });
        await Eventually(() => received.Count == 1, "delivered after the restart");
        Assert.Equal("kept", received.Single());
    }

    [Fact]
    public async Task ATopicNobodySubscribesToKeepsNothing()
    {
        await using var pubsub = new DurablePubSub(NewPath());
        await pubsub.PublishAsync(Message("nobody", "x"));
        var received = 0;
        await using var _ = pubsub.Subscribe("late", "nobody", Fast, (_, _) => { Interlocked.Increment(ref received); return ValueTask.FromResult(DeliveryResult.Success); });
        await Task.Delay(200);
        Assert.Equal(0, received);   // as with Dapr's brokers: a new subscriber starts from new messages
    }
}
