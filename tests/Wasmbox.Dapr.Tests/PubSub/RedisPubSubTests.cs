using System.Collections.Concurrent;
using System.Text;
using StackExchange.Redis;
using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.PubSub;
using Wasmbox.Dapr.Tests.Components;
using Wasmbox.Testing;

namespace Wasmbox.Dapr.Tests.PubSub;

/// <summary>
/// pubsub.redis against a real redis-server: the conformance scenarios, and what Streams add:
/// processes that subscribe with one name share the messages, an entry a crashed process held is
/// taken over by another, and the layout and metadata are Dapr's.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisPubSubTests : PubSubConformanceTests
{
    private readonly RedisServer redis;

    public RedisPubSubTests(RedisServer redis)
    {
        this.redis = redis;
        redis.FlushAll();
    }

    private static readonly RedisPubSubOptions Quick = new()
    {
        ConsumerId = "app",
        ProcessingTimeout = TimeSpan.FromSeconds(1),
        RedeliverInterval = TimeSpan.FromMilliseconds(200),
    };

    /// <summary>A connection made as the components make theirs, from Dapr's metadata.</summary>
    private ConnectionMultiplexer Connect() => RedisConnection.Connect(new Dictionary<string, string> { ["redisHost"] = redis.Host });

    private RedisPubSub Open(RedisPubSubOptions? options = null) => new(Connect(), options ?? Quick);

    protected override IPubSub CreatePubSub() => Open();

    protected override long Pending(IPubSub pubsub, string subscriber, string topic) => ((RedisPubSub)pubsub).Pending(subscriber, topic);

    [Fact]
    public async Task TwoProcessesWithOneSubscriberNameShareTheMessagesEachHandledOnce()
    {
        // Small queues and slow handlers, so neither process can take every entry at once.
        var options = Quick with { QueueDepth = 5, Concurrency = 5 };
        await using var first = Open(options);
        await using var second = Open(options);
        var handled = new ConcurrentDictionary<string, int>();
        var byProcess = new int[2];
        Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> Handler(int process) => async (d, token) =>
        {
            handled.AddOrUpdate(Encoding.UTF8.GetString(d.Message.Data), 1, (_, n) => n + 1);
            Interlocked.Increment(ref byProcess[process]);
            await Task.Delay(10, token);
            return DeliveryResult.Success;
        };
        await using var a = first.Subscribe("worker", "jobs", Fast, Handler(0));
        await using var b = second.Subscribe("worker", "jobs", Fast, Handler(1));
        for (var i = 0; i < 50; i++) await (i % 2 == 0 ? first : second).PublishAsync(Message("jobs", $"job {i}"));
        await Eventually(() => handled.Count == 50, "all 50 handled");
        await Task.Delay(500);
        Assert.All(handled, pair => Assert.Equal(1, pair.Value));
        Assert.Equal(50, byProcess[0] + byProcess[1]);
        Assert.True(byProcess[0] > 0 && byProcess[1] > 0, $"both processes took a share ({byProcess[0]} and {byProcess[1]})");
        Assert.Equal(0, first.Pending("worker", "jobs"));
    }

    [Fact]
    public async Task AnEntryAProcessHeldWhenItStoppedIsDeliveredByAnother()
    {
        var started = new TaskCompletionSource();
        var crashed = Open();
        await crashed.PublishAsync(Message("jobs", "warm-up"));   // before the group exists: not for it
        crashed.Subscribe("worker", "jobs", Fast, async (_, token) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);   // never answers: the process goes before it does
            return DeliveryResult.Success;
        });
        await crashed.PublishAsync(Message("jobs", "held"));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await crashed.DisposeAsync();

        await using var survivor = Open();
        Assert.Equal(1, survivor.Pending("worker", "jobs"));   // delivered, never acknowledged
        var received = new ConcurrentQueue<Delivery>();
        await using var _ = survivor.Subscribe("worker", "jobs", Fast, (d, _) => { received.Enqueue(d); return ValueTask.FromResult(DeliveryResult.Success); });
        await Eventually(() => received.Count == 1, "taken over after the processing timeout");
        Assert.Equal("held", Encoding.UTF8.GetString(received.Single().Message.Data));
        Assert.Equal(2, received.Single().Attempt);   // the crashed process's delivery counts
        await Eventually(() => survivor.Pending("worker", "jobs") == 0, "acknowledged");
    }

    [Fact]
    public async Task APublishedMessageIsAStreamEntryWithDaprsFieldsWhenPublishReturns()
    {
        await using var pubsub = Open();
        var message = Message("orders", "{\"id\":7}");
        await pubsub.PublishAsync(message);
        using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Host);
        var entry = Assert.Single(await connection.GetDatabase().StreamRangeAsync("orders"));
        Assert.Equal("{\"id\":7}", entry["data"].ToString());
        Assert.Equal(message.Id, entry["id"].ToString());
        Assert.Equal("text/plain", entry["contentType"].ToString());
    }

    [Fact]
    public async Task AnEntryDaprdWroteIsDeliveredAsACloudEvent()
    {
        await using var pubsub = Open();
        var received = new ConcurrentQueue<PubSubMessage>();
        await using var _ = pubsub.Subscribe("reader", "orders", Fast, (d, _) => { received.Enqueue(d.Message); return ValueTask.FromResult(DeliveryResult.Success); });
        using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Host);
        var entryId = await connection.GetDatabase().StreamAddAsync("orders", [new NameValueEntry("data", "{\"specversion\":\"1.0\"}")]);
        await Eventually(() => received.Count == 1, "delivered");
        var message = received.Single();
        Assert.Equal(entryId.ToString(), message.Id);
        Assert.Equal("application/cloudevents+json", message.ContentType);
        Assert.Equal("{\"specversion\":\"1.0\"}", Encoding.UTF8.GetString(message.Data));
    }

    [Fact]
    public async Task TwoAppsOnOneRedisEachGetEveryMessage()
    {
        await using var orders = Open(Quick with { ConsumerId = "orders-app" });
        await using var billing = Open(Quick with { ConsumerId = "billing-app" });
        var seen = new ConcurrentBag<string>();
        await using var a = orders.Subscribe("handler", "events", Fast, (_, _) => { seen.Add("orders"); return ValueTask.FromResult(DeliveryResult.Success); });
        await using var b = billing.Subscribe("handler", "events", Fast, (_, _) => { seen.Add("billing"); return ValueTask.FromResult(DeliveryResult.Success); });
        await orders.PublishAsync(Message("events", "x"));
        await Eventually(() => seen.Count == 2, "one delivery per app");
        Assert.Equal(["billing", "orders"], seen.Order());
    }

    [Fact]
    public async Task TheComponentReadsDaprsMetadata()
    {
        var resources = ComponentFiles.Directory(("pubsub.yaml", ComponentFiles.Component("events", "pubsub.redis", $"""
              metadata:
              - name: redisHost
                value: {redis.Host}
              - name: consumerID
                value: shop
              - name: processingTimeout
                value: 2s
              - name: redeliverInterval
                value: "500"
              - name: queueDepth
                value: "7"
              - name: concurrency
                value: "3"
              - name: maxLenApprox
                value: "1000"

            """)));
        await using var set = ComponentSet.Load(resources, Directory.CreateTempSubdirectory("wasmbox-data-").FullName, "app");
        var pubsub = Assert.IsType<RedisPubSub>(set.PubSubs["events"]);
        Assert.Equal(new RedisPubSubOptions
        {
            ConsumerId = "shop", ProcessingTimeout = TimeSpan.FromSeconds(2), RedeliverInterval = TimeSpan.FromMilliseconds(500),
            QueueDepth = 7, Concurrency = 3, MaxLenApprox = 1000,
        }, pubsub.Options);
        Assert.Equal("shop:handler", pubsub.GroupName("handler"));

        var defaults = ComponentFiles.Directory(("pubsub.yaml", ComponentFiles.Component("events", "pubsub.redis", $"  metadata:\n  - name: redisHost\n    value: {redis.Host}\n")));
        await using var plain = ComponentSet.Load(defaults, Directory.CreateTempSubdirectory("wasmbox-data-").FullName, "app");
        Assert.Equal("app:handler", ((RedisPubSub)plain.PubSubs["events"]).GroupName("handler"));   // consumerID defaults to the app id, as in Dapr
    }

    [Theory]
    [InlineData("  - name: streamTTL\n    value: 1h\n", "unknown metadata \"streamTTL\" for pubsub.redis")]
    [InlineData("  - name: processingTimeout\n    value: soon\n", "metadata processingTimeout is \"soon\", not a duration")]
    [InlineData("  - name: concurrency\n    value: \"0\"\n", "metadata concurrency is \"0\", not a whole number above 0")]
    public void BadMetadataIsRefused(string metadata, string problem)
    {
        var resources = ComponentFiles.Directory(("pubsub.yaml", ComponentFiles.Component("events", "pubsub.redis",
            $"  metadata:\n  - name: redisHost\n    value: {redis.Host}\n{metadata}")));
        var error = Assert.Throws<ComponentException>(() => ComponentSet.Load(resources, Path.GetTempPath(), "app"));
        Assert.Contains(problem, error.Message);
    }
}
