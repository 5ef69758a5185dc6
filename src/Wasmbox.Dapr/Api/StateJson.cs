using System.Text;
using System.Text.Json;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Api;

/// <summary>
/// The JSON bodies of the HTTP state routes, read into <see cref="StateApi"/>'s typed requests and
/// written from its results, with daprd's 400 ERR_MALFORMED_REQUEST for what does not parse.
/// A value is stored as its JSON text, as daprd stores what an HTTP caller sent.
/// </summary>
public static class StateJson
{
    /// <summary><c>[{"key","value","etag"?,"metadata"?:{"ttlInSeconds"},"options"?:{"concurrency"}}]</c></summary>
    public static IReadOnlyList<StateSave> ParseSaves(ReadOnlyMemory<byte> body)
    {
        var document = Parse(body);
        if (document.ValueKind != JsonValueKind.Array) throw DaprError.Malformed("failed deserializing HTTP body: a save is a JSON array of {\"key\",\"value\"}");
        return [.. document.EnumerateArray().Select(Item)];
    }

    /// <summary><c>{"keys":[…]}</c></summary>
    public static IReadOnlyList<string> ParseKeys(ReadOnlyMemory<byte> body)
    {
        var document = Parse(body);
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
            throw DaprError.Malformed("failed deserializing HTTP body: a bulk get is {\"keys\":[...]}");
        return [.. keys.EnumerateArray().Select(key => key.ValueKind == JsonValueKind.String ? key.GetString()! : throw DaprError.Malformed("failed deserializing HTTP body: keys must be strings"))];
    }

    /// <summary><c>{"operations":[{"operation":"upsert|delete","request":{…}}]}</c></summary>
    public static IReadOnlyList<StateChange> ParseTransaction(ReadOnlyMemory<byte> body)
    {
        var document = Parse(body);
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
            throw DaprError.Malformed("failed deserializing HTTP body: a transaction is {\"operations\":[...]}");
        var changes = new List<StateChange>();
        foreach (var operation in operations.EnumerateArray())
        {
            if (operation.ValueKind != JsonValueKind.Object) throw DaprError.Malformed("failed deserializing HTTP body: each operation is an object");
            var kind = operation.TryGetProperty("operation", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            if (!operation.TryGetProperty("request", out var request) || request.ValueKind != JsonValueKind.Object)
                throw DaprError.Malformed("failed deserializing HTTP body: each operation needs a request");
            // An unknown operation is reported as such even when its request would not parse.
            if (kind is not ("upsert" or "delete")) throw StateApi.UnsupportedOperation(kind);
            changes.Add(new StateChange(kind, Item(request)));
        }
        return changes;
    }

    /// <summary><c>[{"key","data"?,"etag"?,"error"?}]</c>: a missing key has no data.</summary>
    public static byte[] WriteBulk(IReadOnlyList<BulkStateResult> results)
    {
        using var output = new MemoryStream();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("key", result.Key);
                if (result.Item is { } item)
                {
                    writer.WritePropertyName("data");
                    WriteData(writer, item.Value);
                    writer.WriteString("etag", item.ETag);
                }
                if (result.Error is { } error) writer.WriteString("error", error);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return output.ToArray();
    }

    private static StateSave Item(JsonElement item)
    {
        var key = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String && k.GetString() is { Length: > 0 } text
            ? text
            : throw DaprError.Malformed("failed deserializing HTTP body: each item needs a \"key\" string");
        var value = item.TryGetProperty("value", out var v) ? Encoding.UTF8.GetBytes(v.GetRawText()) : [];
        string? ttl = null;
        if (item.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty(StateTtl.MetadataKey, out var ttlValue))
            ttl = ttlValue.ValueKind == JsonValueKind.String ? ttlValue.GetString() : ttlValue.GetRawText();
        return new StateSave(key, value, ETag(item), Concurrency(item), ttl);
    }

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
