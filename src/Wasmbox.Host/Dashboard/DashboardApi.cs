using System.Net.ServerSentEvents;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.PubSub;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Logs;
using Wasmbox.Host.Telemetry;

namespace Wasmbox.Host.Dashboard;

/// <summary>
/// What the dashboard reads besides the functions, under the admin API's token: the runs and log
/// lines as they happen (server-sent events), the recent runs, log lines by function or request,
/// and the Dapr components and subscriptions.
/// </summary>
internal static class DashboardApi
{
    /// <summary>Recent runs and lines a new events stream starts with, so the page is not empty.</summary>
    private const int Backlog = 200;

    /// <summary>Events waiting for a slow client before the oldest are dropped.</summary>
    private const int FollowerCapacity = 2000;

    /// <summary>How often a quiet stream says "ping": proxies that close idle connections keep it, and a client gone without a word is found by the write.</summary>
    private static readonly TimeSpan HeartbeatPeriod = TimeSpan.FromSeconds(20);

    public static void MapDashboardApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/events", (InvocationJournal journal, FunctionLogs logs, IHostApplicationLifetime lifetime, CancellationToken cancellation) =>
            TypedResults.ServerSentEvents(Events(journal, logs, lifetime.ApplicationStopping, cancellation)));

        admin.MapGet("/invocations", (string? function, int? count, InvocationJournal journal) =>
            Results.Json(journal.Recent(function, Math.Clamp(count ?? 100, 0, InvocationJournal.Kept)).Select(OperationsViews.Invocation)));

        admin.MapGet("/logs", (string? function, string? requestId, int? lines, FunctionLogs logs) =>
        {
            var count = Math.Clamp(lines ?? 100, 0, FunctionLogs.LinesKept);
            // A request's lines are looked for among all the kept ones, then the last few taken.
            var kept = function is null ? logs.RecentOfAll(FunctionLogs.LinesKept) : logs.Recent(function, FunctionLogs.LinesKept);
            var chosen = requestId is null ? kept : kept.Where(line => line.RequestId == requestId).ToList();
            return Results.Json(chosen.TakeLast(count).Select(OperationsViews.LogLine));
        });

        admin.MapGet("/dapr", (ComponentSet components, FunctionRegistry registry, Invocation.AppSubscriber apps, DeliveryMetrics deliveries) => Results.Json(new
        {
            components = components.Descriptions.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new { name = c.Name, type = c.Type, version = c.Version }),
            subscriptions = Subscriptions(components, registry.Table, apps, deliveries),
        }));
    }

    /// <summary>
    /// The live runs and log lines, each an event ("invocation" or "log") with its JSON, after a
    /// "ready" event and the recent ones; until the client leaves or the server stops.
    /// </summary>
    private static async IAsyncEnumerable<SseItem<object>> Events(InvocationJournal journal, FunctionLogs logs, CancellationToken stopping,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(cancellation, stopping);
        // Bounded as the journal's and the logs' followers are: a client that reads slower than
        // runs happen loses the oldest events rather than growing the server's memory.
        var merged = Channel.CreateBounded<SseItem<object>>(new BoundedChannelOptions(FollowerCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });
        // Following starts before the backlog is read, so nothing falls between them; a run in
        // both may come twice, and the page drops the second.
        var invocations = Pump(journal.Follow(ended.Token), i => new SseItem<object>(OperationsViews.Invocation(i), "invocation"), merged.Writer);
        var lines = Pump(logs.FollowAll(ended.Token), l => new SseItem<object>(OperationsViews.LogLine(l), "log"), merged.Writer);
        var heartbeats = Pump(Heartbeats(ended.Token), _ => new SseItem<object>(new { }, "ping"), merged.Writer);
        foreach (var invocation in journal.Recent(null, Backlog)) yield return new SseItem<object>(OperationsViews.Invocation(invocation), "invocation");
        foreach (var line in logs.RecentOfAll(Backlog)) yield return new SseItem<object>(OperationsViews.LogLine(line), "log");
        yield return new SseItem<object>(new { caughtUp = true }, "ready");
        _ = Task.WhenAll(invocations, lines, heartbeats).ContinueWith(_ => merged.Writer.TryComplete(), TaskScheduler.Default);
        IAsyncEnumerator<SseItem<object>> reader = merged.Reader.ReadAllAsync(ended.Token).GetAsyncEnumerator(ended.Token);
        try
        {
            while (true)
            {
                try
                {
                    if (!await reader.MoveNextAsync().ConfigureAwait(false)) break;
                }
                catch (OperationCanceledException) { break; }   // the client left, or the server is stopping
                yield return reader.Current;
            }
        }
        finally
        {
            await reader.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>. Not on another thread: the source's first step, which registers the follower, runs before this returns.</summary>
    private static async Task Pump<T>(IAsyncEnumerable<T> source, Func<T, SseItem<object>> toEvent, ChannelWriter<SseItem<object>> target)
    {
        try
        {
            await foreach (var item in source.ConfigureAwait(false)) target.TryWrite(toEvent(item));
        }
        catch (OperationCanceledException) { /* the stream ended */ }
    }

    private static async IAsyncEnumerable<int> Heartbeats([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(HeartbeatPeriod);
        while (await timer.WaitForNextTickAsync(cancellation).ConfigureAwait(false)) yield return 0;
    }

    /// <summary>
    /// Who receives which topic: functions (manifest or deploy spec), Subscription resources and the
    /// other apps (from their /dapr/subscribe), with their deliveries, retries and messages given up
    /// on since the server started, and the deliveries waiting when the pub/sub is the embedded one.
    /// </summary>
    private static IEnumerable<object> Subscriptions(ComponentSet components, FunctionTable table, Invocation.AppSubscriber apps, DeliveryMetrics deliveries)
    {
        var functions = table.Functions.Values.OrderBy(f => f.Name, StringComparer.Ordinal)
            .SelectMany(f => f.Spec.Subscriptions.Select(s => (Subscriber: f.Name, Kind: "function", s.PubSub, s.Topic, s.DeadLetterTopic)));
        var resources = components.Subscriptions
            .Select(s => (Subscriber: "subscription:" + s.Name, Kind: "resource", s.PubSub, s.Topic, s.DeadLetterTopic));
        var others = apps.Subscribed.OrderBy(a => a.App, StringComparer.Ordinal)
            .Select(a => (Subscriber: "app:" + a.App, Kind: "app", a.Subscription.PubSub, a.Subscription.Topic, a.Subscription.DeadLetterTopic));
        return functions.Concat(resources).Concat(others).Select(s =>
        {
            var tally = deliveries.TallyOf(s.PubSub, s.Topic, s.Subscriber);
            return new
            {
                subscriber = s.Subscriber,
                kind = s.Kind,
                pubsub = s.PubSub,
                topic = s.Topic,
                deadLetterTopic = s.DeadLetterTopic,
                pending = components.PubSubs.GetValueOrDefault(s.PubSub) is DurablePubSub durable ? durable.Pending(s.Subscriber, s.Topic) : (int?)null,
                deliveries = tally?.Deliveries ?? 0,
                retries = tally?.Retries ?? 0,
                deadLetters = tally?.DeadLetters ?? 0,
            };
        });
    }
}
