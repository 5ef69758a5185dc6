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
    private readonly GuestRunner runner;
    private readonly GuestThreads threads;
    private readonly FunctionLogs logs;
    private readonly object gate = new();
    private readonly Dictionary<(string Function, SubscriptionSpec Subscription), IAsyncDisposable> active = new();

    public PubSubTrigger(FunctionRegistry registry, ComponentSet components, GuestRunner runner, GuestThreads threads, FunctionLogs logs)
    {
        this.registry = registry;
        this.components = components;
        this.runner = runner;
        this.threads = threads;
        this.logs = logs;
        registry.TableChanged += Reconcile;
        Reconcile(registry.Table);
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
                    (delivery, cancellation) => DeliverAsync(function, delivery, cancellation));
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
        if (!registry.Table.Functions.TryGetValue(name, out var function)) return DeliveryResult.Retry;
        var requestId = $"event {delivery.Message.Id}";
        var version = function.Version.Version;
        using var admission = await function.Admission.EnterAsync(function.Limits.Timeout!.Value, cancellation).ConfigureAwait(false);
        if (admission.Result != Limits.AdmissionResult.Admitted) return DeliveryResult.Retry;

        var input = CloudEventInput.From(delivery.Message, delivery.Attempt);
        var output = new GuestErrorOutput();
        var errors = new GuestErrorOutput();
        var configuration = function.Grants with { EnvironmentVariables = [.. function.Grants.EnvironmentVariables, .. input.Environment] };
        configuration = configuration
            .WithArguments([function.Name])
            .WithStandardInput(new MemoryStream(input.Data, writable: false))
            .WithStandardOutput(output)
            .WithStandardError(errors);
        var result = await threads.RunAsync(function, () => runner.Run(function, configuration, cancellation)).ConfigureAwait(false);
        foreach (var line in errors.Lines()) logs.Write(name, version, requestId, LogLevel.Information, line);
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
            subscriptions = [.. active.Values];
            active.Clear();
        }
        foreach (var subscription in subscriptions) await subscription.DisposeAsync().ConfigureAwait(false);
    }
}
