using Microsoft.Extensions.Logging;
using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.PubSub;
using Wasmbox.Host.Executors;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Logs;

namespace Wasmbox.Host.Triggers;

/// <summary>
/// Runs functions for the pub/sub messages of the topics they subscribe to (manifest
/// <c>subscriptions</c>): each message in a fresh instance, the event's data on stdin and its
/// attributes in CE_* variables, answered as Dapr's app channel answers: exit 0 is SUCCESS, exit 75
/// or a timeout RETRY (with back-off), anything else DROP (logged, and sent to the dead-letter topic
/// when one is named). Each function is a subscriber of its own, by name, so what is published
/// while it is deleted, or while the server is down, waits for it.
/// </summary>
public sealed class PubSubTrigger : IAsyncDisposable
{
    /// <summary>The exit status that asks for the event again (EX_TEMPFAIL), as issue 15 specifies.</summary>
    public const int RetryExitCode = 75;

    private readonly FunctionRegistry registry;
    private readonly ComponentSet components;
    private readonly TriggerRunner runner;
    private readonly FunctionLogs logs;
    private readonly object gate = new();
    private readonly Dictionary<(string Function, SubscriptionSpec Subscription), IAsyncDisposable> active = new();
    private readonly List<IAsyncDisposable> declarative = [];
    private readonly AppChannel.AppSubscriptions routes;

    public PubSubTrigger(FunctionRegistry registry, ComponentSet components, TriggerRunner runner, FunctionLogs logs, AppChannel.AppSubscriptions routes,
        Telemetry.DeliveryMetrics metrics, ILogger<PubSubTrigger> logger)
    {
        this.metrics = metrics;
        this.routes = routes;
        this.logger = logger;
        this.registry = registry;
        this.components = components;
        this.runner = runner;
        this.logs = logs;
        registry.TableChanged += Reconcile;
        Reconcile(registry.Table);
        // Subscription resources are read at start: each is one subscriber, named after it, whose
        // events go to the function serving the path its rules choose.
        foreach (var subscription in components.Subscriptions)
        {
            var options = new SubscriptionOptions { DeadLetterTopic = subscription.DeadLetterTopic };
            declarative.Add(components.PubSubs[subscription.PubSub].Subscribe("subscription:" + subscription.Name, subscription.Topic, options,
                metrics.Counted(subscription.PubSub, subscription.Topic, "subscription:" + subscription.Name, options,
                    (delivery, cancellation) => RouteAsync(subscription, delivery, cancellation))));
        }
    }

    private readonly ILogger logger;
    private readonly Telemetry.DeliveryMetrics metrics;

    /// <summary>A Subscription resource's event: its rules choose a path, the function serving that path runs it; no path, or no function there, drops it.</summary>
    private ValueTask<DeliveryResult> RouteAsync(SubscriptionDefinition subscription, Delivery delivery, CancellationToken cancellation)
    {
        string? path;
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(delivery.Message.Data);
            path = subscription.PathFor(document.RootElement);
        }
        catch (System.Text.Json.JsonException)
        {
            path = subscription.DefaultPath;   // a raw payload: no attributes for the rules to read
        }
        if ((path is null ? null : routes.FunctionFor(path)) is { } function) return DeliverAsync(function, delivery, cancellation);
        logger.LogWarning("subscription {Subscription}: event {Id} on {Topic} dropped: {Reason}", subscription.Name, delivery.Message.Id, delivery.Message.Topic,
            path is null ? "no rule matched and there is no default route" : $"no function serves {path}");
        return ValueTask.FromResult(DeliveryResult.Drop);
    }

    private void Reconcile(FunctionTable table)
    {
        lock (gate)
        {
            var wanted = table.Functions.Values
                .SelectMany(f => f.Spec.Subscriptions.Where(s => components.PubSubs.ContainsKey(s.PubSub)).Select(s => (f.Name, s)))
                .ToHashSet();
            foreach (var key in active.Keys.Where(k => !wanted.Contains(k)).ToList())
            {
                active.Remove(key, out var subscription);
                subscription!.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            foreach (var (function, subscription) in wanted.Where(w => !active.ContainsKey(w)))
            {
                var options = new SubscriptionOptions { DeadLetterTopic = subscription.DeadLetterTopic };
                active[(function, subscription)] = components.PubSubs[subscription.PubSub].Subscribe(function, subscription.Topic, options,
                    metrics.Counted(subscription.PubSub, subscription.Topic, function, options, (delivery, cancellation) => DeliverAsync(function, delivery, cancellation)));
            }
        }
    }

    /// <summary>
    /// Runs function <paramref name="name"/> for one message and answers as the app channel does;
    /// also the door for deliveries that a real daprd makes over HTTP (<c>POST /dapr/events/NAME</c>).
    /// </summary>
    public async ValueTask<DeliveryResult> DeliverAsync(string name, Delivery delivery, CancellationToken cancellation)
    {
        // The version served now handles it, even if the message was published to an earlier one.
        var requestId = $"event {delivery.Message.Id}";
        var input = CloudEventInput.From(delivery.Message, delivery.Attempt);
        var run = await runner.RunAsync(name, Telemetry.InvocationTrigger.PubSub, requestId, input.Data, input.Environment, cancellation,
            input.Attribute("CE_TRACEPARENT"), input.Attribute("CE_TRACESTATE")).ConfigureAwait(false);
        if (run is null) return DeliveryResult.Retry;   // not served now, or its queue is full: later
        var (result, version) = run;
        var answer = result.Outcome switch
        {
            ExecutionOutcome.Succeeded => DeliveryResult.Success,
            ExecutionOutcome.ExitedWithError when result.ExitCode == RetryExitCode => DeliveryResult.Retry,
            ExecutionOutcome.TimedOut or ExecutionOutcome.ClientGone => DeliveryResult.Retry,
            _ => DeliveryResult.Drop,
        };
        if (answer != DeliveryResult.Success)
            logs.Write(name, version, requestId, answer == DeliveryResult.Drop ? LogLevel.Error : LogLevel.Warning,
                $"{delivery.Message.Topic} delivery attempt {delivery.Attempt}: {answer.ToString().ToUpperInvariant()} ({result.Detail})");
        return answer;
    }

    public async ValueTask DisposeAsync()
    {
        registry.TableChanged -= Reconcile;
        List<IAsyncDisposable> subscriptions;
        lock (gate)
        {
            subscriptions = [.. active.Values, .. declarative];
            active.Clear();
            declarative.Clear();
        }
        foreach (var subscription in subscriptions) await subscription.DisposeAsync().ConfigureAwait(false);
    }
}
