using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.PubSub;

namespace Wasmbox.Host.Invocation;

/// <summary>
/// Subscribes the other apps the manifest names the way daprd subscribes its app: once the server
/// listens, each app's <c>GET /dapr/subscribe</c> is read (again every few seconds until the app
/// answers: it may start later), and each entry becomes a subscriber <c>app:APPID</c> of the same
/// pub/sub the functions use. Events are posted to the route its rules choose, as a structured
/// CloudEvent, and the app's answer is read as daprd reads it (shared/DAPR-API.md §3.1): 2xx with
/// no status or SUCCESS, RETRY, DROP; 404 drops; any other status retries.
/// </summary>
public sealed class AppSubscriber(AppDirectory apps, ComponentSet components, LoopbackHttp http, Telemetry.DeliveryMetrics metrics, ILogger<AppSubscriber> logger) : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly List<IAsyncDisposable> subscriptions = [];
    private readonly List<Task> readers = [];
    private readonly List<(string App, SubscriptionDefinition Subscription)> subscribed = [];

    /// <summary>The subscriptions the apps have made so far, by app id (an app that has not answered /dapr/subscribe yet has none).</summary>
    public IReadOnlyList<(string App, SubscriptionDefinition Subscription)> Subscribed
    {
        get { lock (subscriptions) return [.. subscribed]; }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var app in apps.Apps) readers.Add(Task.Run(() => SubscribeAsync(app.Id, app.Address, stopping.Token)));
        return Task.CompletedTask;
    }

    private async Task SubscribeAsync(string appId, Uri address, CancellationToken stop)
    {
        var wait = TimeSpan.FromSeconds(1);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var answer = await http.SendToAsync(address, "GET", "/dapr/subscribe", [new("dapr-app-id", appId)], ReadOnlyMemory<byte>.Empty, false, stop).ConfigureAwait(false);
                if (answer is { Status: 404 }) return;   // an app with no subscriptions
                if (answer is { Status: 200 })
                {
                    foreach (var subscription in Parse(appId, answer.Body)) Subscribe(appId, address, subscription);
                    return;
                }
                logger.LogWarning("app {App}: GET /dapr/subscribe answered {Status}; asking again", appId, answer?.Status);
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (OperationCanceledException) { return; }
            try { await Task.Delay(wait, stop).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
        }
    }

    /// <summary>The entries of an app's /dapr/subscribe, as daprd reads them: routes.default wins over route, an entry with no route is dropped.</summary>
    private IEnumerable<SubscriptionDefinition> Parse(string appId, ReadOnlyMemory<byte> body)
    {
        JsonElement list;
        try { list = JsonDocument.Parse(body).RootElement; }
        catch (JsonException e)
        {
            logger.LogWarning("app {App}: /dapr/subscribe is not JSON: {Reason}", appId, e.Message);
            yield break;
        }
        if (list.ValueKind != JsonValueKind.Array) yield break;
        foreach (var entry in list.EnumerateArray())
        {
            string? Text(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var (pubsub, topic) = (Text(entry, "pubsubname"), Text(entry, "topic"));
            if (pubsub is null || topic is null) continue;
            var routes = entry.TryGetProperty("routes", out var r) ? r : default;
            var rules = ImmutableArray.CreateBuilder<RouteRule>();
            if (routes.ValueKind == JsonValueKind.Object && routes.TryGetProperty("rules", out var list2) && list2.ValueKind == JsonValueKind.Array)
            {
                foreach (var rule in list2.EnumerateArray())
                {
                    if (Text(rule, "match") is not { Length: > 0 } match || Text(rule, "path") is not { Length: > 0 } path) continue;
                    EventMatch parsed;
                    try { parsed = EventMatch.Parse(match); }
                    catch (FormatException e)
                    {
                        logger.LogWarning("app {App}: subscription to {Topic}: rule skipped: {Reason}", appId, topic, e.Message);
                        continue;
                    }
                    rules.Add(new RouteRule(parsed, path));
                }
            }
            var defaultPath = Text(routes, "default") ?? Text(entry, "route");
            if (rules.Count == 0 && defaultPath is null) continue;
            var metadata = entry.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object
                ? m.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToImmutableDictionary(p => p.Name, p => p.Value.GetString()!)
                : ImmutableDictionary<string, string>.Empty;
            yield return new SubscriptionDefinition($"{appId}:{pubsub}:{topic}", pubsub, topic, rules.ToImmutable(), defaultPath, appId, 0)
            {
                DeadLetterTopic = Text(entry, "deadLetterTopic"),
                Metadata = metadata,
            };
        }
    }

    /// <summary>Deliveries to an app, before an event is dropped (or dead-lettered).</summary>
    public const int AppMaxAttempts = 20;

    private void Subscribe(string appId, Uri address, SubscriptionDefinition subscription)
    {
        if (!components.PubSubs.TryGetValue(subscription.PubSub, out var pubsub))
        {
            logger.LogWarning("app {App}: subscribes to pub/sub {PubSub}, which does not exist here", appId, subscription.PubSub);
            return;
        }
        // An app is a process that restarts (a deploy, a crash), not a fresh instance per event: its
        // events wait for it through about seven minutes of back-off (0.2 s doubling to 30 s), where
        // a function's five attempts give up within seconds.
        var options = new SubscriptionOptions { DeadLetterTopic = subscription.DeadLetterTopic, MaxAttempts = AppMaxAttempts };
        lock (subscriptions)
        {
            subscriptions.Add(pubsub.Subscribe("app:" + appId, subscription.Topic, options, metrics.Counted(subscription.PubSub, subscription.Topic, "app:" + appId, options,
                (delivery, cancellation) => DeliverAsync(appId, address, subscription, delivery, cancellation))));
            subscribed.Add((appId, subscription));
        }
        logger.LogInformation("app {App} subscribed to {PubSub}/{Topic}", appId, subscription.PubSub, subscription.Topic);
    }

    private async ValueTask<DeliveryResult> DeliverAsync(string appId, Uri address, SubscriptionDefinition subscription, Delivery delivery, CancellationToken cancellation)
    {
        string? path;
        try
        {
            using var document = JsonDocument.Parse(delivery.Message.Data);
            path = subscription.PathFor(document.RootElement);
        }
        catch (JsonException) { path = subscription.DefaultPath; }
        if (path is null) return DeliveryResult.Drop;   // no rule matched and no default: dropped, as daprd does
        var headers = new List<KeyValuePair<string, string>> { new("Content-Type", delivery.Message.ContentType), new("pubsubname", subscription.PubSub) };
        Dapr.Api.DaprResponse? answer;
        try
        {
            answer = await http.SendToAsync(address, "POST", path, headers, delivery.Message.Data, false, cancellation).ConfigureAwait(false);
        }
        catch (HttpRequestException) { return DeliveryResult.Retry; }   // the app is down: later
        if (answer is null || answer.Status == 404) return answer is null ? DeliveryResult.Retry : DeliveryResult.Drop;
        if (answer.Status is < 200 or > 299) return DeliveryResult.Retry;
        try
        {
            using var document = JsonDocument.Parse(answer.Body);
            return document.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String
                ? status.GetString()!.ToUpperInvariant() switch
                {
                    "" or "SUCCESS" => DeliveryResult.Success,
                    "DROP" => DeliveryResult.Drop,
                    _ => DeliveryResult.Retry,   // RETRY, or a status daprd does not know
                }
                : DeliveryResult.Success;
        }
        catch (JsonException) { return DeliveryResult.Success; }   // 2xx with an empty or unreadable body
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(readers).ConfigureAwait(false);
        List<IAsyncDisposable> active;
        lock (subscriptions)
        {
            active = [.. subscriptions];
            subscriptions.Clear();
        }
        foreach (var subscription in active) await subscription.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!stopping.IsCancellationRequested) await StopAsync(CancellationToken.None).ConfigureAwait(false);
        stopping.Dispose();
    }
}
