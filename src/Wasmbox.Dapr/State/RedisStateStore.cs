using System.Globalization;
using StackExchange.Redis;

namespace Wasmbox.Dapr.State;

/// <summary>
/// <c>state.redis</c> on StackExchange.Redis, in Dapr's layout: each key is a hash
/// <c>{data, version}</c> whose version is the ETag and goes up by one on every write, with TTLs as
/// Redis expiries, so daprd and Wasmbox can share the keys. Every change is one Lua script that
/// checks all ETags before it writes anything, so a transaction applies all or nothing and two
/// writers racing on an ETag cannot both win.
/// </summary>
/// <remarks>
/// Guests reach a store from a host function that waits for the answer on whatever thread it is
/// on, so every call here uses the client's synchronous API and returns a completed task: nothing
/// waits for a thread-pool continuation.
/// </remarks>
public sealed class RedisStateStore : ITransactionalStateStore
{
    // One round trip, so the value, its version and its remaining time are read together.
    private const string GetScript = """
        local fields = redis.call('HMGET', KEYS[1], 'data', 'version')
        if not fields[2] then return false end
        return {fields[1], fields[2], redis.call('PTTL', KEYS[1])}
        """;

    // ARGV holds five values per key: kind (u or d), ETag ('' for none), first-write (1 or 0),
    // value, TTL seconds (above 0 sets an expiry, anything else removes one). Every check runs
    // against the state the earlier operations leave, before any write; the answer is 0, or the
    // 1-based index of the operation whose ETag (or first-write) failed.
    private const string WriteScript = """
        local versions = {}
        local function current(key)
          local v = versions[key]
          if v == nil then
            v = redis.call('HGET', key, 'version')
            if v then v = tonumber(v) end
            versions[key] = v
          end
          return v
        end
        for i = 1, #KEYS do
          local key, base = KEYS[i], (i - 1) * 5
          local kind, etag, first = ARGV[base + 1], ARGV[base + 2], ARGV[base + 3]
          local v = current(key)
          if etag ~= '' then
            if not v or tostring(v) ~= etag then return i end
          elseif first == '1' and v then
            return i
          end
          if kind == 'u' then versions[key] = (v or 0) + 1 else versions[key] = false end
        end
        for i = 1, #KEYS do
          local key, base = KEYS[i], (i - 1) * 5
          if ARGV[base + 1] == 'u' then
            redis.call('HSET', key, 'data', ARGV[base + 4])
            redis.call('HINCRBY', key, 'version', 1)
            local ttl = tonumber(ARGV[base + 5])
            if ttl > 0 then redis.call('EXPIRE', key, ttl) else redis.call('PERSIST', key) end
          else
            redis.call('DEL', key)
          end
        end
        return 0
        """;

    private readonly ConnectionMultiplexer connection;
    private readonly IDatabase database;
    private readonly long? defaultTtlSeconds;

    /// <param name="connection">the connection, owned (and closed) by the store</param>
    /// <param name="defaultTtlSeconds">Dapr's <c>ttlInSeconds</c> component metadata: the TTL of a write that names none</param>
    public RedisStateStore(ConnectionMultiplexer connection, long? defaultTtlSeconds = null)
    {
        this.connection = connection;
        database = connection.GetDatabase();
        this.defaultTtlSeconds = defaultTtlSeconds;
    }

    public IReadOnlyList<string> Features { get; } = ["ETAG", "TRANSACTIONAL", "TTL"];

    public ValueTask<StateItem?> GetAsync(string key, CancellationToken cancellation = default)
    {
        var result = database.ScriptEvaluate(GetScript, [key]);
        if (result.IsNull) return ValueTask.FromResult<StateItem?>(null);
        var fields = (RedisResult[])result!;
        var milliseconds = (long)fields[2];
        // PTTL is -1 for a key without expiry; the server's clock decides, this only reports it.
        DateTimeOffset? expires = milliseconds >= 0 ? DateTimeOffset.UtcNow.AddMilliseconds(milliseconds) : null;
        return ValueTask.FromResult<StateItem?>(new StateItem((byte[])fields[0]! ?? [], (string)fields[1]!, expires));
    }

    public ValueTask SetAsync(StateSetRequest request, CancellationToken cancellation = default) => ExecuteAsync([new UpsertOperation(request)], cancellation);

    public ValueTask DeleteAsync(StateDeleteRequest request, CancellationToken cancellation = default) => ExecuteAsync([new DeleteOperation(request)], cancellation);

    public ValueTask ExecuteAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellation = default)
    {
        if (operations.Count == 0) return ValueTask.CompletedTask;
        var keys = new RedisKey[operations.Count];
        var arguments = new RedisValue[operations.Count * 5];
        for (var i = 0; i < operations.Count; i++)
        {
            keys[i] = operations[i].Key;
            var (kind, etag, concurrency, value, ttl) = operations[i] switch
            {
                UpsertOperation { Request: var set } => ("u", set.ETag, set.Concurrency, set.Value, set.TtlSeconds ?? defaultTtlSeconds ?? 0),
                DeleteOperation { Request: var delete } => ("d", delete.ETag, StateConcurrency.LastWrite, [], 0L),
                var other => throw new ArgumentException($"unknown operation {other.GetType().Name}"),
            };
            arguments[i * 5] = kind;
            arguments[i * 5 + 1] = Version(operations[i].Key, etag);
            arguments[i * 5 + 2] = concurrency == StateConcurrency.FirstWrite ? "1" : "0";
            arguments[i * 5 + 3] = value;
            arguments[i * 5 + 4] = ttl;
        }
        var failed = (int)database.ScriptEvaluate(WriteScript, keys, arguments);
        if (failed > 0) throw new StateETagMismatchException(operations[failed - 1].Key);
        return ValueTask.CompletedTask;
    }

    /// <summary>The ETag as the script compares it ("" for none); versions are whole numbers from 1, so anything else was never issued here.</summary>
    /// <exception cref="StateETagInvalidException">the ETag is not a version number</exception>
    private static string Version(string key, string? etag)
    {
        if (string.IsNullOrEmpty(etag)) return "";
        if (!long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
            throw new StateETagInvalidException(key, etag);
        return etag;
    }

    public ValueTask DisposeAsync()
    {
        connection.Dispose();
        return ValueTask.CompletedTask;
    }
}
