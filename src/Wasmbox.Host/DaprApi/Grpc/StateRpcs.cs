using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Wasmbox.Dapr.Api;
using StateConcurrency = Wasmbox.Dapr.State.StateConcurrency;
using StateTtl = Wasmbox.Dapr.State.StateTtl;
using Concurrency = Dapr.Client.Autogen.Grpc.v1.StateOptions.Types.StateConcurrency;

namespace Wasmbox.Host.DaprApi.Grpc;

/// <summary>
/// The state RPCs of <c>dapr.proto.runtime.v1.Dapr</c>, answered by <see cref="StateApi"/>, the
/// same code as <c>/v1.0/state</c>. A value travels as bytes and is stored as given (over HTTP it
/// is JSON and stored as its text), so a .NET app's JSON and a function's JSON meet in one store.
/// </summary>
public sealed class StateRpcs(DaprRouter router)
{
    private StateApi State => router.State;

    /// <summary>A missing key is an empty answer (no data, no ETag), as daprd gives it.</summary>
    public async Task<GetStateResponse> GetState(GetStateRequest request, ServerCallContext context)
    {
        var response = new GetStateResponse();
        if (await State.GetItemAsync(request.StoreName, request.Key, context.CancellationToken).ConfigureAwait(false) is not { } item) return response;
        response.Data = ByteString.CopyFrom(item.Value);
        response.Etag = item.ETag;
        if (item.ExpiresAt is { } expires) response.Metadata[StateApi.TtlExpireTimeKey] = StateApi.FormatExpiry(expires);
        return response;
    }

    public async Task<GetBulkStateResponse> GetBulkState(GetBulkStateRequest request, ServerCallContext context)
    {
        var results = await State.BulkGetItemsAsync(request.StoreName, request.Keys, context.CancellationToken).ConfigureAwait(false);
        var response = new GetBulkStateResponse();
        foreach (var result in results)
        {
            var item = new BulkStateItem { Key = result.Key, Error = result.Error ?? "" };
            if (result.Item is { } found)
            {
                item.Data = ByteString.CopyFrom(found.Value);
                item.Etag = found.ETag;
                if (found.ExpiresAt is { } expires) item.Metadata[StateApi.TtlExpireTimeKey] = StateApi.FormatExpiry(expires);
            }
            response.Items.Add(item);
        }
        return response;
    }

    public async Task<Empty> SaveState(SaveStateRequest request, ServerCallContext context)
    {
        await State.SaveItemsAsync(request.StoreName, [.. request.States.Select(Save)], context.CancellationToken).ConfigureAwait(false);
        return new Empty();
    }

    public async Task<Empty> DeleteState(DeleteStateRequest request, ServerCallContext context)
    {
        await State.DeleteItemAsync(request.StoreName, new StateRemoval(request.Key, request.Etag?.Value, ConcurrencyOf(request.Options)), context.CancellationToken).ConfigureAwait(false);
        return new Empty();
    }

    /// <summary>One delete after another, the first failure ending the call, as daprd's fallback for stores without a bulk delete.</summary>
    public async Task<Empty> DeleteBulkState(DeleteBulkStateRequest request, ServerCallContext context)
    {
        foreach (var state in request.States)
            await State.DeleteItemAsync(request.StoreName, new StateRemoval(state.Key, state.Etag?.Value, ConcurrencyOf(state.Options)), context.CancellationToken).ConfigureAwait(false);
        return new Empty();
    }

    public async Task<Empty> ExecuteStateTransaction(ExecuteStateTransactionRequest request, ServerCallContext context)
    {
        var changes = request.Operations.Select(operation => new StateChange(operation.OperationType, Save(operation.Request ?? new StateItem()))).ToList();
        await State.ExecuteTransactionAsync(request.StoreName, changes, context.CancellationToken).ConfigureAwait(false);
        return new Empty();
    }

    /// <summary>An item as <see cref="StateApi"/> saves it; a present <c>etag</c> message, even with an empty value, is an ETag given (daprd: a non-nil etag).</summary>
    private static StateSave Save(StateItem item) => new(
        item.Key,
        item.Value.ToByteArray(),
        item.Etag?.Value,
        ConcurrencyOf(item.Options),
        item.Metadata.TryGetValue(StateTtl.MetadataKey, out var ttl) ? ttl : null);

    private static StateConcurrency ConcurrencyOf(StateOptions? options) =>
        options?.Concurrency == Concurrency.ConcurrencyFirstWrite ? StateConcurrency.FirstWrite : StateConcurrency.LastWrite;
}
