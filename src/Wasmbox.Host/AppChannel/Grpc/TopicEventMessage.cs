using System.Text;
using System.Text.Json;
using Dapr.AppCallback.Autogen.Grpc.v1;
using Google.Protobuf;
using Wasmbox.Dapr.Api;
using Wasmbox.Dapr.PubSub;

namespace Wasmbox.Host.AppChannel.Grpc;

/// <summary>
/// daprd's <c>TopicEventRequest</c> turned back into the structured CloudEvent that its HTTP
/// channel would have posted, so a function run for it gets the same stdin and CE_* variables
/// over either channel. daprd split the event into fields (id, source, type, specversion,
/// datacontenttype, data as bytes, topic, pubsubname) and put every other attribute (traceparent,
/// tracestate, time, subject, custom extensions) into <c>extensions</c>; this joins them again.
/// The data goes back the way daprd took it out: JSON as JSON for a JSON content type, text as a
/// string, and bytes that are not text (or are declared application/octet-stream) as data_base64.
/// </summary>
public static class TopicEventMessage
{
    /// <summary>Attributes the request carries in fields of its own; an extension by these names does not override them.</summary>
    private static readonly HashSet<string> Fields = ["id", "source", "type", "specversion", "datacontenttype", "topic", "pubsubname", "data", "data_base64"];

    public static PubSubMessage From(TopicEventRequest request)
    {
        var id = request.Id is { Length: > 0 } given ? given : Guid.NewGuid().ToString();
        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteString("specversion", request.SpecVersion is { Length: > 0 } version ? version : "1.0");
            writer.WriteString("id", id);
            writer.WriteString("source", request.Source);
            writer.WriteString("type", request.Type);
            if (request.DataContentType.Length > 0) writer.WriteString("datacontenttype", request.DataContentType);
            writer.WriteString("topic", request.Topic);
            writer.WriteString("pubsubname", request.PubsubName);
            if (request.Extensions is { } extensions)
            {
                foreach (var (name, value) in extensions.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    if (Fields.Contains(name)) continue;
                    writer.WritePropertyName(name);
                    writer.WriteRawValue(JsonFormatter.Default.Format(value));
                }
            }
            WriteData(writer, request.Data, request.DataContentType);
            writer.WriteEndObject();
        }
        return new PubSubMessage(id, request.Topic, json.ToArray(), PubSubApi.CloudEventContentType, DateTimeOffset.UtcNow);
    }

    private static void WriteData(Utf8JsonWriter writer, ByteString data, string contentType)
    {
        if (data.IsEmpty) return;
        var bytes = data.Memory;
        var mediaType = contentType.Split(';')[0].Trim();
        if (IsJson(mediaType) && IsJsonValue(bytes))
        {
            writer.WritePropertyName("data");
            writer.WriteRawValue(bytes.Span);
        }
        else if (!mediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase) && System.Text.Unicode.Utf8.IsValid(bytes.Span))
        {
            writer.WriteString("data", Encoding.UTF8.GetString(bytes.Span));
        }
        else
        {
            writer.WriteBase64String("data_base64", bytes.Span);
        }
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static bool IsJsonValue(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var _ = JsonDocument.Parse(bytes);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
