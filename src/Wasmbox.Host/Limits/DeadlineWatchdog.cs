namespace Wasmbox.Host.Limits;

/// <summary>
/// One thread watches every running request's deadline, instead of a timer per request: it wakes
/// every <see cref="Resolution"/>, and calls the expiry action of each request whose time is up.
/// A dedicated thread, because a thread pool busy with guests must not delay the one thing that
/// stops them.
/// </summary>
public sealed class DeadlineWatchdog : IDisposable
{
    public static readonly TimeSpan Resolution = TimeSpan.FromMilliseconds(5);

    private readonly object gate = new();
    private readonly List<Entry> entries = new();
    private readonly TimeProvider time;
    private readonly Thread thread;
    private volatile bool stopping;

    public DeadlineWatchdog(TimeProvider? time = null)
    {
        this.time = time ?? TimeProvider.System;
        thread = new Thread(Watch) { IsBackground = true, Name = "wasmbox deadlines" };
        thread.Start();
    }

    /// <summary>Calls <paramref name="onExpired"/> once, from the watchdog's thread, when <paramref name="timeout"/> has passed, unless the registration is disposed first.</summary>
    public IDisposable Register(TimeSpan timeout, Action onExpired)
    {
        var entry = new Entry(this, time.GetTimestamp() + (long)(timeout.TotalSeconds * time.TimestampFrequency), onExpired);
        lock (gate) entries.Add(entry);
        return entry;
    }

    private void Remove(Entry entry)
    {
        lock (gate) entries.Remove(entry);
    }

    private void Watch()
    {
        var expired = new List<Entry>();
        while (!stopping)
        {
            Thread.Sleep(Resolution);
            var now = time.GetTimestamp();
            lock (gate)
            {
                for (var i = entries.Count - 1; i >= 0; i--)
                {
                    if (entries[i].Due > now) continue;
                    expired.Add(entries[i]);
                    entries.RemoveAt(i);
                }
            }
            foreach (var entry in expired)
            {
                try { entry.OnExpired(); }
                catch (Exception) { /* an expiry action only interrupts a store; it must not stop the watch */ }
            }
            expired.Clear();
        }
    }

    public void Dispose()
    {
        stopping = true;
        thread.Join();
    }

    private sealed class Entry(DeadlineWatchdog owner, long due, Action onExpired) : IDisposable
    {
        public long Due => due;
        public Action OnExpired => onExpired;
        public void Dispose() => owner.Remove(this);
    }
}
