using System.Net;
using Wasmbox.Host.Telemetry;

namespace Wasmbox.Host.Tests;

/// <summary>
/// /metrics as Prometheus scrapes it: parsed as the text format, and compared with what the
/// invocation journal recorded for the same runs. Names carry a fresh suffix, since every server
/// of the test process shares the meter name the exporter listens to.
/// </summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task HistogramsAndCountersMatchTheRunsTheJournalRecorded()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        string metered = $"metered-{id}", trap = $"trap-{id}", listener = $"listener-{id}", topic = $"news-{id}";
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: {{metered}}
                module: {{TestGuests.Example("hello")}}
                routes: [/{{metered}}]
                limits: { fuel: 10_000_000 }
              - name: {{trap}}
                module: {{TestGuests.Path("trap")}}
                routes: [/{{trap}}]
              - name: {{listener}}
                module: {{TestGuests.Path("subscriber")}}
                subscriptions: [{ topic: {{topic}} }]
                environment: { MODE: retry-twice }
            {{Publisher(id, topic)}}
            """);
        var journal = (InvocationJournal)server.Server.Services.GetService(typeof(InvocationJournal))!;

        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await server.Client.PostAsync($"/{metered}", new StringContent($"caller {i}"))).StatusCode);
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.InternalServerError, (await server.Client.GetAsync($"/{trap}")).StatusCode);
        await server.Client.PostAsync($"/publish-{id}", new StringContent("{}"));
        await ErrorStatusTests.WaitUntil(() => journal.Recent(listener, 10).Count == 3);   // two RETRYs, then SUCCESS
        var deployed = $"deployed-{id}";
        Assert.Equal(HttpStatusCode.Created, (await server.DeployAsync(deployed, TestGuests.Bytes("echo"))).StatusCode);

        var scrape = await server.Client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.StartsWith("text/plain", scrape.Content.Headers.ContentType!.MediaType);
        // The last delivery is counted as its answer comes back, just after its run is journaled.
        var metrics = await ScrapeUntil(server, m => m.Find("wasmbox_pubsub_deliveries_total", ("subscriber", listener), ("answer", "success")).Any());

        // Fuel: 10 runs, the sum of what each consumed, and each bucket counting the runs at or under its bound.
        var runs = journal.Recent(metered, 100);
        Assert.Equal(10, runs.Count);
        Assert.All(runs, run => Assert.Equal(runs[0].FuelConsumed, run.FuelConsumed));   // the same work, the same fuel
        var function = ("function", metered);
        Assert.Equal("histogram", metrics.Types["wasmbox_invocation_fuel"]);
        Assert.Equal(10, metrics.Value("wasmbox_invocation_fuel_count", function));
        Assert.Equal(10.0 * runs[0].FuelConsumed, metrics.Value("wasmbox_invocation_fuel_sum", function));
        AssertBuckets(metrics.Buckets("wasmbox_invocation_fuel", function), runs.Select(r => (double)r.FuelConsumed));

        Assert.Equal(10, metrics.Value("wasmbox_invocation_peak_memory_bytes_count", function));
        Assert.Equal(runs.Sum(r => (double)r.PeakMemoryBytes), metrics.Value("wasmbox_invocation_peak_memory_bytes_sum", function));
        AssertBuckets(metrics.Buckets("wasmbox_invocation_peak_memory_bytes", function), runs.Select(r => (double)r.PeakMemoryBytes));

        Assert.Equal(10, metrics.Value("wasmbox_invocation_duration_seconds_count", function, ("trigger", "http"), ("version", "1")));
        Assert.Equal(runs.Sum(r => r.Duration.TotalSeconds), metrics.Value("wasmbox_invocation_duration_seconds_sum", function), 6);
        AssertBuckets(metrics.Buckets("wasmbox_invocation_duration_seconds", function), runs.Select(r => r.Duration.TotalSeconds));

        // Outcomes: a trap is counted as one, and an unmetered function has no fuel series.
        Assert.Equal("counter", metrics.Types["wasmbox_invocations_total"]);
        Assert.Equal(10, metrics.Value("wasmbox_invocations_total", function, ("outcome", "succeeded"), ("trigger", "http"), ("version", "1")));
        Assert.Equal(2, metrics.Value("wasmbox_invocations_total", ("function", trap), ("outcome", "trapped")));
        Assert.Empty(metrics.Find("wasmbox_invocations_total", ("function", trap), ("outcome", "succeeded")));
        Assert.Empty(metrics.Find("wasmbox_invocation_fuel_count", ("function", trap)));
        Assert.Equal(2, metrics.Value("wasmbox_invocations_total", ("function", listener), ("trigger", "pubsub"), ("outcome", "exited_with_error")));   // exit 75: RETRY
        Assert.Equal(1, metrics.Value("wasmbox_invocations_total", ("function", listener), ("trigger", "pubsub"), ("outcome", "succeeded")));

        // Instances: none running or queued between requests.
        Assert.Equal(0, metrics.Value("wasmbox_function_instances_running", function));
        Assert.Equal(0, metrics.Value("wasmbox_function_requests_queued", function));

        // Deploys: each manifest function at start, and the upload, compiled once each.
        Assert.Equal(1, metrics.Value("wasmbox_compile_duration_seconds_count", ("function", deployed)));
        Assert.Equal(1, metrics.Value("wasmbox_compile_duration_seconds_count", function));
        var compileTime = server.Registry.Table.Functions[deployed].CompileTime.TotalSeconds;
        Assert.Equal(compileTime, metrics.Value("wasmbox_compile_duration_seconds_sum", ("function", deployed)), 9);

        // Pub/sub: three deliveries of one message, two of them retries, none given up.
        var subscription = new[] { ("pubsub", "pubsub"), ("topic", topic), ("subscriber", listener) };
        Assert.Equal(2, metrics.Value("wasmbox_pubsub_deliveries_total", [.. subscription, ("answer", "retry")]));
        Assert.Equal(1, metrics.Value("wasmbox_pubsub_deliveries_total", [.. subscription, ("answer", "success")]));
        Assert.Equal(2, metrics.Value("wasmbox_pubsub_retries_total", subscription));
        Assert.Empty(metrics.Find("wasmbox_pubsub_dead_letters_total", subscription));
    }

    /// <summary>A manifest entry serving /publish-ID, which publishes its body to TOPIC.</summary>
    private static string Publisher(string id, string topic) => $$"""
          - name: publish-{{id}}
            module: {{TestGuests.Path("publisher")}}
            routes: [/publish-{{id}}]
            environment: { TOPIC: {{topic}} }
            dapr: { publish: [pubsub/{{topic}}] }
        """;

    private static async Task<PrometheusText> ScrapeUntil(TestServer server, Func<PrometheusText, bool> condition)
    {
        var metrics = PrometheusText.Parse(await server.Client.GetStringAsync("/metrics"));
        for (var i = 0; i < 500 && !condition(metrics); i++)
        {
            await Task.Delay(10);
            metrics = PrometheusText.Parse(await server.Client.GetStringAsync("/metrics"));
        }
        return metrics;
    }

    /// <summary>Cumulative buckets: each counts the values at or under its bound, and +Inf counts them all.</summary>
    private static void AssertBuckets(IReadOnlyList<(double UpperBound, double Count)> buckets, IEnumerable<double> values)
    {
        var all = values.ToList();
        Assert.True(buckets.Count > 2, $"only {buckets.Count} buckets");
        Assert.Equal(double.PositiveInfinity, buckets[^1].UpperBound);
        foreach (var (bound, count) in buckets) Assert.Equal(all.Count(v => v <= bound), count);
    }

    [Fact]
    public async Task AGuestGivenUpOnIsADeadLetter()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        string listener = $"dropper-{id}", topic = $"drops-{id}";
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: {{listener}}
                module: {{TestGuests.Path("subscriber")}}
                subscriptions: [{ topic: {{topic}}, dead-letter-topic: {{topic}}-dead }]
                environment: { MODE: trap }
            {{Publisher(id, topic)}}
            """);
        var journal = (InvocationJournal)server.Server.Services.GetService(typeof(InvocationJournal))!;
        await server.Client.PostAsync($"/publish-{id}", new StringContent("{}"));
        await ErrorStatusTests.WaitUntil(() => journal.Recent(listener, 10).Count == 1);

        var subscription = new[] { ("topic", topic), ("subscriber", listener) };
        var metrics = await ScrapeUntil(server, m => m.Find("wasmbox_pubsub_deliveries_total", subscription).Any());
        Assert.Equal(1, metrics.Value("wasmbox_pubsub_deliveries_total", [.. subscription, ("answer", "drop")]));
        Assert.Equal(1, metrics.Value("wasmbox_pubsub_dead_letters_total", subscription));
        Assert.Equal(1, metrics.Value("wasmbox_invocations_total", ("function", listener), ("outcome", "trapped"), ("trigger", "pubsub")));
    }

    [Fact]
    public async Task MetricsOffServesNoMetrics()
    {
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: hello
                module: {{TestGuests.Example("hello")}}
                routes: [/hello]
            """, new ServeOptions { Metrics = false });
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/hello")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/metrics")).StatusCode);
    }
}
