using System.Collections.Immutable;

namespace Wasmbox.Dapr.Bindings;

/// <summary>
/// <c>bindings.cron</c>: an input binding that fires on its schedule, with no data and the
/// metadata daprd's cron sends (<c>timeZone</c>, <c>readTimeUTC</c>). A handler that is still
/// running when the next time comes does not stop it; a fire missed while the process was down
/// is not made up, as with daprd.
/// </summary>
public sealed class CronBinding(CronSchedule schedule, TimeProvider? time = null) : IInputBinding
{
    private readonly TimeProvider time = time ?? TimeProvider.System;

    public IAsyncDisposable Start(Func<BindingEvent, CancellationToken, ValueTask> handler)
    {
        var stop = new CancellationTokenSource();
        var loop = Task.Run(() => FireAsync(handler, stop.Token));
        return new Running(stop, loop);
    }

    private async Task FireAsync(Func<BindingEvent, CancellationToken, ValueTask> handler, CancellationToken stop)
    {
        var last = time.GetUtcNow();
        while (!stop.IsCancellationRequested)
        {
            if (schedule.Next(last) is not { } next) return;
            var wait = next - time.GetUtcNow();
            try
            {
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { return; }
            last = next;
            var metadata = ImmutableDictionary<string, string>.Empty
                .Add("timeZone", "UTC")
                .Add("readTimeUTC", next.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
            // Not awaited: a slow run must not delay the next fire. The handler reports its own
            // failures (the function's log); what escapes it is a stop in progress.
            _ = Task.Run(async () =>
            {
                try { await handler(new BindingEvent(ReadOnlyMemory<byte>.Empty, metadata), stop).ConfigureAwait(false); }
                catch (OperationCanceledException) { }
            }, CancellationToken.None);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Running(CancellationTokenSource stop, Task loop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await loop.ConfigureAwait(false);
            stop.Dispose();
        }
    }
}
