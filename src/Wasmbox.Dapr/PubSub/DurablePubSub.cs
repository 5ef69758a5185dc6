using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Wasmbox.Dapr.PubSub;

/// <summary>
/// The embedded durable pub/sub: a message is written to SQLite (WAL, synchronous=FULL) with one
/// pending delivery per known subscriber of its topic before <see cref="PublishAsync"/> returns,
/// so it survives <c>kill -9</c>. One loop hands due deliveries to the subscribers present, at
/// least once: SUCCESS removes the delivery, RETRY (or a handler that throws) schedules it again
/// with exponential back-off, DROP or the last attempt moves the message to the subscription's
/// dead-letter topic. Subscribers are remembered by name, so what was published while one was
/// away (or the process was down) reaches it when it subscribes again.
/// </summary>
public sealed class DurablePubSub : IPubSub
{
    private const int MaxConcurrentDeliveries = 32;

    private readonly SqliteConnection connection;
    private readonly object gate = new();
    private readonly ConcurrentDictionary<(string Subscriber, string Topic), Active> active = new();
    private readonly ConcurrentDictionary<(string MessageId, string Subscriber), byte> inFlight = new();
    private readonly SemaphoreSlim wake = new(0);
    private readonly SemaphoreSlim slots = new(MaxConcurrentDeliveries, MaxConcurrentDeliveries);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private readonly TimeProvider time;

