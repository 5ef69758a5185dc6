using System.Text;
using Npgsql;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Tests.State;

/// <summary>
/// <c>state.postgresql</c> against a real server: the conformance scenarios, and what only a shared
/// database shows — two stores (two processes) on one table, reopening, daprd's table layout, the
/// cleanup of expired rows. Each test has its own tables.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStateStoreTests(PostgresServer server) : StateStoreConformanceTests
{
    private readonly string table = "state_" + Guid.NewGuid().ToString("N")[..16];

    private PostgresStateStoreOptions Options => new(server.ConnectionString) { TableName = table, MetadataTableName = table + "_metadata" };

    protected override ITransactionalStateStore CreateStore(ManualTime time) => new PostgresStateStore(Options, time);

    // the ETag is the row's xmin, a number: "bad-etag" cannot be one (daprd answers 400 for it, not 409)
    protected override Type ForeignETagRefusal => typeof(StateETagInvalidException);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(StateItem? item) => Encoding.UTF8.GetString(item!.Value);

    private object? Scalar(string sql)
    {
        using var source = NpgsqlDataSource.Create(server.ConnectionString);
        using var command = source.CreateCommand(sql);
        return command.ExecuteScalar();
    }

    [Fact]
    public async Task TwoStoresOnOneTableSeeEachOthersWritesAndETags()
    {
        await using var first = new PostgresStateStore(Options, Time);
        await using var second = new PostgresStateStore(Options, Time);
        await first.SetAsync(new StateSetRequest("k", Bytes("from first")));
        var seen = await second.GetAsync("k");
        Assert.Equal("from first", Text(seen));

        await second.SetAsync(new StateSetRequest("k", Bytes("from second"), seen!.ETag));
        var changed = await first.GetAsync("k");
        Assert.Equal("from second", Text(changed));
        await Assert.ThrowsAsync<StateETagMismatchException>(() => first.SetAsync(new StateSetRequest("k", Bytes("stale"), seen.ETag)).AsTask());

        await first.DeleteAsync(new StateDeleteRequest("k", changed!.ETag));
        Assert.Null(await second.GetAsync("k"));
        await second.SetAsync(new StateSetRequest("once", Bytes("1"), Concurrency: StateConcurrency.FirstWrite));
        await Assert.ThrowsAsync<StateETagMismatchException>(() => first.SetAsync(new StateSetRequest("once", Bytes("2"), Concurrency: StateConcurrency.FirstWrite)).AsTask());
    }

    [Fact]
    public async Task IncrementsFromTwoStoresAtOnceAreNeverLost()
    {
        await using var first = new PostgresStateStore(Options, Time);
        await using var second = new PostgresStateStore(Options, Time);
        await first.SetAsync(new StateSetRequest("counter", Bytes("0")));
        var conflicts = 0;
        // Two writers through each store, on threads of their own, calling as a guest's host call
        // does (blocking on the result). Each round they all read, then all save with the ETag they
        // read: only one save per round may win, and the barrier makes the rounds really overlap.
        using var round = new Barrier(4);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var writers = new[] { first, first, second, second }.Select(store => new Thread(() =>
        {
            try
            {
                for (var done = 0; done < 25;)
                {
                    round.SignalAndWait();
                    var item = store.GetAsync("counter").AsTask().GetAwaiter().GetResult()!;
                    try
                    {
                        store.SetAsync(new StateSetRequest("counter", Bytes((int.Parse(Text(item)) + 1).ToString()), item.ETag)).AsTask().GetAwaiter().GetResult();
                        done++;
                    }
                    catch (StateETagMismatchException) { Interlocked.Increment(ref conflicts); }
                }
            }
            catch (Exception e) { failures.Enqueue(e); }   // reported below, not left to kill the test run
            finally { round.RemoveParticipant(); }   // so the others' rounds go on without this writer
        })).ToList();
        writers.ForEach(writer => writer.Start());
        writers.ForEach(writer => writer.Join());
        Assert.Empty(failures);
        Assert.Equal("100", Text(await second.GetAsync("counter")));
        Assert.True(conflicts > 0, "the writers never raced, so nothing was shown");
    }

    [Fact]
    public async Task WhatWasSavedSurvivesReopening()
    {
        await using (var first = new PostgresStateStore(Options, Time))
        {
            await first.SetAsync(new StateSetRequest("k", Bytes("kept")));
            await first.SetAsync(new StateSetRequest("t", Bytes("for a while"), TtlSeconds: 60));
        }
        await using var reopened = new PostgresStateStore(Options, Time);
        Assert.Equal("kept", Text(await reopened.GetAsync("k")));
        Assert.Equal(Time.GetUtcNow().AddSeconds(60), (await reopened.GetAsync("t"))!.ExpiresAt);
    }

    [Fact]
    public async Task StoresStartingTogetherOnANewTableAllStart()
    {
        // as several processes starting at once on a new database: all make the tables at the same
        // moment (not this test's usual ones, which the class's own store has made already)
        var options = Options with { TableName = table + "_new", MetadataTableName = table + "_new_metadata" };
        var stores = new PostgresStateStore[6];
        using var start = new Barrier(stores.Length);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var starters = Enumerable.Range(0, stores.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try { stores[i] = new PostgresStateStore(options, Time); }
            catch (Exception e) { failures.Enqueue(e); }
        })).ToList();
        starters.ForEach(starter => starter.Start());
        starters.ForEach(starter => starter.Join());
        Assert.Empty(failures);
        await stores[0].SetAsync(new StateSetRequest("k", Bytes("v")));
        foreach (var store in stores)
        {
            Assert.Equal("v", Text(await store.GetAsync("k")));
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task AnETagThatIsNotAnXminIsInvalidAndATransactionWithOneChangesNothing()
    {
        await using var store = new PostgresStateStore(Options, Time);
        await store.SetAsync(new StateSetRequest("k", Bytes("1")));
        await Assert.ThrowsAsync<StateETagInvalidException>(() => store.DeleteAsync(new StateDeleteRequest("k", "-1")).AsTask());
        await Assert.ThrowsAsync<StateETagInvalidException>(() => store.SetAsync(new StateSetRequest("k", Bytes("2"), "4294967296")).AsTask());
        await Assert.ThrowsAsync<StateETagInvalidException>(() => store.ExecuteAsync([
            new UpsertOperation(new StateSetRequest("other", Bytes("x"))),
            new DeleteOperation(new StateDeleteRequest("k", "abc")),
        ]).AsTask());
        Assert.Null(await store.GetAsync("other"));
        Assert.Equal("1", Text(await store.GetAsync("k")));
    }

    [Fact]
    public async Task AnExpiredRowsETagNoLongerMatches()
    {
        await using var store = new PostgresStateStore(Options, Time);
        await store.SetAsync(new StateSetRequest("k", Bytes("v"), TtlSeconds: 5));
        var etag = (await store.GetAsync("k"))!.ETag;
        Time.Advance(TimeSpan.FromSeconds(6));
        await Assert.ThrowsAsync<StateETagMismatchException>(() => store.SetAsync(new StateSetRequest("k", Bytes("w"), etag)).AsTask());
        await Assert.ThrowsAsync<StateETagMismatchException>(() => store.DeleteAsync(new StateDeleteRequest("k", etag)).AsTask());
    }

    [Fact]
    public async Task TheTablesAreDaprdsV1Layout()
    {
        await using var store = new PostgresStateStore(Options, Time);
        var columns = Scalar($"SELECT string_agg(column_name || ' ' || data_type || ' ' || is_nullable, ', ' ORDER BY column_name) FROM information_schema.columns WHERE table_name = '{table}'");
        Assert.Equal("expiredate timestamp with time zone YES, insertdate timestamp with time zone NO, isbinary boolean NO, key text NO, "
            + "row_id bigint NO, updatedate timestamp with time zone YES, value jsonb NO", columns);
        Assert.Equal("3", Scalar($"SELECT value FROM {table}_metadata WHERE key = 'migrations'"));

        // bytes are kept as daprd keeps bytes: a JSON string of their base64, with isbinary
        await store.SetAsync(new StateSetRequest("bin", [0, 255, 34, 92]));
        Assert.Equal("\"AP8iXA==\" true", Scalar($"SELECT value::text || ' ' || isbinary::text FROM {table} WHERE key = 'bin'"));
    }

    [Fact]
    public async Task AValueDaprdSavedAsJsonReadsAsDaprdReadsIt()
    {
        await using var store = new PostgresStateStore(Options, Time);
        Scalar($$"""INSERT INTO {{table}} (key, value, isbinary) VALUES ('fromdaprd', '{"a":[1, 2]}', false)""");
        var item = await store.GetAsync("fromdaprd");
        Assert.Equal("{\"a\": [1, 2]}", Text(item));
        await store.SetAsync(new StateSetRequest("fromdaprd", Bytes("replaced"), item!.ETag));
        Assert.Equal("replaced", Text(await store.GetAsync("fromdaprd")));
    }

    [Fact]
    public async Task CleanupDeletesExpiredRowsOncePerIntervalAcrossStores()
    {
        var options = Options with { CleanupInterval = TimeSpan.FromMinutes(10) };
        await using var first = new PostgresStateStore(options, Time);
        await using var second = new PostgresStateStore(options, Time);
        await first.SetAsync(new StateSetRequest("short", Bytes("v"), TtlSeconds: 1));
        await first.SetAsync(new StateSetRequest("long", Bytes("v"), TtlSeconds: 3600));
        await first.SetAsync(new StateSetRequest("forever", Bytes("v")));
        Time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(1, first.CleanupExpired());
        Assert.Equal(2L, Scalar($"SELECT count(*) FROM {table}"));
        // the other store finds the cleanup done a moment ago, and leaves it until the interval has passed
        await second.SetAsync(new StateSetRequest("short2", Bytes("v"), TtlSeconds: 1));
        Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(second.CleanupExpired());
        Assert.Equal(3L, Scalar($"SELECT count(*) FROM {table}"));
        Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, second.CleanupExpired());
        Assert.Equal(["forever", "long"], ((string[])Scalar($"SELECT array_agg(key ORDER BY key) FROM {table}")!));
    }

    [Fact]
    public async Task TheCleanupRunsByItselfEveryInterval()
    {
        await using var store = new PostgresStateStore(Options with { CleanupInterval = TimeSpan.FromMilliseconds(200) }, Time);
        await store.SetAsync(new StateSetRequest("short", Bytes("v"), TtlSeconds: 1));
        await store.SetAsync(new StateSetRequest("forever", Bytes("v")));
        Time.Advance(TimeSpan.FromSeconds(2));
        // the timer is a real one (only the TTLs follow the test's clock): wait for it, a bounded while
        for (var waited = 0; waited < 100 && (long)Scalar($"SELECT count(*) FROM {table}")! > 1; waited++) await Task.Delay(100);
        Assert.Equal("forever", Scalar($"SELECT string_agg(key, ',') FROM {table}"));
    }

    [Fact]
    public async Task ACancelledCallStopsWaitingOnAnotherWritersLock()
    {
        await using var store = new PostgresStateStore(Options, Time);
        await store.SetAsync(new StateSetRequest("k", Bytes("1")));
        await using var source = NpgsqlDataSource.Create(server.ConnectionString);
        await using var holder = await source.OpenConnectionAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand($"SELECT 1 FROM {table} WHERE key = 'k' FOR UPDATE", holder, transaction))
            await lockRow.ExecuteScalarAsync();

        // the save waits on the row lock until the caller's deadline, then gives up; nothing is written
        using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Run(() => store.SetAsync(new StateSetRequest("k", Bytes("2")), deadline.Token).AsTask()));
        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), $"cancelled only after {waited.Elapsed}");
        await transaction.RollbackAsync();
        Assert.Equal("1", Text(await store.GetAsync("k")));
    }
}
