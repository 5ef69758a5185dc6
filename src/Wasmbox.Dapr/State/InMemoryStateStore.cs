namespace Wasmbox.Dapr.State;

/// <summary>
/// <c>state.in-memory</c>: a dictionary in this process, gone when it stops (for tests and
/// throwaway state). Every change holds one lock, so transactions are all or nothing.
/// </summary>
public sealed class InMemoryStateStore(TimeProvider? time = null) : ITransactionalStateStore
{
    private readonly Dictionary<string, StateItem> items = new(StringComparer.Ordinal);
    private readonly TimeProvider time = time ?? TimeProvider.System;

    public IReadOnlyList<string> Features { get; } = ["ETAG", "TRANSACTIONAL", "TTL"];

    public ValueTask<StateItem?> GetAsync(string key, CancellationToken cancellation = default)
    {
        lock (items) return ValueTask.FromResult(Live(key));
    }

    public ValueTask SetAsync(StateSetRequest request, CancellationToken cancellation = default)
    {
        lock (items) Apply(new UpsertOperation(request));
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteAsync(StateDeleteRequest request, CancellationToken cancellation = default)
    {
        lock (items) Apply(new DeleteOperation(request));
        return ValueTask.CompletedTask;
    }

    public ValueTask ExecuteAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellation = default)
    {
        lock (items)
        {
            // Check every operation against the state as the earlier ones leave it, then apply all.
            var staged = new Dictionary<string, StateItem?>(StringComparer.Ordinal);
            foreach (var operation in operations)
            {
                var current = staged.TryGetValue(operation.Key, out var seen) ? seen : Live(operation.Key);
                staged[operation.Key] = Next(operation, current);
            }
            foreach (var (key, item) in staged)
            {
                if (item is null) items.Remove(key);
                else items[key] = item;
            }
        }
        return ValueTask.CompletedTask;
    }

    private void Apply(StateOperation operation)
    {
        var next = Next(operation, Live(operation.Key));
        if (next is null) items.Remove(operation.Key);
        else items[operation.Key] = next;
    }

    private StateItem? Next(StateOperation operation, StateItem? current)
    {
        switch (operation)
        {
            case UpsertOperation { Request: var set }:
                ETags.Check(set.Key, current?.ETag, set.ETag, set.Concurrency);
                return new StateItem(set.Value, ETags.New(), StateTtl.ExpiryFrom(time.GetUtcNow(), set.TtlSeconds));
            case DeleteOperation { Request: var delete }:
                ETags.Check(delete.Key, current?.ETag, delete.ETag, StateConcurrency.LastWrite);
                return null;
            default:
                throw new ArgumentException($"unknown operation {operation.GetType().Name}");
        }
    }

    private StateItem? Live(string key)
    {
        if (!items.TryGetValue(key, out var item)) return null;
        if (item.ExpiresAt is { } expires && expires <= time.GetUtcNow())
        {
            items.Remove(key);
            return null;
        }
        return item;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