    public DurablePubSub(string path, TimeProvider? time = null)
    {
        this.time = time ?? TimeProvider.System;
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory) Directory.CreateDirectory(directory);
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute("""
            PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;
            CREATE TABLE IF NOT EXISTS messages (id TEXT PRIMARY KEY, topic TEXT NOT NULL, data BLOB NOT NULL, content_type TEXT NOT NULL, metadata TEXT NOT NULL, published_at INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS subscribers (name TEXT NOT NULL, topic TEXT NOT NULL, PRIMARY KEY (name, topic));
            CREATE TABLE IF NOT EXISTS deliveries (message_id TEXT NOT NULL, subscriber TEXT NOT NULL, attempts INTEGER NOT NULL, due_at INTEGER NOT NULL, PRIMARY KEY (message_id, subscriber));
            CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (due_at);
            """);
        loop = Task.Run(DeliverAsync);
    }

    public ValueTask PublishAsync(PubSubMessage message, CancellationToken cancellation = default)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            Store(transaction, message);
            transaction.Commit();
        }
        wake.Release();
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes the message and a delivery for each subscriber of its topic; a topic nobody subscribes to keeps nothing.</summary>
    private void Store(SqliteTransaction transaction, PubSubMessage message)
    {
        var subscribers = Query(transaction, "SELECT name FROM subscribers WHERE topic = $topic", r => r.GetString(0), ("$topic", message.Topic));
        if (subscribers.Count == 0) return;
        NonQuery(transaction, "INSERT OR IGNORE INTO messages (id, topic, data, content_type, metadata, published_at) VALUES ($id, $topic, $data, $type, $metadata, $at)",
            ("$id", message.Id), ("$topic", message.Topic), ("$data", message.Data), ("$type", message.ContentType),
            ("$metadata", JsonSerializer.Serialize(message.Metadata)), ("$at", message.PublishedAt.ToUnixTimeMilliseconds()));
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var subscriber in subscribers)
            NonQuery(transaction, "INSERT OR IGNORE INTO deliveries (message_id, subscriber, attempts, due_at) VALUES ($id, $subscriber, 0, $now)",
                ("$id", message.Id), ("$subscriber", subscriber), ("$now", now));
    }

    public IAsyncDisposable Subscribe(string subscriber, string topic, SubscriptionOptions options, Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> handler)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            NonQuery(transaction, "INSERT OR IGNORE INTO subscribers (name, topic) VALUES ($name, $topic)", ("$name", subscriber), ("$topic", topic));
            transaction.Commit();
        }
        var registration = new Active(this, subscriber, topic, options, handler);
        if (!active.TryAdd((subscriber, topic), registration))
            throw new InvalidOperationException($"{subscriber} already receives {topic}");
        wake.Release();
        return registration;
    }

    /// <summary>Messages waiting for <paramref name="subscriber"/> (for metrics and tests).</summary>
    public int Pending(string subscriber)
    {
        lock (gate) return Query(null, "SELECT COUNT(*) FROM deliveries WHERE subscriber = $s", r => r.GetInt32(0), ("$s", subscriber))[0];
    }

    /// <summary>Messages of <paramref name="topic"/> waiting for <paramref name="subscriber"/> (the dashboard's subscriptions).</summary>
    public int Pending(string subscriber, string topic)
    {
        lock (gate)
            return Query(null, "SELECT COUNT(*) FROM deliveries d JOIN messages m ON m.id = d.message_id WHERE d.subscriber = $s AND m.topic = $t",
                r => r.GetInt32(0), ("$s", subscriber), ("$t", topic))[0];
    }

    private async Task DeliverAsync()
    {
        var token = stopping.Token;
        while (!token.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = DispatchDue(token);
            }
            catch (ObjectDisposedException) { return; }
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
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        List<(PubSubMessage Message, string Subscriber, int Attempts)> due;
        var started = new List<(Active Registration, Delivery Delivery)>();
        long? next;
        var slotsFull = false;
        // The rows are read and claimed (in flight) under one lock: a delivery settled between a
        // read and its claim would otherwise be started again from the stale row.
        lock (gate)
        {
            due = Query(null, """
                SELECT m.id, m.topic, m.data, m.content_type, m.metadata, m.published_at, d.subscriber, d.attempts
                FROM deliveries d JOIN messages m ON m.id = d.message_id
                WHERE d.due_at <= $now ORDER BY d.due_at LIMIT 256
                """, r => (new PubSubMessage(r.GetString(0), r.GetString(1), (byte[])r.GetValue(2), r.GetString(3), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5)))
                {
                    Metadata = JsonSerializer.Deserialize<System.Collections.Immutable.ImmutableDictionary<string, string>>(r.GetString(4))!,
                }, r.GetString(6), r.GetInt32(7)), ("$now", now));
            next = Query(null, "SELECT MIN(due_at) FROM deliveries WHERE due_at > $now", r => r.IsDBNull(0) ? (long?)null : r.GetInt64(0), ("$now", now))[0];
            foreach (var (message, subscriber, attempts) in due)
            {
                if (!active.TryGetValue((subscriber, message.Topic), out var registration)) continue;   // not here now: kept for later
                if (!inFlight.TryAdd((message.Id, subscriber), 0)) continue;
                if (!slots.Wait(0))
                {
                    inFlight.TryRemove((message.Id, subscriber), out _);
                    slotsFull = true;
                    break;
                }
                started.Add((registration, new Delivery(message, attempts + 1)));
            }
        }
        foreach (var (registration, delivery) in started)
            _ = Task.Run(() => HandleAsync(registration, delivery, token), CancellationToken.None);
        if (slotsFull) return TimeSpan.FromMilliseconds(10);   // all delivery slots busy: look again soon
        return next is { } at ? TimeSpan.FromMilliseconds(Math.Clamp(at - now, 1, 1000)) : TimeSpan.FromSeconds(1);
    }

    private async Task HandleAsync(Active registration, Delivery delivery, CancellationToken token)
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
            if (token.IsCancellationRequested) return;   // stopping: the delivery stays, for the next start
            Settle(registration, delivery, result);
        }
        catch (ObjectDisposedException) { /* the pub/sub was disposed while the handler ran */ }
        finally
        {
            inFlight.TryRemove((delivery.Message.Id, registration.Subscriber), out _);
            slots.Release();
            try { wake.Release(); } catch (ObjectDisposedException) { }
        }
    }

    private void Settle(Active registration, Delivery delivery, DeliveryResult result)
    {
        var message = delivery.Message;
        var options = registration.Options;
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            if (result == DeliveryResult.Retry && delivery.Attempt < options.MaxAttempts)
            {
                var due = time.GetUtcNow().Add(options.BackoffAfter(delivery.Attempt)).ToUnixTimeMilliseconds();
                NonQuery(transaction, "UPDATE deliveries SET attempts = $attempts, due_at = $due WHERE message_id = $id AND subscriber = $s",
                    ("$attempts", delivery.Attempt), ("$due", due), ("$id", message.Id), ("$s", registration.Subscriber));
            }
            else
            {
                if (result != DeliveryResult.Success && options.DeadLetterTopic is { } deadLetter)
                    Store(transaction, message with { Id = $"{message.Id}.dead.{registration.Subscriber}", Topic = deadLetter });
                NonQuery(transaction, "DELETE FROM deliveries WHERE message_id = $id AND subscriber = $s", ("$id", message.Id), ("$s", registration.Subscriber));
                NonQuery(transaction, "DELETE FROM messages WHERE id = $id AND NOT EXISTS (SELECT 1 FROM deliveries WHERE message_id = $id)", ("$id", message.Id));
            }
            transaction.Commit();
        }
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void NonQuery(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private List<T> Query<T>(SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        stopping.Cancel();
        await loop.ConfigureAwait(false);
        // Let running handlers finish settling (or notice the stop) before the connection goes.
        for (var i = 0; i < MaxConcurrentDeliveries; i++) await slots.WaitAsync().ConfigureAwait(false);
        lock (gate) connection.Dispose();
        stopping.Dispose();
    }

    private sealed class Active(DurablePubSub owner, string subscriber, string topic, SubscriptionOptions options,
        Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> handler) : IAsyncDisposable
    {
        public string Subscriber => subscriber;
        public SubscriptionOptions Options => options;
        public Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> Handler => handler;

        public ValueTask DisposeAsync()
        {
            owner.active.TryRemove((subscriber, topic), out _);
            return ValueTask.CompletedTask;
        }
    }
}
