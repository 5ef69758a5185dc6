namespace Wasmbox.Host.Limits;

/// <summary>
/// At most <see cref="MaxRunning"/> instances of a function run at once; up to
/// <see cref="MaxQueued"/> more requests wait, in arrival order, for one to finish; past that a
/// request is refused at once. The limit travels with its counters, so they can be reported.
/// </summary>
public sealed class AdmissionQueue
{
    private readonly SemaphoreSlim slots;
    private int queued;

    public AdmissionQueue(int maxRunning, int maxQueued)
    {
        MaxRunning = maxRunning;
        MaxQueued = maxQueued;
        slots = new SemaphoreSlim(maxRunning, maxRunning);
    }

    public int MaxRunning { get; }
    public int MaxQueued { get; }
    public int Running => MaxRunning - slots.CurrentCount;
    public int Queued => Volatile.Read(ref queued);

    /// <summary>A slot, or why there is none: the queue was full, or the wait passed <paramref name="wait"/>.</summary>
    public async ValueTask<Admission> EnterAsync(TimeSpan wait, CancellationToken cancellation)
    {
        if (slots.Wait(0)) return new Admission(this, AdmissionResult.Admitted);
        if (Interlocked.Increment(ref queued) > MaxQueued)
        {
            Interlocked.Decrement(ref queued);
            return new Admission(null, AdmissionResult.QueueFull);
        }
        try
        {
            return await slots.WaitAsync(wait, cancellation).ConfigureAwait(false)
                ? new Admission(this, AdmissionResult.Admitted)
                : new Admission(null, AdmissionResult.WaitedTooLong);
        }
        finally
        {
            Interlocked.Decrement(ref queued);
        }
    }

    internal void Leave() => slots.Release();
}

public enum AdmissionResult { Admitted, QueueFull, WaitedTooLong }

/// <summary>A slot in an <see cref="AdmissionQueue"/>; disposing it lets the next request in.</summary>
public readonly struct Admission(AdmissionQueue? queue, AdmissionResult result) : IDisposable
{
    public AdmissionResult Result => result;
    public void Dispose() => queue?.Leave();
}
