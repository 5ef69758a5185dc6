using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Wasmbox.Host.Telemetry;

namespace Wasmbox.Host.Tests;

/// <summary>
/// The spans of a run, as a tracing system receives them (an <see cref="ActivityListener"/> on the
/// server's source stands in for the exporter): the caller's trace continued, the run's attributes,
/// a guest's building-block calls as children, and the trace carried through pub/sub.
/// </summary>
public sealed class TracingTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> ended = new();
    private readonly ActivityListener listener;

    public TracingTests()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == InvocationTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = ended.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
    }

    public void Dispose() => listener.Dispose();

    /// <summary>The ended spans of one trace (servers of other tests share the source).</summary>
    private List<Activity> Trace(ActivityTraceId trace) => ended.Where(a => a.TraceId == trace).ToList();

    [Fact]
    public async Task TheRunContinuesTheCallersTraceAndItsStateCallIsAChild()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var function = $"traced-{id}";
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: {{function}}
                module: {{TestGuests.Path("dapr_call")}}
                routes: [/{{function}}]
                environment: { METHOD: GET, URL: "/v1.0/state/statestore/colour?metadata.note=x" }
                dapr: { state: [statestore] }
                limits: { fuel: 100_000_000 }
            """);
        var caller = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{function}");
        request.Headers.Add("traceparent", $"00-{caller}-{callerSpan}-01");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await ErrorStatusTests.WaitUntil(() => Trace(caller).Count == 2);

        var spans = Trace(caller);
        var run = Assert.Single(spans, s => s.Kind == ActivityKind.Server);
        Assert.Equal(callerSpan, run.ParentSpanId);
        Assert.Equal(function, run.DisplayName);
        Assert.Equal(function, run.GetTagItem("faas.name"));
        Assert.Equal(1, run.GetTagItem("faas.version"));
        Assert.Equal("http", run.GetTagItem("faas.trigger"));
        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), run.GetTagItem("faas.invocation_id"));
        Assert.Equal("Succeeded", run.GetTagItem("wasmbox.outcome"));
        Assert.Equal(200, run.GetTagItem("http.response.status_code"));
        Assert.InRange((long)run.GetTagItem("wasmbox.fuel_consumed")!, 1, 100_000_000);
        Assert.True((long)run.GetTagItem("wasmbox.peak_memory_bytes")! >= 65536);
        Assert.Equal(ActivityStatusCode.Unset, run.Status);

        var state = Assert.Single(spans, s => s.Kind == ActivityKind.Client);
        Assert.Equal(run.SpanId, state.ParentSpanId);
        Assert.Equal("state GET", state.DisplayName);
        Assert.Equal("state", state.GetTagItem("wasmbox.building_block"));
        Assert.Equal("/v1.0/state/statestore/colour", state.GetTagItem("url.path"));   // the query stays out
        Assert.Equal(204, state.GetTagItem("http.response.status_code"));   // no such key yet
        Assert.True(state.StartTimeUtc >= run.StartTimeUtc && state.Duration <= run.Duration);

        // A caller without a trace: the run starts one of its own, with no parent.
        var before = ended.Count;
        Assert.Equal(HttpStatusCode.OK, (await server.Client.PostAsync($"/{function}", null)).StatusCode);
        await ErrorStatusTests.WaitUntil(() => ended.Skip(before).Any(s => s.DisplayName == function));
        var root = ended.Skip(before).Single(s => s.DisplayName == function);
        Assert.Equal(default, root.ParentSpanId);
        Assert.NotEqual(caller, root.TraceId);
    }

    [Fact]
    public async Task APublishedEventCarriesTheTraceToItsSubscriber()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        string listener = $"listener-{id}", topic = $"traced-{id}";
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: {{listener}}
                module: {{TestGuests.Path("subscriber")}}
                subscriptions: [{ topic: {{topic}} }]
              - name: publish-{{id}}
                module: {{TestGuests.Path("publisher")}}
                routes: [/publish-{{id}}]
                environment: { TOPIC: {{topic}} }
                dapr: { publish: [pubsub/{{topic}}] }
            """);
        var caller = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/publish-{id}") { Content = new StringContent("{}") };
        request.Headers.Add("traceparent", $"00-{caller}-{ActivitySpanId.CreateRandom()}-01");
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(request)).StatusCode);
        await ErrorStatusTests.WaitUntil(() => Trace(caller).Any(s => s.DisplayName == listener));

        var spans = Trace(caller);
        var publish = Assert.Single(spans, s => s.DisplayName == "publish POST");
        var delivery = Assert.Single(spans, s => s.DisplayName == listener);
        Assert.Equal(ActivityKind.Consumer, delivery.Kind);
        Assert.Equal(publish.SpanId, delivery.ParentSpanId);   // the CloudEvent's traceparent is the publish call's
        Assert.Equal("pubsub", delivery.GetTagItem("faas.trigger"));
    }
}
