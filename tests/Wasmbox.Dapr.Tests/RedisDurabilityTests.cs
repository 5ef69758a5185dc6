using System.Collections.Concurrent;
using System.Text;
using StackExchange.Redis;
using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.PubSub;
using Wasmbox.Dapr.State;
using Wasmbox.Testing;

namespace Wasmbox.Dapr.Tests;

/// <summary>
/// The Redis components over a server that persists every write (appendonly, fsync always) and is
/// killed: what Redis acknowledged is there when it comes back, and the components' connections
/// find it again by themselves.
/// </summary>
public sealed class RedisDurabilityTests : IDisposable
{
    private readonly RedisServer redis = RedisServer.Persistent();

    /// <summary>A connection made as the components make theirs, from Dapr's metadata.</summary>
    private ConnectionMultiplexer Connect() => RedisConnection.Connect(new Dictionary<string, string> { ["redisHost"] = redis.Host });

    public void Dispose() => redis.Dispose();

    /// <summary>Runs <paramref name="action"/> until the server answers it (the client reconnects in the background).</summary>
    private static async Task<T> OnceReconnected<T>(Func<Task<T>> action)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                return await action();
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    [Fact]
    public async Task WhatWasAcknowledgedSurvivesAKilledServerAndTheComponentsReconnect()
    {
        await using var store = new RedisStateStore(Connect());
        await using var pubsub = new RedisPubSub(Connect(), new RedisPubSubOptions { ConsumerId = "app" });
        var options = new SubscriptionOptions();
        await using (pubsub.Subscribe("worker", "jobs", options, (_, _) => ValueTask.FromResult(DeliveryResult.Success))) { }
        await store.SetAsync(new StateSetRequest("k", Encoding.UTF8.GetBytes("kept")));
        await pubsub.PublishAsync(new PubSubMessage("m1", "jobs", Encoding.UTF8.GetBytes("queued"), "text/plain", DateTimeOffset.UtcNow));

        redis.Kill();
        redis.Start();

        var item = await OnceReconnected(async () => await store.GetAsync("k"));
        Assert.Equal("kept", Encoding.UTF8.GetString(item!.Value));
        Assert.Equal("1", item.ETag);
        var received = new ConcurrentQueue<string>();
        await using var _ = pubsub.Subscribe("worker", "jobs", options, (d, _) => { received.Enqueue(d.Message.Id); return ValueTask.FromResult(DeliveryResult.Success); });
        for (var i = 0; i < 300 && received.IsEmpty; i++) await Task.Delay(100);
        Assert.Equal(["m1"], received);
    }
}
