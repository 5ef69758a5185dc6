namespace Wasmbox.Dapr.State;

/// <summary>
/// A state store as Dapr defines one (components-contrib state.Store): get, set and delete with
/// ETags, first-write concurrency and TTLs. Keys arrive already prefixed (the router applies
/// Dapr's keyPrefix). Optional abilities are the interfaces below, found by type test.
/// </summary>
public interface IStateStore : IAsyncDisposable
{
    /// <summary>The stored item, or null when the key is missing or its TTL has passed.</summary>
    ValueTask<StateItem?> GetAsync(string key, CancellationToken cancellation = default);

    /// <exception cref="StateETagMismatchException">the ETag does not match, or first-write found the key</exception>
    /// <exception cref="StateETagInvalidException">the ETag is not one this store issues</exception>
    ValueTask SetAsync(StateSetRequest request, CancellationToken cancellation = default);

    /// <exception cref="StateETagMismatchException">the ETag does not match</exception>
    /// <exception cref="StateETagInvalidException">the ETag is not one this store issues</exception>
    ValueTask DeleteAsync(StateDeleteRequest request, CancellationToken cancellation = default);

    /// <summary>Dapr's capability names ("ETAG", "TRANSACTIONAL", "TTL"), as /v1.0/metadata lists them.</summary>
    IReadOnlyList<string> Features { get; }
}

/// <summary>A store that applies several operations all or none.</summary>
public interface ITransactionalStateStore : IStateStore
{
    /// <exception cref="StateETagMismatchException">an operation's ETag does not match; nothing was applied</exception>
    ValueTask ExecuteAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellation = default);
}
