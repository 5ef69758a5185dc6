using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Wasmbox.Host.Telemetry;

/// <summary>
/// Live readers of a stream of items (log lines, runs): each gets every item published while it
/// follows, through a bounded channel, so a reader too slow to keep up loses the oldest rather than
/// holding up the writer. Publishing is on hot paths (every request, every log line): with nobody
/// following it costs an emptiness check, and it never takes a lock or copies the set.
/// </summary>
public sealed class Followers<T>(int capacity)
{
    private readonly ConcurrentDictionary<Channel<T>, byte> channels = new();

    public void Publish(T item)
    {
        if (channels.IsEmpty) return;
        // Enumerating the dictionary itself is lock-free; its Keys property would lock every bucket and copy.
        foreach (var (channel, _) in channels) channel.Writer.TryWrite(item);
    }

    /// <summary>The items published from now on, until <paramref name="cancellation"/>.</summary>
    public async IAsyncEnumerable<T> Follow([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest });
        channels.TryAdd(channel, 0);
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellation).ConfigureAwait(false)) yield return item;
        }
        finally
        {
            channels.TryRemove(channel, out _);
        }
    }
}
