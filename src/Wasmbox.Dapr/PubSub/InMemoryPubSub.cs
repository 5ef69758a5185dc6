namespace Wasmbox.Dapr.PubSub;

/// <summary>
/// <c>pubsub.in-memory</c>: messages kept in this process only, gone when it stops (for tests and
/// throwaway events). Otherwise it delivers as the durable one does: a message waits for every
/// subscriber known to its topic (a subscriber is known from its first subscription on, and
/// remembered while it is away), SUCCESS settles it, RETRY or a handler that throws brings it back
/// after the back-off, and DROP or the last attempt sends it to the dead-letter topic. Unlike
/// daprd's in-memory pub/sub, RETRY is honoured, so a test on it means the same as on the others.
/// </summary>
public sealed class InMemoryPubSub : IPubSub
{
    private const int MaxConcurrentDeliveries = 32;

    private readonly object gate = new();
    // Every subscriber ever seen, by topic, with what waits for it; the handler is null while it is away.
    private readonly Dictionary<(string Subscriber, string Topic), Mailbox> mailboxes = new();
    private readonly SemaphoreSlim wake = new(0);
    private readonly SemaphoreSlim slots = new(MaxConcurrentDeliveries, MaxConcurrentDeliveries);
    private readonly CancellationTokenSource stopping = new();
    private readonly TimeProvider time;
    private readonly Task loop;

    public InMemoryPubSub(TimeProvider? time = null)
    {
        this.time = time ?? TimeProvider.System;
        loop = Task.Run(DeliverAsync);
    }

    public ValueTask PublishAsync(PubSubMessage message, CancellationToken cancellation = default)
    {
        lock (gate) Store(message);
        wake.Release();
        return ValueTask.CompletedTask;
    }

    /// <summary>Queues the message for each subscriber of its topic; a topic nobody subscribes to keeps nothing.</summary>
    private void Store(PubSubMessage message)
    {
        var now = time.GetUtcNow();
        foreach (var ((_, topic), mailbox) in mailboxes)
            if (topic == message.Topic) mailbox.Waiting.Add(new Waiting(message, 0, now));
    }

    public IAsyncDisposable Subscribe(string subscriber, string topic, SubscriptionOptions options, Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> handler)
    {
        var registration = new Registration(this, subscriber, topic, options, handler);
        lock (gate)
        {
            if (!mailboxes.TryGetValue((subscriber, topic), out var mailbox)) mailboxes[(subscriber, topic)] = mailbox = new Mailbox();
            if (mailbox.Present is not null) throw new InvalidOperationException($"{subscriber} already receives {topic}");
            mailbox.Present = registration;
        }
        wake.Release();
        return registration;
    }

    /// <summary>Messages waiting for <paramref name="subscriber"/> on all its topics, in flight included (for metrics and tests).</summary>
    public int Pending(string subscriber)
    {
        lock (gate) return mailboxes.Where(m => m.Key.Subscriber == subscriber).Sum(m => m.Value.Waiting.Count);
    }

    private async Task DeliverAsync()
    {
        var token = stopping.Token;
        while (!token.IsCancellationRequested)
        {
            var wait = DispatchDue(token);
            try
            {
                await wake.WaitAsync(wait, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Starts every due delivery whose subscriber is here; returns how long until the next one is due.</summary>
    private TimeSpan DispatchDue(CancellationToken token)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? next = null;
        lock (gate)
        {
            foreach (var mailbox in mailboxes.Values)
            {
                if (mailbox.Present is not { } registration) continue;   // away: kept for later
                foreach (var waiting in mailbox.Waiting)
                {
                    if (waiting.InFlight) continue;
                    if (waiting.DueAt > now)
                    {
                        if (next is null || waiting.DueAt < next) next = waiting.DueAt;
                        continue;
                    }
                    if (!slots.Wait(0)) return TimeSpan.FromMilliseconds(10);   // all delivery slots busy: look again soon
                    waiting.InFlight = true;
                    var delivery = new Delivery(waiting.Message, waiting.Attempts + 1);
                    _ = Task.Run(() => HandleAsync(mailbox, registration, waiting, delivery, token), CancellationToken.None);
                }
            }
        }
        return next is { } at ? TimeSpan.FromMilliseconds(Math.Clamp((at - now).TotalMilliseconds, 1, 1000)) : TimeSpan.FromSeconds(1);
    }

    private async Task HandleAsync(Mailbox mailbox, Registration registration, Waiting waiting, Delivery delivery, CancellationToken token)
    {
        try
        {
            DeliveryResult result;
            try
            {
                result = await registration.Handler(delivery, token).ConfigureAwait(false);
            }
            catch (Exception) when (!token.IsCancellationRequested)
            {
                result = DeliveryResult.Retry;
            }
            if (token.IsCancellationRequested) return;   // stopping: everything here is gone anyway
            lock (gate) Settle(mailbox, registration, waiting, delivery, result);
        }
        catch (Exception) when (token.IsCancellationRequested) { }
        finally
        {
            lock (gate) waiting.InFlight = false;
            slots.Release();
            wake.Release();
        }
    }

    private void Settle(Mailbox mailbox, Registration registration, Waiting waiting, Delivery delivery, DeliveryResult result)
    {
        var options = registration.Options;
        if (result == DeliveryResult.Retry && delivery.Attempt < options.MaxAttempts)
        {
            waiting.Attempts = delivery.Attempt;
            waiting.DueAt = time.GetUtcNow().Add(options.BackoffAfter(delivery.Attempt));
            return;
        }
        mailbox.Waiting.Remove(waiting);
        if (result != DeliveryResult.Success && options.DeadLetterTopic is { } deadLetter)
            Store(delivery.Message with { Id = $"{delivery.Message.Id}.dead.{registration.Subscriber}", Topic = deadLetter });
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        // Let running handlers notice the stop before the semaphores go.
        for (var i = 0; i < MaxConcurrentDeliveries; i++) await slots.WaitAsync().ConfigureAwait(false);
        stopping.Dispose();
    }

    private sealed class Mailbox
    {
        public List<Waiting> Waiting { get; } = [];
        public Registration? Present { get; set; }
    }

    /// <summary>A message waiting for one subscriber: the attempts made, when it is due next, and whether a handler has it now.</summary>
    private sealed class Waiting(PubSubMessage message, int attempts, DateTimeOffset dueAt)
    {
        public PubSubMessage Message { get; } = message;
        public int Attempts { get; set; } = attempts;
        public DateTimeOffset DueAt { get; set; } = dueAt;
        public bool InFlight { get; set; }
    }

    private sealed class Registration(InMemoryPubSub owner, string subscriber, string topic, SubscriptionOptions options,
        Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> handler) : IAsyncDisposable
    {
        public string Subscriber => subscriber;
        public SubscriptionOptions Options => options;
        public Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> Handler => handler;

        public ValueTask DisposeAsync()
        {
            lock (owner.gate)
            {
                if (owner.mailboxes.TryGetValue((subscriber, topic), out var mailbox) && mailbox.Present == this) mailbox.Present = null;
            }
            return ValueTask.CompletedTask;
        }
    }
}
