using System.Collections.Concurrent;
using System.Text;
using Wasmbox.Dapr.PubSub;

namespace Wasmbox.Dapr.Tests.PubSub;

/// <summary>The durable embedded pub/sub: the conformance scenarios, and nothing lost across a restart.</summary>
public sealed class DurablePubSubTests : PubSubConformanceTests
{
    private static string NewPath() => Path.Combine(Directory.CreateTempSubdirectory("wasmbox-pubsub-").FullName, "pubsub.db");

    protected override IPubSub CreatePubSub() => new DurablePubSub(NewPath());

    protected override long Pending(IPubSub pubsub, string subscriber, string topic) => ((DurablePubSub)pubsub).Pending(subscriber);

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
    public async Task UnderABurstEachMessageIsHandledOnce()
    {
        // A delivery settled while the dispatcher was between reading the due rows and claiming
        // them used to be started again from the stale row (seen in bench/run-dapr's burst).
        await using var pubsub = new DurablePubSub(NewPath());
        var handled = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        await using var _ = pubsub.Subscribe("worker", "burst", Fast, async (d, _) =>
        {
            handled.AddOrUpdate(d.Message.Id, 1, (_, n) => n + 1);
            await Task.Yield();
            return DeliveryResult.Success;
        });
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 250; i++) await pubsub.PublishAsync(Message("burst", $"{w}-{i}"));
        })));
        for (var i = 0; i < 3000 && handled.Count < 1000; i++) await Task.Delay(10);
        await Task.Delay(300);
        Assert.Equal(1000, handled.Count);
        Assert.All(handled, pair => Assert.Equal(1, pair.Value));
    }
}
