namespace Wasmbox.Dapr.State;

/// <summary>Dapr's concurrency options: with an ETag it must match either way; without one, first-write only inserts.</summary>
public enum StateConcurrency { LastWrite, FirstWrite }

/// <summary>A stored value and its ETag; <see cref="ExpiresAt"/> when a TTL was set.</summary>
public sealed record StateItem(byte[] Value, string ETag, DateTimeOffset? ExpiresAt);

/// <summary>A save: the value, the ETag it must match (null: none given), the concurrency, and a TTL (-1 removes one).</summary>
public sealed record StateSetRequest(string Key, byte[] Value, string? ETag = null, StateConcurrency Concurrency = StateConcurrency.LastWrite, long? TtlSeconds = null);

/// <summary>A delete, with the ETag it must match (null: none given).</summary>
public sealed record StateDeleteRequest(string Key, string? ETag = null, StateConcurrency Concurrency = StateConcurrency.LastWrite);

/// <summary>One operation of a transaction: a save or a delete.</summary>
public abstract record StateOperation(string Key);
public sealed record UpsertOperation(StateSetRequest Request) : StateOperation(Request.Key);
public sealed record DeleteOperation(StateDeleteRequest Request) : StateOperation(Request.Key);

/// <summary>The ETag given does not match the stored one, or first-write found the key there (Dapr: 409 on save and delete).</summary>
public sealed class StateETagMismatchException(string key) : Exception($"possible etag mismatch. error from state store: ETag mismatch for key {key}")
{
    public string Key { get; } = key;
}

/// <summary>The ETag given cannot be one this store issued (Dapr: 400).</summary>
public sealed class StateETagInvalidException(string key, string etag) : Exception($"invalid etag value: \"{etag}\" for key {key}");

/// <summary>A TTL that is not a whole number of seconds, or is below -1.</summary>
public sealed class StateTtlInvalidException(string value) : Exception($"incorrect value for metadata 'ttlInSeconds': {value}");
