using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Wasmbox.Dapr.Api;

namespace Wasmbox.Host.DaprApi.Grpc;

/// <summary>
/// <c>PublishEvent</c> and <c>BulkPublishEvent</c> (and its Alpha1 name, which older SDKs call),
/// answered by <see cref="PubSubApi"/>, the same code as <c>/v1.0/publish</c> and <c>/v1.0-alpha1/publish/bulk</c>: a message's data,
/// content type and metadata are what the HTTP route reads from the body, the Content-Type header
/// and the <c>metadata.*</c> query, so both wrap and keep an event alike.
/// </summary>
public sealed class PubSubRpcs(DaprRouter router)
{
    public async Task<Empty> PublishEvent(PublishEventRequest request, ServerCallContext context)
    {
        await router.PubSub.PublishAsync(request.PubsubName, request.Topic, PubSubApi.Publication(request.PubsubName, request.Topic, request.Data.Memory, request.DataContentType, request.Metadata), context.CancellationToken).ConfigureAwait(false);
        return new Empty();
    }

    public Task<BulkPublishResponse> BulkPublishEventAlpha1(BulkPublishRequest request, ServerCallContext context) => BulkPublishEvent(request, context);

    /// <summary>Each entry as the HTTP bulk route reads it; a pub/sub that fails to keep one lists it in <c>failed_entries</c>.</summary>
    public async Task<BulkPublishResponse> BulkPublishEvent(BulkPublishRequest request, ServerCallContext context)
    {
        var entries = request.Entries.Select(e => new BulkPublishEntry(e.EntryId, e.Event.Memory, e.ContentType, e.Metadata)).ToList();
        var failures = await router.PubSub.BulkPublishAsync(request.PubsubName, request.Topic, entries, request.Metadata, context.CancellationToken).ConfigureAwait(false);
        var response = new BulkPublishResponse();
        response.FailedEntries.Add(failures.Select(f => new BulkPublishResponseFailedEntry { EntryId = f.EntryId, Error = f.Error }));
        return response;
    }
}
