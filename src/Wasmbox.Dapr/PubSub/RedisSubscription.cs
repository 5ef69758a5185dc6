using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Wasmbox.Dapr.PubSub;

/// <summary>
/// One subscriber of one topic in this process: reads new entries of the topic's stream as this
/// process's consumer of the subscriber's group (XREADGROUP), runs the handler for each, and
/// settles the entry by the answer. SUCCESS acknowledges it (XACK). RETRY, or a handler that
/// throws, hands it to the group's retry consumer (XCLAIM JUSTID, which restarts its idle clock
/// and keeps its delivery count); once it has been idle for the back-off of its attempt, whichever
/// process of the group looks first claims it back (XCLAIM with that idle time as the minimum, so
/// only one wins) and delivers it again, the entry's delivery count being the attempt. DROP, or
/// the last attempt, publishes it to the dead-letter topic and acknowledges it in one MULTI. An
/// entry left unacknowledged by a consumer that died is taken over after the processing timeout.
/// </summary>
internal sealed class RedisSubscription : IAsyncDisposable
{
    /// <summary>The consumer name that holds entries waiting for their retry, in every group: no process reads as it.</summary>
    internal const string RetryConsumer = "wasmbox:retry";

    private const int PendingPageSize = 100;
    private const int MaxPendingPages = 10;

    private readonly RedisPubSub owner;
    private readonly IDatabase database;
    private readonly string group;
    private readonly SubscriptionOptions options;
    private readonly Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> handler;
    private readonly CancellationToken stopping;
    private readonly CancellationTokenSource reading = new();
    private readonly SemaphoreSlim wake = new(0, 1);
    private readonly SemaphoreSlim running;
    private readonly ConcurrentDictionary<string, byte> inFlight = new();
    private readonly object schedule = new();
    private long nextRetryScanAt;   // Environment.TickCount64 when a retry may be due; long.MaxValue: none known
    private long nextSweepAt;       // when to look for entries abandoned by dead consumers
    private Task loop = Task.CompletedTask;

    // stopping is the pub/sub's stop: handlers see it, and an entry whose handler was stopped stays unacknowledged.
    public RedisSubscription(RedisPubSub owner, IDatabase database, string subscriber, string topic, string group, SubscriptionOptions options,
        Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> handler, CancellationToken stopping)
    {
        this.owner = owner;
        this.database = database;
        Subscriber = subscriber;
        Topic = topic;
        this.group = group;
        this.options = options;
        this.handler = handler;
        this.stopping = stopping;
        running = new SemaphoreSlim(owner.Options.Concurrency, owner.Options.Concurrency);
        // Look at once: entries of this group may be waiting for a retry, or left by a consumer that died.
        nextRetryScanAt = 0;
        nextSweepAt = owner.Options.RedeliverInterval > TimeSpan.Zero ? 0 : long.MaxValue;
    }

    public string Subscriber { get; }
    public string Topic { get; }

    private RedisPubSubOptions Settings => owner.Options;

    public void Start() => loop = Task.Run(ReadAsync);

    /// <summary>Asks for new entries now rather than at the next poll (a message was just published here, or a delivery slot freed).</summary>
    public void Wake()
    {
        if (wake.CurrentCount > 0) return;
        try { wake.Release(); } catch (SemaphoreFullException) { /* already woken */ }
    }

