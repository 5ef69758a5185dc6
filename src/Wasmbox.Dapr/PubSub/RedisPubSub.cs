using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Wasmbox.Dapr.PubSub;

/// <summary>
/// <c>pubsub.redis</c> on Redis Streams, as daprd's: a topic is a stream, a message an entry
/// (XADD, acknowledged by Redis before <see cref="PublishAsync"/> returns). Each subscriber name is
/// a consumer group (prefixed with <see cref="RedisPubSubOptions.ConsumerId"/>), created at the
/// stream's end when first seen, so every process that subscribes with the same name shares one
/// queue: each entry goes to one of them, and what arrives while all are away waits in the group.
/// This process reads as a consumer of its own (<see cref="ConsumerName"/>); see
/// <see cref="RedisSubscription"/> for acknowledgement, retries and dead letters.
/// </summary>
public sealed class RedisPubSub : IPubSub
{
    private readonly ConnectionMultiplexer connection;
    private readonly IDatabase database;
    private readonly ConcurrentDictionary<(string Subscriber, string Topic), RedisSubscription> active = new();
    private readonly ConcurrentDictionary<(string Stream, string Group), byte> groupsJoined = new();
    private readonly ConcurrentDictionary<Task, byte> handlers = new();
    private readonly CancellationTokenSource stopping = new();

    /// <param name="connection">the connection, owned (and closed) by the pub/sub</param>
    /// <param name="options">how to consume (Dapr's metadata); the defaults when null</param>
    public RedisPubSub(ConnectionMultiplexer connection, RedisPubSubOptions? options = null)
    {
        this.connection = connection;
        database = connection.GetDatabase();
        Options = options ?? new RedisPubSubOptions();
        // Unique per process and per instance, so two servers (or two instances in a test) never
        // read as one consumer: an entry a consumer holds is known to be in its hands only.
        ConsumerName = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
    }

    public RedisPubSubOptions Options { get; }

    /// <summary>This process's consumer name in every group it reads from.</summary>
    public string ConsumerName { get; }

    /// <summary>The consumer group of subscriber <paramref name="subscriber"/>.</summary>
    public string GroupName(string subscriber) => Options.ConsumerId.Length == 0 ? subscriber : $"{Options.ConsumerId}:{subscriber}";

    public ValueTask PublishAsync(PubSubMessage message, CancellationToken cancellation = default)
    {
        // Synchronous on purpose: a guest publishes from a host function that waits on its own thread.
        Add(database, message);
        Wake(message.Topic);
        return ValueTask.CompletedTask;
    }

    /// <summary>Lets this process's readers of <paramref name="topic"/> look now rather than at their next poll.</summary>
    internal void Wake(string topic)
    {
        foreach (var ((_, subscribed), subscription) in active)
            if (subscribed == topic) subscription.Wake();
    }

    /// <summary>XADD of <paramref name="message"/> to its topic's stream, trimmed to about <see cref="RedisPubSubOptions.MaxLenApprox"/>.</summary>
    internal Task Add(IDatabaseAsync target, PubSubMessage message) =>
        target.StreamAddAsync(message.Topic, RedisStreamMessage.Fields(message), maxLength: Options.MaxLenApprox, useApproximateMaxLength: true);

    private void Add(IDatabase target, PubSubMessage message) =>
        target.StreamAdd(message.Topic, RedisStreamMessage.Fields(message), maxLength: Options.MaxLenApprox, useApproximateMaxLength: true);

    public IAsyncDisposable Subscribe(string subscriber, string topic, SubscriptionOptions options, Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> handler)
    {
        var group = GroupName(subscriber);
        JoinGroup(topic, group);
        var subscription = new RedisSubscription(this, database, subscriber, topic, group, options, handler, stopping.Token);
        if (!active.TryAdd((subscriber, topic), subscription))
            throw new InvalidOperationException($"{subscriber} already receives {topic}");
        subscription.Start();
        return subscription;
    }

    /// <summary>
    /// Creates the group at the stream's end (and the stream, if new): a new subscriber starts from
    /// new messages, as with Dapr's brokers; a group that exists keeps its place.
    /// </summary>
    internal void JoinGroup(string stream, string group)
    {
        try
        {
            database.StreamCreateConsumerGroup(stream, group, StreamPosition.NewMessages, createStream: true);
        }
        catch (RedisServerException e) when (e.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal)) { }
        groupsJoined.TryAdd((stream, group), 0);
    }

    /// <summary>Keeps <paramref name="handling"/> until it ends, so disposing waits for it.</summary>
    internal void Track(Task handling)
    {
        handlers.TryAdd(handling, 0);
        handling.ContinueWith(done => handlers.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    internal void Remove(RedisSubscription subscription) => active.TryRemove(new((subscription.Subscriber, subscription.Topic), subscription));

    /// <summary>Messages of <paramref name="topic"/> waiting for <paramref name="subscriber"/>: not yet delivered, or delivered and not yet acknowledged.</summary>
    public long Pending(string subscriber, string topic)
    {
        var group = GroupName(subscriber);
        if (!database.KeyExists(topic)) return 0;
        var info = database.StreamGroupInfo(topic).FirstOrDefault(g => g.Name == group);
        if (info.Name is null) return 0;
        // Redis cannot tell the lag after entries were deleted in the middle; then count what is past the group's place.
        var lag = info.Lag ?? database.StreamRange(topic, $"({info.LastDeliveredId}", "+").Length;
        return info.PendingMessageCount + lag;
    }

    public async ValueTask DisposeAsync()
    {
        // Handlers still running see the stop and leave their entries unacknowledged: another
        // consumer of the group takes them over after the processing timeout.
        stopping.Cancel();
        foreach (var subscription in active.Values) await subscription.DisposeAsync().ConfigureAwait(false);
        // Subscriptions disposed earlier may still have handlers running: they settle (or see the stop) before the connection goes.
        await Task.WhenAll(handlers.Keys).ConfigureAwait(false);
        await ForgetIdleConsumerAsync().ConfigureAwait(false);
        await connection.CloseAsync().ConfigureAwait(false);
        connection.Dispose();
        stopping.Dispose();
    }

    /// <summary>Removes this process's consumer from the groups where it holds nothing, so groups do not collect the names of every process that ever ran.</summary>
    private async Task ForgetIdleConsumerAsync()
    {
        foreach (var (stream, group) in groupsJoined.Keys)
        {
            try
            {
                var pending = await database.StreamPendingAsync(stream, group).ConfigureAwait(false);
                if (!pending.Consumers.Any(c => c.Name == ConsumerName && c.PendingMessageCount > 0))
                    await database.StreamDeleteConsumerAsync(stream, group, ConsumerName).ConfigureAwait(false);
            }
            catch (RedisException) { /* only tidiness: an unreachable server keeps the name */ }
        }
    }
}
