using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Api;

/// <summary>
/// The state building block of the Dapr API, whichever door a call came through: get, save,
/// delete, bulk get and transactions on typed requests, with daprd's error codes and statuses as
/// <see cref="DaprError"/>s. Keys are stored as <c>APPID||key</c>, Dapr's default key prefix, so
/// several apps share a store without meeting. The HTTP routes (<c>/v1.0/state/…</c>, JSON bodies)
/// are the <c>…Async(store, body)</c> methods at the end, which parse with <see cref="StateJson"/>
/// and call the typed ones; the gRPC API calls the typed ones with its messages' fields.
/// </summary>
public sealed class StateApi(ComponentSet components, string appId)
{
    /// <summary>The stored item, or null when the key is missing.</summary>
    public async ValueTask<StateItem?> GetItemAsync(string storeName, string key, CancellationToken cancellation)
    {
        var store = Store(storeName);
        return await store.GetAsync(Prefixed(key), cancellation).ConfigureAwait(false);
    }

    /// <summary>Saves each item in turn; the first failure stops the rest, as daprd's per-item saves do.</summary>
    public async ValueTask SaveItemsAsync(string storeName, IReadOnlyList<StateSave> items, CancellationToken cancellation)
    {
        var store = Store(storeName);
        var requests = items.Select(ToSetRequest).ToList();
        foreach (var request in requests)
        {
            try
            {
                await store.SetAsync(request, cancellation).ConfigureAwait(false);
            }
            catch (StateETagMismatchException e) { throw new DaprError(409, "ERR_STATE_SAVE", $"failed saving state in state store {storeName}: {e.Message}"); }
            catch (StateETagInvalidException e) { throw new DaprError(400, "ERR_STATE_SAVE", $"failed saving state in state store {storeName}: {e.Message}"); }
        }
    }

    public async ValueTask DeleteItemAsync(string storeName, StateRemoval removal, CancellationToken cancellation)
    {
        var store = Store(storeName);
        try
        {
            await store.DeleteAsync(new StateDeleteRequest(Prefixed(removal.Key), removal.ETag, removal.Concurrency), cancellation).ConfigureAwait(false);
        }
        catch (StateETagMismatchException e) { throw new DaprError(409, "ERR_STATE_DELETE", $"failed deleting state with key {removal.Key}: {e.Message}"); }
        catch (StateETagInvalidException e) { throw new DaprError(400, "ERR_STATE_DELETE", $"failed deleting state with key {removal.Key}: {e.Message}"); }
    }

    /// <summary>One result per key, in order; a key that cannot be read carries its error rather than failing the others.</summary>
    public async ValueTask<IReadOnlyList<BulkStateResult>> BulkGetItemsAsync(string storeName, IReadOnlyList<string> keys, CancellationToken cancellation)
    {
        var store = Store(storeName);
        var results = new List<BulkStateResult>(keys.Count);
        foreach (var key in keys)
        {
            try
            {
                results.Add(new BulkStateResult(key, await store.GetAsync(Prefixed(key), cancellation).ConfigureAwait(false), null));
            }
            catch (DaprError e) { results.Add(new BulkStateResult(key, null, e.Message)); }
        }
        return results;
    }