    private async Task ReadAsync()
    {
        var token = reading.Token;
        while (!token.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await PollAsync().ConfigureAwait(false);
            }
            catch (RedisServerException e) when (e.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
            {
                // The stream was deleted with its groups: join again, at its new end.
                owner.JoinGroup(Topic, group);
                wait = TimeSpan.Zero;
            }
            catch (RedisException)
            {
                wait = TimeSpan.FromSeconds(1);   // the server is away: the connection reconnects by itself, look again soon
            }
            catch (ObjectDisposedException) { return; }
            if (wait <= TimeSpan.Zero) continue;
            try
            {
                await wake.WaitAsync(wait, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Claims what is due, reads what is new; returns how long to wait before looking again.</summary>
    private async Task<TimeSpan> PollAsync()
    {
        var now = Environment.TickCount64;
        if (now >= Volatile.Read(ref nextRetryScanAt) || now >= nextSweepAt) await ClaimDueAsync(now).ConfigureAwait(false);
        var room = Settings.QueueDepth - inFlight.Count;
        if (room <= 0) return Settings.PollInterval;   // full: a handler that finishes wakes the loop
        var entries = await database.StreamReadGroupAsync(Topic, group, owner.ConsumerName, StreamPosition.NewMessages, room).ConfigureAwait(false);
        foreach (var entry in entries) Deliver(entry, 1);
        if (entries.Length == room) return TimeSpan.Zero;   // there may be more
        var untilDue = Math.Min(Volatile.Read(ref nextRetryScanAt), nextSweepAt) - Environment.TickCount64;
        return TimeSpan.FromMilliseconds(Math.Clamp(untilDue, 1, Settings.PollInterval.TotalMilliseconds));
    }

    /// <summary>
    /// Walks the group's pending entries: claims those waiting for a retry whose back-off has
    /// passed and, on a sweep, those a consumer has held past the processing timeout.
    /// </summary>
    private async Task ClaimDueAsync(long now)
    {
        var sweep = now >= nextSweepAt;
        if (sweep) nextSweepAt = now + (long)Settings.RedeliverInterval.TotalMilliseconds;
        // Reset before reading, so a retry settled while this runs lowers it again and is not missed.
        lock (schedule) nextRetryScanAt = long.MaxValue;
        RedisValue from = "-";
        for (var page = 0; page < MaxPendingPages; page++)
        {
            var pending = await database.StreamPendingMessagesAsync(Topic, group, PendingPageSize, RedisValue.Null, from).ConfigureAwait(false);
            foreach (var entry in pending)
            {
                if (inFlight.ContainsKey(entry.MessageId.ToString())) continue;
                var retrying = entry.ConsumerName == RetryConsumer;
                if (!retrying && !sweep) continue;
                var idleNeeded = retrying ? (long)options.BackoffAfter(entry.DeliveryCount).TotalMilliseconds : (long)Settings.ProcessingTimeout.TotalMilliseconds;
                if (entry.IdleTimeInMilliseconds < idleNeeded)
                {
                    if (retrying) ScheduleRetryScan(now + idleNeeded - entry.IdleTimeInMilliseconds);
                    continue;
                }
                if (Settings.QueueDepth - inFlight.Count <= 0)
                {
                    ScheduleRetryScan(now + (long)Settings.PollInterval.TotalMilliseconds);   // no room now: due, so look again soon
                    return;
                }
                // The minimum idle time makes the claim fail if another process claimed it meanwhile (its idle clock restarted).
                var claimed = await database.StreamClaimAsync(Topic, group, owner.ConsumerName, idleNeeded, [entry.MessageId]).ConfigureAwait(false);
                foreach (var taken in claimed)
                    if (!taken.IsNull) Deliver(taken, entry.DeliveryCount + 1);   // the claim counted one more delivery
            }
            if (pending.Length < PendingPageSize) return;
            from = $"({pending[^1].MessageId}";
        }
        ScheduleRetryScan(now + (long)Settings.PollInterval.TotalMilliseconds);   // more pending than one look reads: go on soon
    }

    private void ScheduleRetryScan(long at)
    {
        lock (schedule) nextRetryScanAt = Math.Min(nextRetryScanAt, at);
    }

    private void Deliver(StreamEntry entry, int attempt)
    {
        var id = entry.Id.ToString();
        if (!inFlight.TryAdd(id, 0)) return;
        var delivery = new Delivery(RedisStreamMessage.From(Topic, entry), attempt);
        owner.Track(Task.Run(() => HandleAsync(id, delivery)));
    }

    private async Task HandleAsync(string id, Delivery delivery)
    {
        try
        {
            await running.WaitAsync(stopping).ConfigureAwait(false);
            try
            {
                DeliveryResult result;
                try
                {
                    result = await handler(delivery, stopping).ConfigureAwait(false);
                }
                catch (Exception) when (!stopping.IsCancellationRequested)
                {
                    result = DeliveryResult.Retry;
                }
                if (stopping.IsCancellationRequested) return;   // stopping: the entry stays pending, for another consumer or the next start
                await SettleAsync(id, delivery, result).ConfigureAwait(false);
            }
            finally
            {
                running.Release();
            }
        }
        // Stopped, or Redis could not be told: the entry stays pending and is taken over after the processing timeout.
        catch (Exception) when (stopping.IsCancellationRequested) { }
        catch (RedisException) { }
        finally
        {
            inFlight.TryRemove(id, out _);
            Wake();
        }
    }

    private async Task SettleAsync(string id, Delivery delivery, DeliveryResult result)
    {
        if (result == DeliveryResult.Success)
        {
            await database.StreamAcknowledgeAsync(Topic, group, id).ConfigureAwait(false);
        }
        else if (result == DeliveryResult.Retry && delivery.Attempt < options.MaxAttempts)
        {
            await database.StreamClaimIdsOnlyAsync(Topic, group, RetryConsumer, 0, [id]).ConfigureAwait(false);
            ScheduleRetryScan(Environment.TickCount64 + (long)options.BackoffAfter(delivery.Attempt).TotalMilliseconds);
        }
        else if (options.DeadLetterTopic is { } deadLetter)
        {
            var message = delivery.Message;
            var transaction = database.CreateTransaction();
            var added = owner.Add(transaction, message with { Id = $"{message.Id}.dead.{Subscriber}", Topic = deadLetter });
            var acknowledged = transaction.StreamAcknowledgeAsync(Topic, group, id);
            await transaction.ExecuteAsync().ConfigureAwait(false);
            await Task.WhenAll(added, acknowledged).ConfigureAwait(false);
            owner.Wake(deadLetter);
        }
        else
        {
            await database.StreamAcknowledgeAsync(Topic, group, id).ConfigureAwait(false);
        }
    }

    /// <summary>Stops reading; handlers already running finish and settle (the pub/sub waits for them when it stops).</summary>
    public async ValueTask DisposeAsync()
    {
        owner.Remove(this);
        await reading.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        reading.Dispose();
    }
}
