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
    /// Publishes every entry of a bulk publish, each wrapped as a single publish would wrap it, with
    /// the request's metadata under the entry's own (the entry's wins). Every entry is checked and
    /// built before any is published: a missing or repeated entry id, an unknown pub/sub or a
    /// CloudEvent that does not parse fails the whole call, as in daprd. A pub/sub that fails to keep
    /// an entry fails that entry only: it comes back in the list, which is how daprd reports
    /// partial success.
    /// </summary>
    public async ValueTask<IReadOnlyList<BulkPublishFailure>> BulkPublishAsync(string pubsubName, string topic, IReadOnlyList<BulkPublishEntry> entries,
        IReadOnlyDictionary<string, string> requestMetadata, CancellationToken cancellation)
    {
        Resolve(pubsubName, topic);   // an unknown pub/sub fails even an empty list
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var prepared = new List<(string EntryId, IPubSub PubSub, PubSubMessage Message)>();
        foreach (var entry in entries)
        {
            if (entry.EntryId.Length == 0 || !ids.Add(entry.EntryId))
                throw new DaprError(400, "ERR_PUBSUB_EVENTS_SER", $"error marshaling events to bytes for topic {topic} pubsub {pubsubName}. error: entryId is duplicated or not present for entry");
            var metadata = requestMetadata.Concat(entry.Metadata).GroupBy(m => m.Key).Select(g => g.Last());
            var (pubsub, message) = Prepare(pubsubName, topic, Publication(pubsubName, topic, entry.Event, entry.ContentType, metadata));
            prepared.Add((entry.EntryId, pubsub, message));
        }
        var failures = new List<BulkPublishFailure>();
        foreach (var (entryId, pubsub, message) in prepared)
        {
            try
            {
                await pubsub.PublishAsync(message, cancellation).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                failures.Add(new BulkPublishFailure(entryId, e.Message));
            }
        }
        return failures;
    }

    /// <summary>
    /// <c>POST /v1.0-alpha1/publish/bulk/{pubsub}/{topic}</c>: 204 when every entry was kept; 500 with
    /// <c>{"failedEntries":[{"entryId","error"}],"errorCode":"ERR_PUBSUB_PUBLISH_MESSAGE"}</c> when some were not.
    /// </summary>
    public async ValueTask<DaprResponse> BulkPublishAsync(string pubsubName, string topic, DaprRequest request, CancellationToken cancellation)
    {
        var failures = await BulkPublishAsync(pubsubName, topic, BulkPublishJson.Parse(request.Body, pubsubName, topic), request.Metadata, cancellation).ConfigureAwait(false);
        if (failures.Count == 0) return DaprResponse.NoContent;
        return DaprResponse.Json(500, JsonSerializer.SerializeToUtf8Bytes(new
        {
            failedEntries = failures.Select(f => new { entryId = f.EntryId, error = f.Error }),
            errorCode = "ERR_PUBSUB_PUBLISH_MESSAGE",
        }));
    }

    /// <summary>
    /// A publish as the HTTP route receives it (the data as its body, the content type as its
    /// Content-Type, the metadata as <c>metadata.*</c> query parameters), for doors whose messages
    /// carry these as fields: a bulk entry, the gRPC PublishEvent.
    /// </summary>
    public static DaprRequest Publication(string pubsubName, string topic, ReadOnlyMemory<byte> data, string contentType, IEnumerable<KeyValuePair<string, string>> metadata) =>
        new("POST", $"/v1.0/publish/{Uri.EscapeDataString(pubsubName)}/{Uri.EscapeDataString(topic)}", data)
        {
            Headers = contentType.Length > 0 ? [new("Content-Type", contentType)] : [],
            Query = [.. metadata.Select(m => new KeyValuePair<string, string>("metadata." + m.Key, m.Value))],
        };

    /// <summary>
    /// Checks the pub/sub and topic and builds the message <paramref name="request"/> publishes
    /// (its body, <c>Content-Type</c> header and <c>metadata.*</c> query), without publishing it:
    /// a bulk publish checks every entry before it publishes any, as daprd does.
    /// </summary>
    /// <exception cref="DaprError">the pub/sub or topic is missing or unknown, or a given CloudEvent does not parse</exception>
    public (IPubSub PubSub, PubSubMessage Message) Prepare(string pubsubName, string topic, DaprRequest request)
    {
        var pubsub = Resolve(pubsubName, topic);
        var contentType = request.Header("Content-Type") is { Length: > 0 } given ? given : "text/plain";
        var raw = request.Metadata.TryGetValue("rawPayload", out var rawText) && rawText.Equals("true", StringComparison.OrdinalIgnoreCase);
        if (raw) return (pubsub, new PubSubMessage(Guid.NewGuid().ToString(), topic, request.Body.ToArray(), contentType, time.GetUtcNow()));
        var envelope = contentType.StartsWith(CloudEventContentType, StringComparison.OrdinalIgnoreCase)
            ? Given(request.Body, pubsubName, topic)
            : Wrap(request.Body, contentType, pubsubName, topic);
        AddTraceContext(envelope, request);
        return (pubsub, new PubSubMessage(envelope["id"]!.ToString(), topic, Encoding.UTF8.GetBytes(envelope.ToJsonString()), CloudEventContentType, time.GetUtcNow()));
    }

    private IPubSub Resolve(string pubsubName, string topic)
    {
        if (components.PubSubs.Count == 0) throw new DaprError(400, "ERR_PUBSUB_NOT_CONFIGURED", "no pubsub is configured");
        if (pubsubName.Length == 0) throw new DaprError(404, "ERR_PUBSUB_EMPTY", "pubsub name is empty");
        var pubsub = components.PubSubs.GetValueOrDefault(pubsubName) ?? throw new DaprError(404, "ERR_PUBSUB_NOT_FOUND", $"pubsub {pubsubName} not found");
        if (topic.Length == 0) throw new DaprError(404, "ERR_TOPIC_NAME_EMPTY", $"topic is empty in pubsub {pubsubName}");
        return pubsub;
    }

    /// <summary>
    /// The publisher's W3C trace context (its <c>traceparent</c> header) in the event, as daprd puts
    /// it (<c>traceparent</c>, <c>traceid</c>, <c>tracestate</c>), so the subscriber's run continues the
    /// publisher's trace; an event that carries its own keeps it.
    /// </summary>
    private static void AddTraceContext(JsonObject envelope, DaprRequest request)
    {
        if (request.Header("traceparent") is not { Length: > 0 } traceparent) return;
        envelope["traceparent"] ??= traceparent;
        envelope["traceid"] ??= traceparent;
        if (request.Header("tracestate") is { Length: > 0 } tracestate) envelope["tracestate"] ??= tracestate;
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

/// <summary>One event of a bulk publish: its id (unique in the request), bytes, content type and metadata.</summary>
public sealed record BulkPublishEntry(string EntryId, ReadOnlyMemory<byte> Event, string ContentType, IReadOnlyDictionary<string, string> Metadata);

/// <summary>An entry the pub/sub did not keep, and why.</summary>
public sealed record BulkPublishFailure(string EntryId, string Error);