    /// <summary>All operations or none. A store failure, an ETag mismatch included, is ERR_STATE_TRANSACTION (500), as daprd answers.</summary>
    public async ValueTask ExecuteTransactionAsync(string storeName, IReadOnlyList<StateChange> changes, CancellationToken cancellation)
    {
        var transactional = Transactional(storeName);
        var operations = changes.Select(change => change.Operation switch
        {
            "upsert" => (StateOperation)new UpsertOperation(ToSetRequest(change.Item)),
            "delete" => new DeleteOperation(new StateDeleteRequest(Prefixed(change.Item.Key), change.Item.ETag, change.Item.Concurrency)),
            _ => throw UnsupportedOperation(change.Operation),
        }).ToList();
        try
        {
            await transactional.ExecuteAsync(operations, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StateETagMismatchException or StateETagInvalidException)
        {
            throw new DaprError(500, "ERR_STATE_TRANSACTION", $"error while executing state transaction: {e.Message}");
        }
    }

    /// <summary>An operation other than upsert or delete (daprd: 400 over HTTP, Unimplemented over gRPC).</summary>
    public static DaprError UnsupportedOperation(string? operation) =>
        new(400, "ERR_NOT_SUPPORTED_STATE_OPERATION", $"operation type {operation} not supported");

    // ---- The HTTP routes: JSON in, daprd's HTTP answers out. ----

    public async ValueTask<DaprResponse> GetAsync(string storeName, string key, CancellationToken cancellation)
    {
        var item = await GetItemAsync(storeName, key, cancellation).ConfigureAwait(false);
        if (item is null) return DaprResponse.NoContent;
        var headers = new List<KeyValuePair<string, string>> { new("ETag", item.ETag) };
        if (item.ExpiresAt is { } expires) headers.Add(new("metadata." + TtlExpireTimeKey, FormatExpiry(expires)));
        return new DaprResponse(200, item.Value) { Headers = [.. headers] };
    }

    public async ValueTask<DaprResponse> SaveAsync(string storeName, ReadOnlyMemory<byte> body, CancellationToken cancellation)
    {
        Store(storeName);   // daprd looks the store up before it reads the body
        await SaveItemsAsync(storeName, StateJson.ParseSaves(body), cancellation).ConfigureAwait(false);
        return DaprResponse.NoContent;
    }

    public async ValueTask<DaprResponse> DeleteAsync(string storeName, string key, DaprRequest request, CancellationToken cancellation)
    {
        await DeleteItemAsync(storeName, new StateRemoval(key, request.Header("If-Match")), cancellation).ConfigureAwait(false);
        return DaprResponse.NoContent;
    }

    public async ValueTask<DaprResponse> BulkGetAsync(string storeName, ReadOnlyMemory<byte> body, CancellationToken cancellation)
    {
        Store(storeName);
        var results = await BulkGetItemsAsync(storeName, StateJson.ParseKeys(body), cancellation).ConfigureAwait(false);
        return DaprResponse.Json(200, StateJson.WriteBulk(results));
    }

    public async ValueTask<DaprResponse> TransactionAsync(string storeName, ReadOnlyMemory<byte> body, CancellationToken cancellation)
    {
        Transactional(storeName);   // an unsupported store is reported before a malformed body, as daprd does
        await ExecuteTransactionAsync(storeName, StateJson.ParseTransaction(body), cancellation).ConfigureAwait(false);
        return DaprResponse.NoContent;
    }

    /// <summary>The metadata key of an item's expiry: a header <c>metadata.ttlExpireTime</c> over HTTP, an entry <c>ttlExpireTime</c> over gRPC.</summary>
    public const string TtlExpireTimeKey = "ttlExpireTime";

    /// <summary>RFC 3339, as daprd writes <c>ttlExpireTime</c>.</summary>
    public static string FormatExpiry(DateTimeOffset expires) => expires.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ");

    private IStateStore Store(string name)
    {
        if (components.StateStores.Count == 0) throw new DaprError(500, "ERR_STATE_STORE_NOT_CONFIGURED", "state store is not configured");
        return components.StateStores.GetValueOrDefault(name) ?? throw new DaprError(400, "ERR_STATE_STORE_NOT_FOUND", $"state store {name} is not found");
    }

    private ITransactionalStateStore Transactional(string name) =>
        Store(name) as ITransactionalStateStore ?? throw new DaprError(500, "ERR_STATE_STORE_NOT_SUPPORTED", $"state store {name} doesn't support transaction");

    private string Prefixed(string key)
    {
        if (key.Length == 0) throw DaprError.Malformed("state key cannot be empty");
        if (key.Contains("||", StringComparison.Ordinal)) throw new DaprError(400, "ERR_MALFORMED_REQUEST", $"input key/keyPrefix '{key}' can't contain '||'");
        return $"{appId}||{key}";
    }

    private StateSetRequest ToSetRequest(StateSave item)
    {
        var key = Prefixed(item.Key);
        long? ttl;
        try
        {
            ttl = StateTtl.Parse(item.TtlSeconds);
        }
        catch (StateTtlInvalidException e) { throw new DaprError(400, "ERR_STATE_SAVE", e.Message); }
        return new StateSetRequest(key, item.Value, item.ETag, item.Concurrency, ttl);
    }
}

/// <summary>
/// One item to save, as either transport carries it: the key as the app names it (no prefix), the
/// value's bytes as they are to be stored, the ETag it must match (null: none given), and
/// <c>ttlInSeconds</c> as given (checked when saved).
/// </summary>
public sealed record StateSave(string Key, byte[] Value, string? ETag = null, StateConcurrency Concurrency = StateConcurrency.LastWrite, string? TtlSeconds = null);

/// <summary>A delete: the key as the app names it, the ETag it must match (null: none given).</summary>
public sealed record StateRemoval(string Key, string? ETag = null, StateConcurrency Concurrency = StateConcurrency.LastWrite);

/// <summary>One operation of a transaction: "upsert" saves <see cref="Item"/>; "delete" deletes its key (with its ETag, if any).</summary>
public sealed record StateChange(string Operation, StateSave Item);

/// <summary>A bulk get's answer for one key: the item (null when missing), or why it could not be read.</summary>
public sealed record BulkStateResult(string Key, StateItem? Item, string? Error);
