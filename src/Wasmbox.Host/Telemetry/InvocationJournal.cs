using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Wasmbox.Host.Telemetry;

/// <summary>
/// Where every run of a function is reported when it ends: keeps the most recent ones (per
/// function and overall) for the dashboard and the admin API, streams new ones to followers, and
/// passes each to the registered observers (metrics). One instance per server.
/// </summary>
public sealed class InvocationJournal(IEnumerable<IInvocationObserver> observers, ILogger<InvocationJournal> logger)
{
    /// <summary>Records kept per function, and overall.</summary>
    public const int Kept = 500;

    private readonly IInvocationObserver[] observers = [.. observers];
    private readonly RecentItems<InvocationRecord> all = new(Kept);
    private readonly ConcurrentDictionary<string, RecentItems<InvocationRecord>> byFunction = new(StringComparer.Ordinal);
    private readonly Followers<InvocationRecord> followers = new(Kept);

    public void Record(InvocationRecord invocation)
    {
        all.Add(invocation);
        byFunction.GetOrAdd(invocation.Function, _ => new RecentItems<InvocationRecord>(Kept)).Add(invocation);
        followers.Publish(invocation);
        foreach (var observer in observers)
        {
            try
            {
                observer.Observe(invocation);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // An observer's bug must not fail the request that was already answered.
                logger.LogError(e, "invocation observer {Observer} failed", observer.GetType().Name);
            }
        }
    }

    /// <summary>The last <paramref name="count"/> runs, oldest first: of one function, or of all when <paramref name="function"/> is null.</summary>
    public IReadOnlyList<InvocationRecord> Recent(string? function, int count) =>
        function is null ? all.Last(count) : byFunction.TryGetValue(function, out var ring) ? ring.Last(count) : [];

    /// <summary>Runs that end from now on, until <paramref name="cancellation"/>; a follower too slow to keep up loses the oldest.</summary>
    public IAsyncEnumerable<InvocationRecord> Follow(CancellationToken cancellation) => followers.Follow(cancellation);
}
