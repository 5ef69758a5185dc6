using System.Text;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Tests.State;

/// <summary>
/// What every state store must do, the scenarios of Dapr's state conformance suite (etag,
/// first-write, ttl, transactions, value round-trips): each store is a subclass.
/// </summary>
public abstract class StateStoreConformanceTests : IAsyncLifetime
{
    protected ManualTime Time { get; } = new();
    private ITransactionalStateStore store = null!;

    protected abstract ITransactionalStateStore CreateStore(ManualTime time);

    /// <summary>An ETag of the store's own form that it never issued (Dapr's conformance <c>badEtag</c>).</summary>
    protected virtual string BadETag => "bad-etag";

    /// <summary>The time TTLs are measured against: the manual clock, unless the store's server keeps the time.</summary>
    protected virtual DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Lets <paramref name="by"/> pass: the manual clock moves, or a store whose expiry is its server's waits for real.</summary>
    protected virtual Task AdvanceTime(TimeSpan by)
    {
        Time.Advance(by);
        return Task.CompletedTask;
    }

    /// <summary>How far a reported expiry may be from the one asked for (a server's clock is read over the wire).</summary>
    protected virtual TimeSpan ExpiryPrecision => TimeSpan.Zero;

    protected ITransactionalStateStore Store => store;

    /// <summary>What the store throws for an ETag it could never have issued: a mismatch where ETags are any text, invalid where they have a form (numbers).</summary>
    protected virtual Type ForeignETagRefusal => typeof(StateETagMismatchException);

