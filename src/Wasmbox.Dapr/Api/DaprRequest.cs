using System.Collections.Immutable;

namespace Wasmbox.Dapr.Api;

/// <summary>
/// A request to the Dapr API, whichever door it came through (HTTP on 3500, gRPC, or a guest's
/// host call): the verb, the path after the host (<c>/v1.0/state/statestore/k</c>), the query
/// parameters, the headers that matter, and the body.
/// </summary>
public sealed record DaprRequest(string Method, string Path, ReadOnlyMemory<byte> Body)
{
    public ImmutableArray<KeyValuePair<string, string>> Query { get; init; } = [];
    public ImmutableArray<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>
    /// The caller waits on this thread for the answer (a guest's host call): components that do I/O
    /// should do it synchronously rather than block a thread-pool thread on an async continuation.
    /// </summary>
    public bool CallerBlocks { get; init; }

    public string? QueryValue(string name) => Query.FirstOrDefault(q => q.Key == name).Value;

    public string? Header(string name) => Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The <c>metadata.K=V</c> query parameters, as Dapr reads request metadata.</summary>
    public IReadOnlyDictionary<string, string> Metadata =>
        Query.Where(q => q.Key.StartsWith("metadata.", StringComparison.Ordinal))
            .GroupBy(q => q.Key["metadata.".Length..])
            .ToDictionary(g => g.Key, g => g.Last().Value);   // given twice: the last wins
}

/// <summary>A Dapr API answer: status, headers and body, as daprd sends them.</summary>
public sealed record DaprResponse(int Status, ReadOnlyMemory<byte> Body)
{
    public ImmutableArray<KeyValuePair<string, string>> Headers { get; init; } = [];

    public static DaprResponse NoContent { get; } = new(204, ReadOnlyMemory<byte>.Empty);

    public static DaprResponse Json(int status, ReadOnlyMemory<byte> json) =>
        new(status, json) { Headers = [new("Content-Type", "application/json")] };
}
