using System.Text;
using System.Text.Json;
using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Api;

/// <summary>
/// The state routes of the Dapr API (<c>/v1.0/state/…</c>): get, save, delete, bulk get and
/// transactions, with daprd's statuses and error codes. Keys are stored as <c>APPID||key</c>,
/// Dapr's default key prefix, so several apps share a store without meeting.
/// </summary>
public sealed class StateApi(ComponentSet components, string appId)
{
    public async ValueTask<DaprResponse> GetAsync(string storeName, string key, CancellationToken cancellation)
    {
        var store = Store(storeName);
        var item = await store.GetAsync(Prefixed(key), cancellation).ConfigureAwait(false);
        if (item is null) return DaprResponse.NoContent;
        var headers = new List<KeyValuePair<string, string>> { new("ETag", item.ETag) };
        if (item.ExpiresAt is { } expires) headers.Add(new("metadata.ttlExpireTime", expires.ToString("yyyy-MM-ddTHH:mm:ssZ")));
        return new DaprResponse(200, item.Value) { Headers = [.. headers] };
    }

    public async ValueTask<DaprResponse> SaveAsync(string storeName, ReadOnlyMemory<byte> body, CancellationToken cancellation)
    {
        var store = Store(storeName);
        var items = ParseArray(body);
        var requests = items.Select(item => ToSetRequest(item)).ToList();
        foreach (var request in requests)
        {
            try
            {
                await store.SetAsync(request, cancellation).ConfigureAwait(false);
            }
            catch (StateETagMismatchException e) { throw new DaprError(409, "ERR_STATE_SAVE", $"failed saving state in state store {storeName}: {e.Message}"); }
            catch (StateETagInvalidException e) { throw new DaprError(400, "ERR_STATE_SAVE", $"failed saving state in state store {storeName}: {e.Message}"); }
        }
        return DaprResponse.NoContent;
    }

    public async ValueTask<DaprResponse> DeleteAsync(string storeName, string key, DaprRequest request, CancellationToken cancellation)
    {
        var store = Store(storeName);
        try
        {
            await store.DeleteAsync(new StateDeleteRequest(Prefixed(key), request.Header("If-Match")), cancellation).ConfigureAwait(false);
        }
        catch (StateETagMismatchException e) { throw new DaprError(409, "ERR_STATE_DELETE", $"failed deleting state with key {key}: {e.Message}"); }
        catch (StateETagInvalidException e) { throw new DaprError(400, "ERR_STATE_DELETE", $"failed deleting state with key {key}: {e.Message}"); }
        return DaprResponse.NoContent;
    }