    public Task InitializeAsync()
    {
        store = CreateStore(Time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("{\"a\":[1,2,{\"b\":null}]}")]
    [InlineData("\u00e9\u4e2d\U0001F600")]
    public async Task ValuesRoundTripByteForByte(string text)
    {
        await store.SetAsync(new StateSetRequest("k", Bytes(text)));
        var item = await store.GetAsync("k");
        Assert.Equal(Bytes(text), item!.Value);
        Assert.False(string.IsNullOrEmpty(item.ETag));
        Assert.Null(await store.GetAsync("missing"));
    }

    [Fact]
    public async Task BinaryValuesRoundTrip()
    {
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        await store.SetAsync(new StateSetRequest("bin", bytes));
        Assert.Equal(bytes, (await store.GetAsync("bin"))!.Value);
    }

    [Fact]
    public async Task AnETagMustMatchAndRotatesOnEveryWrite()
    {
        await store.SetAsync(new StateSetRequest("k", Bytes("1")));
        var first = (await store.GetAsync("k"))!.ETag;
        await store.SetAsync(new StateSetRequest("k", Bytes("2"), first));
        var second = (await store.GetAsync("k"))!.ETag;
        Assert.NotEqual(first, second);
        await Assert.ThrowsAsync<StateETagMismatchException>(() => store.SetAsync(new StateSetRequest("k", Bytes("3"), first)).AsTask());
        Assert.IsType(ForeignETagRefusal, await Record.ExceptionAsync(() => store.SetAsync(new StateSetRequest("k", Bytes("3"), BadETag)).AsTask()));
        Assert.Equal(Bytes("2"), (await store.GetAsync("k"))!.Value);

        await Assert.ThrowsAsync<StateETagMismatchException>(() => store.DeleteAsync(new StateDeleteRequest("k", first)).AsTask());
        await store.DeleteAsync(new StateDeleteRequest("k", second));
        Assert.Null(await store.GetAsync("k"));
        await Assert.ThrowsAsync<StateETagMismatchException>(() => store.SetAsync(new StateSetRequest("gone", Bytes("x"), second)).AsTask());
    }

    [Fact]
    public async Task FirstWriteOnlyInsertsWithoutAnETag()
    {
        await store.SetAsync(new StateSetRequest("k", Bytes("1"), Concurrency: StateConcurrency.FirstWrite));
        await Assert.ThrowsAsync<StateETagMismatchException>(() => store.SetAsync(new StateSetRequest("k", Bytes("2"), Concurrency: StateConcurrency.FirstWrite)).AsTask());
        var etag = (await store.GetAsync("k"))!.ETag;
        await store.SetAsync(new StateSetRequest("k", Bytes("2"), etag, StateConcurrency.FirstWrite));
        await Assert.ThrowsAsync<StateETagMismatchException>(() => store.SetAsync(new StateSetRequest("k", Bytes("3"), etag, StateConcurrency.FirstWrite)).AsTask());
        Assert.Equal(Bytes("2"), (await store.GetAsync("k"))!.Value);
        // last-write without an ETag is an upsert
        await store.SetAsync(new StateSetRequest("k", Bytes("4")));
        Assert.Equal(Bytes("4"), (await store.GetAsync("k"))!.Value);
    }

    [Fact]
    public async Task TtlExpiresAndMinusOneRemovesIt()
    {
        var start = Now;
        await store.SetAsync(new StateSetRequest("k", Bytes("v"), TtlSeconds: 3));
        await store.SetAsync(new StateSetRequest("kept", Bytes("v"), TtlSeconds: 3));
        await store.SetAsync(new StateSetRequest("kept", Bytes("w"), TtlSeconds: -1));
        await store.SetAsync(new StateSetRequest("e", Bytes("v"), TtlSeconds: 1));
        var item = await store.GetAsync("k");
        var expires = Assert.NotNull(item!.ExpiresAt);
        Assert.InRange(expires, start.AddSeconds(3) - ExpiryPrecision, start.AddSeconds(3) + ExpiryPrecision);

        await AdvanceTime(TimeSpan.FromSeconds(1.5));
        Assert.NotNull(await store.GetAsync("k"));
        // an expired key is missing, for first-write too
        Assert.Null(await store.GetAsync("e"));
        await store.SetAsync(new StateSetRequest("e", Bytes("again"), Concurrency: StateConcurrency.FirstWrite));

        await AdvanceTime(TimeSpan.FromSeconds(2));
        Assert.Null(await store.GetAsync("k"));
        var kept = await store.GetAsync("kept");
        Assert.Equal(Bytes("w"), kept!.Value);
        Assert.Null(kept.ExpiresAt);
    }

    [Fact]
    public async Task TransactionsApplyAllOrNothing()
    {
        await store.SetAsync(new StateSetRequest("a", Bytes("1")));
        var etagA = (await store.GetAsync("a"))!.ETag;
        await store.ExecuteAsync([
            new UpsertOperation(new StateSetRequest("a", Bytes("2"), etagA)),
            new UpsertOperation(new StateSetRequest("b", Bytes("new"))),
            new DeleteOperation(new StateDeleteRequest("c")),
        ]);
        Assert.Equal(Bytes("2"), (await store.GetAsync("a"))!.Value);
        Assert.Equal(Bytes("new"), (await store.GetAsync("b"))!.Value);

        await Assert.ThrowsAsync<StateETagMismatchException>(() => store.ExecuteAsync([
            new UpsertOperation(new StateSetRequest("b", Bytes("changed"))),
            new DeleteOperation(new StateDeleteRequest("a", etagA)),   // stale: the whole transaction fails
        ]).AsTask());
        Assert.Equal(Bytes("new"), (await store.GetAsync("b"))!.Value);
        Assert.Equal(Bytes("2"), (await store.GetAsync("a"))!.Value);
    }

    [Fact]
    public async Task ConcurrentETagWritersNeverLoseAnIncrement()
    {
        await store.SetAsync(new StateSetRequest("counter", Bytes("0")));
        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var done = 0; done < 25;)
            {
                var item = (await store.GetAsync("counter"))!;
                var next = int.Parse(Encoding.UTF8.GetString(item.Value)) + 1;
                try
                {
                    await store.SetAsync(new StateSetRequest("counter", Bytes(next.ToString()), item.ETag));
                    done++;
                }
                catch (StateETagMismatchException) { }
            }
        }));
        await Task.WhenAll(writers);
        Assert.Equal("100", Encoding.UTF8.GetString((await store.GetAsync("counter"))!.Value));
    }
}

public sealed class InMemoryStateStoreTests : StateStoreConformanceTests
{
    protected override ITransactionalStateStore CreateStore(ManualTime time) => new InMemoryStateStore(time);
}

public sealed class SqliteStateStoreTests : StateStoreConformanceTests
{
    protected override ITransactionalStateStore CreateStore(ManualTime time) =>
        new SqliteStateStore(Path.Combine(Directory.CreateTempSubdirectory("wasmbox-sqlite-state-").FullName, "state.db"), time: time);

    [Fact]
    public async Task WhatWasSavedSurvivesReopening()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("wasmbox-sqlite-state-").FullName, "state.db");
        await using (var first = new SqliteStateStore(path, time: Time))
            await first.SetAsync(new StateSetRequest("k", Encoding.UTF8.GetBytes("kept")));
        await using var second = new SqliteStateStore(path, time: Time);
        Assert.Equal("kept", Encoding.UTF8.GetString((await second.GetAsync("k"))!.Value));
    }
}
