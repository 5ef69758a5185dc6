using System.Text;
using StackExchange.Redis;
using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.Tests.Components;
using Wasmbox.Dapr.State;
using Wasmbox.Testing;

namespace Wasmbox.Dapr.Tests.State;

/// <summary>
/// state.redis against a real redis-server: the conformance scenarios (expiry is the server's, so
/// the TTL test waits for real), plus what is Redis's own: Dapr's key layout, ETags that are
/// version numbers, the component's metadata, and what Redis kept through a crash.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisStateStoreTests(RedisServer redis) : StateStoreConformanceTests
{
    /// <summary>A connection made as the components make theirs, from Dapr's metadata.</summary>
    private ConnectionMultiplexer Connect() => RedisConnection.Connect(new Dictionary<string, string> { ["redisHost"] = redis.Host });

    protected override ITransactionalStateStore CreateStore(ManualTime time)
    {
        redis.FlushAll();
        return new RedisStateStore(Connect());
    }

    // Versions are numbers: one of that form that was never issued, as Dapr's conformance config for Redis has it.
    protected override string BadETag => "9999999";
    protected override DateTimeOffset Now => DateTimeOffset.UtcNow;
    protected override Task AdvanceTime(TimeSpan by) => Task.Delay(by);
    protected override TimeSpan ExpiryPrecision => TimeSpan.FromSeconds(1);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task KeysAreHashesOfDataAndVersionAsDaprLaysThemOut()
    {
        await Store.SetAsync(new StateSetRequest("app||k", Bytes("{\"n\":1}")));
        Assert.Equal("1", (await Store.GetAsync("app||k"))!.ETag);
        await Store.SetAsync(new StateSetRequest("app||k", Bytes("{\"n\":2}"), "1"));
        using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Host);
        var hash = (await connection.GetDatabase().HashGetAllAsync("app||k")).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
        Assert.Equal(new Dictionary<string, string> { ["data"] = "{\"n\":2}", ["version"] = "2" }, hash);
        Assert.Equal("2", (await Store.GetAsync("app||k"))!.ETag);
    }

    [Fact]
    public async Task AnETagThatIsNotAVersionIsInvalidRatherThanAMismatch()
    {
        await Store.SetAsync(new StateSetRequest("k", Bytes("v")));
        await Assert.ThrowsAsync<StateETagInvalidException>(() => Store.SetAsync(new StateSetRequest("k", Bytes("w"), "bad-etag")).AsTask());
        await Assert.ThrowsAsync<StateETagInvalidException>(() => Store.DeleteAsync(new StateDeleteRequest("k", "0")).AsTask());
        await Assert.ThrowsAsync<StateETagInvalidException>(() => Store.ExecuteAsync([
            new UpsertOperation(new StateSetRequest("other", Bytes("x"))),
            new DeleteOperation(new StateDeleteRequest("k", "-3")),
        ]).AsTask());
        Assert.Null(await Store.GetAsync("other"));   // refused before anything was written
        Assert.Equal(Bytes("v"), (await Store.GetAsync("k"))!.Value);
    }

    [Fact]
    public async Task ATransactionSeesItsOwnEarlierOperations()
    {
        await Store.ExecuteAsync([
            new UpsertOperation(new StateSetRequest("t", Bytes("1"))),
            new UpsertOperation(new StateSetRequest("t", Bytes("2"), "1")),   // the version the first operation made
            new DeleteOperation(new StateDeleteRequest("t", "2")),
            new UpsertOperation(new StateSetRequest("t", Bytes("3"), Concurrency: StateConcurrency.FirstWrite)),
        ]);
        var item = (await Store.GetAsync("t"))!;
        Assert.Equal(Bytes("3"), item.Value);
        Assert.Equal("1", item.ETag);   // deleted and written again: a new key, as with Dapr
    }

    [Fact]
    public async Task TheComponentReadsDaprsMetadataAndADefaultTtl()
    {
        var resources = ComponentFiles.Directory(("redis.yaml", ComponentFiles.Component("cache", "state.redis",
            $"  metadata:\n  - name: redisHost\n    value: {redis.Host}\n  - name: redisDB\n    value: \"3\"\n  - name: ttlInSeconds\n    value: \"100\"\n")));
        await using var set = ComponentSet.Load(resources, System.IO.Directory.CreateTempSubdirectory("wasmbox-data-").FullName, "app");
        var store = Assert.IsType<RedisStateStore>(set.StateStores["cache"]);
        await store.SetAsync(new StateSetRequest("k", Bytes("v")));
        var expires = (await store.GetAsync("k"))!.ExpiresAt;
        Assert.InRange(expires!.Value, DateTimeOffset.UtcNow.AddSeconds(98), DateTimeOffset.UtcNow.AddSeconds(101));
        await store.SetAsync(new StateSetRequest("k", Bytes("v"), TtlSeconds: -1));
        Assert.Null((await store.GetAsync("k"))!.ExpiresAt);
        using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Host);
        Assert.True(await connection.GetDatabase(3).KeyExistsAsync("k"));   // redisDB chose the database
        Assert.False(await connection.GetDatabase(0).KeyExistsAsync("k"));
    }

    [Fact]
    public async Task ManyBlockingCallersOnThePoolDoNotStarveTheReplies()
    {
        // Guests call the store from a host function that blocks its thread-pool thread until the
        // reply: with far more of them than cores, the replies must still be read.
        await Store.SetAsync(new StateSetRequest("shared", Bytes("0")));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var callers = Enumerable.Range(0, 64).Select(i => Task.Run(() =>
        {
            for (var n = 0; n < 20; n++)
            {
                Store.SetAsync(new StateSetRequest($"caller{i}", Bytes(n.ToString()))).AsTask().GetAwaiter().GetResult();
                Assert.NotNull(Store.GetAsync("shared").AsTask().GetAwaiter().GetResult());
            }
        })).ToArray();
        await Task.WhenAll(callers);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"64 blocking callers took {clock.Elapsed.TotalSeconds:F1} s for 2560 calls");
    }

    [Theory]
    [InlineData("  metadata:\n  - name: redisHost\n    value: HOST\n  - name: redisType\n    value: cluster\n", "unknown metadata \"redisType\" for state.redis")]
    [InlineData("  metadata:\n  - name: redisPassword\n    value: x\n", "metadata redisHost is missing")]
    [InlineData("  metadata:\n  - name: redisHost\n    value: HOST\n  - name: ttlInSeconds\n    value: soon\n", "incorrect value for metadata 'ttlInSeconds': soon")]
    [InlineData("  metadata:\n  - name: redisHost\n    value: HOST\n  - name: redisDB\n    value: first\n", "metadata redisDB is \"first\"")]
    [InlineData("  metadata:\n  - name: redisHost\n    value: 127.0.0.1:1\n", "cannot connect to Redis at 127.0.0.1:1")]
    public void BadMetadataIsRefusedWithTheFileAndLine(string metadata, string problem)
    {
        var resources = ComponentFiles.Directory(("store.yaml", ComponentFiles.Component("store", "state.redis", metadata.Replace("HOST", redis.Host))));
        var error = Assert.Throws<ComponentException>(() => ComponentSet.Load(resources, Path.GetTempPath(), "app"));
        Assert.StartsWith("store.yaml:1: component store: ", error.Message);
        Assert.Contains(problem, error.Message);
    }
}
