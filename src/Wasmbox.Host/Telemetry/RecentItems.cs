namespace Wasmbox.Host.Telemetry;

/// <summary>The last <c>capacity</c> items added, thread-safe: a log's recent lines, the recent runs.</summary>
public sealed class RecentItems<T>(int capacity)
{
    private readonly Queue<T> items = new();

    public void Add(T item)
    {
        lock (items)
        {
            if (items.Count == capacity) items.Dequeue();
            items.Enqueue(item);
        }
    }

    /// <summary>The last <paramref name="count"/> items, oldest first.</summary>
    public IReadOnlyList<T> Last(int count)
    {
        lock (items) return items.Skip(Math.Max(0, items.Count - count)).ToList();
    }
}
