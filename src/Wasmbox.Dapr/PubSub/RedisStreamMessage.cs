using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using StackExchange.Redis;

namespace Wasmbox.Dapr.PubSub;

/// <summary>
/// A message as the fields of a Redis stream entry: <c>data</c> and <c>metadata</c> (the names
/// daprd's pubsub.redis uses), plus <c>id</c>, <c>contentType</c> and <c>publishedAt</c>, which an
/// entry daprd wrote lacks: then the entry id stands for the message id and the content type is a
/// CloudEvent, as daprd publishes.
/// </summary>
internal static class RedisStreamMessage
{
    private const string DataField = "data", MetadataField = "metadata", IdField = "id", ContentTypeField = "contentType", PublishedAtField = "publishedAt";

    public static NameValueEntry[] Fields(PubSubMessage message) =>
    [
        new(DataField, message.Data),
        new(MetadataField, JsonSerializer.Serialize(message.Metadata)),
        new(IdField, message.Id),
        new(ContentTypeField, message.ContentType),
        new(PublishedAtField, message.PublishedAt.ToUnixTimeMilliseconds()),
    ];

    public static PubSubMessage From(string topic, StreamEntry entry)
    {
        var data = entry[DataField];
        var metadata = entry[MetadataField];
        var id = entry[IdField];
        var contentType = entry[ContentTypeField];
        var publishedAt = entry[PublishedAtField];
        return new PubSubMessage(
            id.IsNullOrEmpty ? entry.Id.ToString() : id.ToString(),
            topic,
            data.IsNull ? [] : (byte[])data!,
            contentType.IsNullOrEmpty ? Api.PubSubApi.CloudEventContentType : contentType.ToString(),
            publishedAt.TryParse(out long milliseconds) ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : PublishedFromEntryId(entry.Id))
        {
            Metadata = ReadMetadata(metadata),
        };
    }

    /// <summary>A stream entry id starts with the server's clock in milliseconds when it was added.</summary>
    private static DateTimeOffset PublishedFromEntryId(RedisValue entryId) =>
        long.TryParse(entryId.ToString().Split('-')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : DateTimeOffset.UtcNow;

    private static ImmutableDictionary<string, string> ReadMetadata(RedisValue json)
    {
        if (json.IsNullOrEmpty) return ImmutableDictionary<string, string>.Empty;
        try
        {
            return JsonSerializer.Deserialize<ImmutableDictionary<string, string>>(json.ToString()) ?? ImmutableDictionary<string, string>.Empty;
        }
        // Another publisher's metadata in another shape is not ours to refuse: the message still goes out.
        catch (JsonException) { return ImmutableDictionary<string, string>.Empty; }
    }
}
