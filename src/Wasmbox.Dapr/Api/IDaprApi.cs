namespace Wasmbox.Dapr.Api;

/// <summary>
/// Where a Dapr API request is answered: the embedded components (<see cref="DaprRouter"/>), or a
/// real daprd beside the server. Guests' host calls go through this, so the same functions run
/// unchanged on a laptop and next to daprd in a cluster.
/// </summary>
public interface IDaprApi
{
    /// <summary>The answer, as daprd gives it; failures are answers too, never exceptions.</summary>
    ValueTask<DaprResponse> HandleAsync(DaprRequest request, CancellationToken cancellation = default);
}
