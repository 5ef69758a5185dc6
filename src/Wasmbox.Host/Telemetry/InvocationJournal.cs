using System.Collections.Concurrent;
using System.Threading.Channels;
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
    private readonly ConcurrentDictionary<Channel<InvocationRecord>, byte> followers = new();

    public void Record(InvocationRecord invocation)
    {
        all.Add(invocation);
        byFunction.GetOrAdd(invocation.Function, _ => new RecentItems<InvocationRecord>(Kept)).Add(invocation);
        foreach (var follower in followers.Keys) follower.Writer.TryWrite(invocation);
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
    public async IAsyncEnumerable<InvocationRecord> Follow([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        var channel = Channel.CreateBounded<InvocationRecord>(new BoundedChannelOptions(Kept) { FullMode = BoundedChannelFullMode.DropOldest });
        followers.TryAdd(channel, 0);
        try
        {
            await foreach (var invocation in channel.Reader.ReadAllAsync(cancellation).ConfigureAwait(false)) yield return invocation;
        }
        finally
        {
            followers.TryRemove(channel, out _);
        }
    }
}
