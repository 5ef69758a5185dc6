using System.Text;
using System.Text.Json;

namespace Wasmbox.Dapr.Api;

/// <summary>
/// The body of the HTTP bulk publish route, <c>[{"entryId","event","contentType","metadata"?}]</c>,
/// read into <see cref="BulkPublishEntry"/>s the way daprd converts each event to bytes
/// (shared/DAPR-API.md §1.3): JSON content types take any JSON value, text and XML a string,
/// <c>application/octet-stream</c> a base64 string. Field names match case-insensitively, as Go's
/// JSON decoder does: the JS SDK sends <c>entryID</c>.
/// </summary>
public static class BulkPublishJson
{
    public static IReadOnlyList<BulkPublishEntry> Parse(ReadOnlyMemory<byte> body, string pubsubName, string topic)
    {
        JsonElement document;
        try
        {
            document = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException e) { throw Refused(pubsubName, topic, $"the body is not JSON: {e.Message}"); }
        if (document.ValueKind != JsonValueKind.Array) throw Refused(pubsubName, topic, "the body is a JSON array of {\"entryId\",\"event\",\"contentType\",\"metadata\"}");
        return [.. document.EnumerateArray().Select(entry => Entry(entry, pubsubName, topic))];
    }

    private static BulkPublishEntry Entry(JsonElement entry, string pubsubName, string topic)
    {
        if (entry.ValueKind != JsonValueKind.Object) throw Refused(pubsubName, topic, "each entry is an object");
        var entryId = Field(entry, "entryId") is { ValueKind: JsonValueKind.String } id ? id.GetString()! : "";
        if (Field(entry, "event") is not { } data) throw Refused(pubsubName, topic, $"entry {entryId} has no event");
        var contentType = Field(entry, "contentType") is { ValueKind: JsonValueKind.String } given && given.GetString() is { Length: > 0 } text
            ? text
            : data.ValueKind == JsonValueKind.String ? "text/plain" : "application/json";   // not given: what the event's JSON kind says
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Field(entry, "metadata") is { ValueKind: JsonValueKind.Object } given_metadata)
            foreach (var pair in given_metadata.EnumerateObject())
                metadata[pair.Name] = pair.Value.ValueKind == JsonValueKind.String ? pair.Value.GetString()! : pair.Value.GetRawText();
        return new BulkPublishEntry(entryId, Bytes(data, contentType, entryId, pubsubName, topic), contentType, metadata);
    }

    private static byte[] Bytes(JsonElement data, string contentType, string entryId, string pubsubName, string topic)
    {
        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal)) return Encoding.UTF8.GetBytes(data.GetRawText());
        if (data.ValueKind != JsonValueKind.String)
            throw Refused(pubsubName, topic, $"entry {entryId}: an event of content type {contentType} must be a JSON string");
        if (mediaType == "application/octet-stream")
        {
            try
            {
                return Convert.FromBase64String(data.GetString()!);
            }
            catch (FormatException) { throw Refused(pubsubName, topic, $"entry {entryId}: an application/octet-stream event must be base64"); }
        }
        if (mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType == "application/xml" || mediaType.EndsWith("+xml", StringComparison.Ordinal))
            return Encoding.UTF8.GetBytes(data.GetString()!);
        throw Refused(pubsubName, topic, $"entry {entryId}: content type {contentType} is not supported in a bulk publish (JSON, text, XML or application/octet-stream)");
    }

    private static JsonElement? Field(JsonElement entry, string name)
    {
        foreach (var property in entry.EnumerateObject())
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return property.Value;
        return null;
    }

    private static DaprError Refused(string pubsubName, string topic, string why) =>
        new(400, "ERR_PUBSUB_EVENTS_SER", $"error when unmarshaling the request for topic {topic} pubsub {pubsubName}: {why}");
}