    public async ValueTask<DaprResponse> BulkGetAsync(string storeName, ReadOnlyMemory<byte> body, CancellationToken cancellation)
    {
        var store = Store(storeName);
        var document = Parse(body);
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
            throw DaprError.Malformed("failed deserializing HTTP body: a bulk get is {\"keys\":[...]}");
        using var output = new MemoryStream();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartArray();
            foreach (var keyElement in keys.EnumerateArray())
            {
                if (keyElement.ValueKind != JsonValueKind.String) throw DaprError.Malformed("failed deserializing HTTP body: keys must be strings");
                var key = keyElement.GetString()!;
                writer.WriteStartObject();
                writer.WriteString("key", key);
                try
                {
                    if (await store.GetAsync(Prefixed(key), cancellation).ConfigureAwait(false) is { } item)
                    {
                        writer.WritePropertyName("data");
                        WriteData(writer, item.Value);
                        writer.WriteString("etag", item.ETag);
                    }
                }
                catch (DaprError e) { writer.WriteString("error", e.Message); }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return DaprResponse.Json(200, output.ToArray());
    }

    public async ValueTask<DaprResponse> TransactionAsync(string storeName, ReadOnlyMemory<byte> body, CancellationToken cancellation)
    {
        var store = Store(storeName);
        if (store is not ITransactionalStateStore transactional)
            throw new DaprError(500, "ERR_STATE_STORE_NOT_SUPPORTED", $"state store {storeName} doesn't support transaction");
        var document = Parse(body);
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
            throw DaprError.Malformed("failed deserializing HTTP body: a transaction is {\"operations\":[...]}");
        var list = new List<StateOperation>();
        foreach (var operation in operations.EnumerateArray())
        {
            if (operation.ValueKind != JsonValueKind.Object) throw DaprError.Malformed("failed deserializing HTTP body: each operation is an object");
            var kind = operation.ValueKind == JsonValueKind.Object && operation.TryGetProperty("operation", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            if (!operation.TryGetProperty("request", out var request) || request.ValueKind != JsonValueKind.Object)
                throw DaprError.Malformed("failed deserializing HTTP body: each operation needs a request");
            list.Add(kind switch
            {
                "upsert" => new UpsertOperation(ToSetRequest(request)),
                "delete" => new DeleteOperation(new StateDeleteRequest(Prefixed(Key(request)), ETag(request), Concurrency(request))),
                _ => throw new DaprError(400, "ERR_NOT_SUPPORTED_STATE_OPERATION", $"operation type {kind} not supported"),
            });
        }
        try
        {
            await transactional.ExecuteAsync(list, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StateETagMismatchException or StateETagInvalidException)
        {
            throw new DaprError(500, "ERR_STATE_TRANSACTION", $"error while executing state transaction: {e.Message}");
        }
        return DaprResponse.NoContent;
    }

    private IStateStore Store(string name)
    {
        if (components.StateStores.Count == 0) throw new DaprError(500, "ERR_STATE_STORE_NOT_CONFIGURED", "state store is not configured");
        return components.StateStores.GetValueOrDefault(name) ?? throw new DaprError(400, "ERR_STATE_STORE_NOT_FOUND", $"state store {name} is not found");
    }

    private string Prefixed(string key)
    {
        if (key.Contains("||", StringComparison.Ordinal)) throw new DaprError(400, "ERR_MALFORMED_REQUEST", $"input key/keyPrefix '{key}' can't contain '||'");
        return $"{appId}||{key}";
    }

    private StateSetRequest ToSetRequest(JsonElement item)
    {
        var key = Prefixed(Key(item));
        var value = item.TryGetProperty("value", out var v) ? Encoding.UTF8.GetBytes(v.GetRawText()) : [];
        long? ttl = null;
        if (item.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty(StateTtl.MetadataKey, out var ttlValue))
        {
            try
            {
                ttl = StateTtl.Parse(ttlValue.ValueKind == JsonValueKind.String ? ttlValue.GetString() : ttlValue.GetRawText());
            }
            catch (StateTtlInvalidException e) { throw new DaprError(400, "ERR_STATE_SAVE", e.Message); }
        }
        return new StateSetRequest(key, value, ETag(item), Concurrency(item), ttl);
    }

    private static string Key(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String && key.GetString() is { Length: > 0 } text
            ? text
            : throw DaprError.Malformed("failed deserializing HTTP body: each item needs a \"key\" string");

    private static string? ETag(JsonElement item)
    {
        if (!item.TryGetProperty("etag", out var etag) || etag.ValueKind == JsonValueKind.Null) return null;
        return etag.ValueKind == JsonValueKind.String ? etag.GetString() : throw DaprError.Malformed("failed deserializing HTTP body: \"etag\" must be a string");
    }

    private static StateConcurrency Concurrency(JsonElement item) =>
        item.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Object &&
        options.TryGetProperty("concurrency", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() == "first-write"
            ? StateConcurrency.FirstWrite
            : StateConcurrency.LastWrite;

    private static JsonElement.ArrayEnumerator ParseArray(ReadOnlyMemory<byte> body)
    {
        var document = Parse(body);
        return document.ValueKind == JsonValueKind.Array
            ? document.EnumerateArray()
            : throw DaprError.Malformed("failed deserializing HTTP body: a save is a JSON array of {\"key\",\"value\"}");
    }

    private static JsonElement Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException e) { throw DaprError.Malformed($"failed deserializing HTTP body: {e.Message}"); }
    }

    /// <summary>A stored value inside a bulk answer: as JSON when it is JSON, else as a string, as daprd writes it.</summary>
    private static void WriteData(Utf8JsonWriter writer, byte[] value)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            document.RootElement.WriteTo(writer);
        }
        catch (JsonException)
        {
            writer.WriteStringValue(Encoding.UTF8.GetString(value));
        }
    }
}
