using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Wasmbox.Dapr.Api;

namespace Wasmbox.Host.DaprApi.Grpc;

/// <summary>
/// <c>PublishEvent</c> and <c>BulkPublishEvent</c> (and its Alpha1 name, which older SDKs call),
/// answered by <see cref="PubSubApi"/>, the same code as <c>/v1.0/publish</c>: a message's data,
/// content type and metadata are what the HTTP route reads from the body, the Content-Type header
/// and the <c>metadata.*</c> query, so both wrap and keep an event alike.
/// </summary>
public sealed class PubSubRpcs(DaprRouter router)
{
    public async Task<Empty> PublishEvent(PublishEventRequest request, ServerCallContext context)
    {
        await router.PubSub.PublishAsync(request.PubsubName, request.Topic, Publication(request.PubsubName, request.Topic, request.Data, request.DataContentType, request.Metadata), context.CancellationToken).ConfigureAwait(false);
        return new Empty();
    }

    public Task<BulkPublishResponse> BulkPublishEventAlpha1(BulkPublishRequest request, ServerCallContext context) => BulkPublishEvent(request, context);

    /// <summary>
    /// Every entry is checked and built before any is published: a missing or repeated entry id,
    /// an unknown pub/sub or a CloudEvent that does not parse fails the whole call, as in daprd.
    /// A pub/sub that fails to keep an entry fails that entry only: it is listed in
    /// <c>failed_entries</c> and the call succeeds, which is how daprd reports partial success.
    /// </summary>
    public async Task<BulkPublishResponse> BulkPublishEvent(BulkPublishRequest request, ServerCallContext context)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var prepared = new List<(string EntryId, Wasmbox.Dapr.PubSub.IPubSub PubSub, Wasmbox.Dapr.PubSub.PubSubMessage Message)>();
        foreach (var entry in request.Entries)
        {
            if (entry.EntryId.Length == 0 || !ids.Add(entry.EntryId))
                throw new DaprError(400, "ERR_PUBSUB_EVENTS_SER", $"error marshaling events to bytes for topic {request.Topic} pubsub {request.PubsubName}. error: entryId is duplicated or not present for entry");
            // The entry's own metadata wins over the request's.
            var metadata = request.Metadata.Concat(entry.Metadata).GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.Last().Value);
            var (pubsub, message) = router.PubSub.Prepare(request.PubsubName, request.Topic, Publication(request.PubsubName, request.Topic, entry.Event, entry.ContentType, metadata));
            prepared.Add((entry.EntryId, pubsub, message));
        }
        var response = new BulkPublishResponse();
        foreach (var (entryId, pubsub, message) in prepared)
        {
            try
            {
                await pubsub.PublishAsync(message, context.CancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                response.FailedEntries.Add(new BulkPublishResponseFailedEntry { EntryId = entryId, Error = e.Message });
            }
        }
        return response;
    }

    /// <summary>A message as the HTTP route would have received it.</summary>
    private static DaprRequest Publication(string pubsub, string topic, ByteString data, string contentType, IEnumerable<KeyValuePair<string, string>> metadata) =>
        new("POST", $"/v1.0/publish/{Uri.EscapeDataString(pubsub)}/{Uri.EscapeDataString(topic)}", data.Memory)
        {
            Headers = contentType.Length > 0 ? [new("Content-Type", contentType)] : [],
            Query = [.. metadata.Select(m => new KeyValuePair<string, string>("metadata." + m.Key, m.Value))],
        };
}
