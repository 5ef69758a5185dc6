using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.PubSub;

namespace Wasmbox.Dapr.Api;

/// <summary>
/// <c>POST /v1.0/publish/{pubsub}/{topic}</c>: wraps the body in a CloudEvent as daprd does (or keeps
/// one given as <c>application/cloudevents+json</c>, or none with <c>metadata.rawPayload=true</c>)
/// and hands it to the pub/sub, which keeps it before this answers 204.
/// </summary>
public sealed class PubSubApi(ComponentSet components, string appId, TimeProvider? time = null)
{
    public const string CloudEventContentType = "application/cloudevents+json";
    private readonly TimeProvider time = time ?? TimeProvider.System;

    public async ValueTask<DaprResponse> PublishAsync(string pubsubName, string topic, DaprRequest request, CancellationToken cancellation)
    {
        var (pubsub, message) = Prepare(pubsubName, topic, request);
        await pubsub.PublishAsync(message, cancellation).ConfigureAwait(false);
        return DaprResponse.NoContent;
    }

    /// <summary>
    /// Checks the pub/sub and topic and builds the message <paramref name="request"/> publishes
    /// (its body, <c>Content-Type</c> header and <c>metadata.*</c> query), without publishing it:
    /// a bulk publish checks every entry before it publishes any, as daprd does.
    /// </summary>
    /// <exception cref="DaprError">the pub/sub or topic is missing or unknown, or a given CloudEvent does not parse</exception>
    public (IPubSub PubSub, PubSubMessage Message) Prepare(string pubsubName, string topic, DaprRequest request)
    {
        if (components.PubSubs.Count == 0) throw new DaprError(400, "ERR_PUBSUB_NOT_CONFIGURED", "no pubsub is configured");
        if (pubsubName.Length == 0) throw new DaprError(404, "ERR_PUBSUB_EMPTY", "pubsub name is empty");
        var pubsub = components.PubSubs.GetValueOrDefault(pubsubName) ?? throw new DaprError(404, "ERR_PUBSUB_NOT_FOUND", $"pubsub {pubsubName} not found");
        if (topic.Length == 0) throw new DaprError(404, "ERR_TOPIC_NAME_EMPTY", $"topic is empty in pubsub {pubsubName}");
        var contentType = request.Header("Content-Type") is { Length: > 0 } given ? given : "text/plain";
        var raw = request.Metadata.TryGetValue("rawPayload", out var rawText) && rawText.Equals("true", StringComparison.OrdinalIgnoreCase);
        if (raw) return (pubsub, new PubSubMessage(Guid.NewGuid().ToString(), topic, request.Body.ToArray(), contentType, time.GetUtcNow()));
        var envelope = contentType.StartsWith(CloudEventContentType, StringComparison.OrdinalIgnoreCase)
            ? Given(request.Body, pubsubName, topic)
            : Wrap(request.Body, contentType, pubsubName, topic);
        return (pubsub, new PubSubMessage(envelope["id"]!.ToString(), topic, Encoding.UTF8.GetBytes(envelope.ToJsonString()), CloudEventContentType, time.GetUtcNow()));
    }

    /// <summary>A new envelope: data as JSON for JSON, base64 for octet-stream, a string otherwise.</summary>
    private JsonObject Wrap(ReadOnlyMemory<byte> body, string contentType, string pubsubName, string topic)
    {
        var envelope = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = Guid.NewGuid().ToString(),
            ["source"] = appId,
            ["type"] = "com.dapr.event.sent",
            ["datacontenttype"] = contentType,
            ["topic"] = topic,
            ["pubsubname"] = pubsubName,
            ["time"] = time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ"),
        };
        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal))
        {
            try
            {
                envelope["data"] = JsonNode.Parse(body.Span);
            }
            catch (JsonException)
            {
                envelope["data"] = Encoding.UTF8.GetString(body.Span);
            }
        }
        else if (mediaType == "application/octet-stream") envelope["data_base64"] = Convert.ToBase64String(body.Span);
        else envelope["data"] = Encoding.UTF8.GetString(body.Span);
        return envelope;
    }

    /// <summary>A CloudEvent the publisher made: kept, with topic and pubsubname set, and daprd's defaults filled in.</summary>
    private JsonObject Given(ReadOnlyMemory<byte> body, string pubsubName, string topic)
    {
        JsonObject envelope;
        try
        {
            envelope = JsonNode.Parse(body.Span) as JsonObject ?? throw new DaprError(500, "ERR_PUBSUB_CLOUD_EVENTS_SER", "the body is not a CloudEvent (a JSON object)");
        }
        catch (JsonException e) { throw new DaprError(500, "ERR_PUBSUB_CLOUD_EVENTS_SER", $"the body is not a CloudEvent: {e.Message}"); }
        envelope["topic"] = topic;
        envelope["pubsubname"] = pubsubName;
        envelope["specversion"] ??= "1.0";
        envelope["id"] ??= Guid.NewGuid().ToString();
        envelope["source"] ??= "Dapr";
        envelope["type"] ??= "com.dapr.event.sent";
        envelope["time"] ??= time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ");
        return envelope;
    }
}
