using Wasmbox.Host.Executors;
using Wasmbox.Host.Telemetry;

namespace Wasmbox.Host.Tests;

/// <summary>Every run of a function, whatever triggered it, is reported once with its outcome, status and cost.</summary>
public sealed class InvocationJournalTests
{
    [Fact]
    public async Task EachRunIsRecordedWithItsOutcomeStatusAndCost()
    {
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: hello
                module: {{TestGuests.Example("hello")}}
                routes: [/hello]
                limits: { fuel: 10_000_000 }
              - name: trap
                module: {{TestGuests.Path("trap")}}
                routes: [/trap]
              - name: listener
                module: {{TestGuests.Path("subscriber")}}
                subscriptions: [{ topic: news }]
              - name: publish
                module: {{TestGuests.Path("publisher")}}
                routes: [/publish]
                environment: { TOPIC: news }
                dapr: { publish: [pubsub/news] }
            """);
        var journal = (InvocationJournal)server.Server.Services.GetService(typeof(InvocationJournal))!;

        for (var i = 0; i < 3; i++) await server.Client.PostAsync("/hello", new StringContent("Ada"));
        await server.Client.GetAsync("/trap");
        await server.Client.PostAsync("/publish", new StringContent("{}"));
        await ErrorStatusTests.WaitUntil(() => journal.Recent("listener", 10).Count == 1);

        var hellos = journal.Recent("hello", 10);
        Assert.Equal(3, hellos.Count);
        Assert.All(hellos, run =>
        {
            Assert.Equal(ExecutionOutcome.Succeeded, run.Outcome);
            Assert.Equal(200, run.Status);
            Assert.Equal(InvocationTrigger.Http, run.Trigger);
            Assert.InRange(run.FuelConsumed, 1UL, 10_000_000UL);   // metered: the limit is set
            Assert.True(run.PeakMemoryBytes >= 65536, $"peak memory {run.PeakMemoryBytes}");
            Assert.True(run.Duration > TimeSpan.Zero);
        });
        Assert.Equal(hellos[0].FuelConsumed, hellos[2].FuelConsumed);   // the same work costs the same fuel
        Assert.Equal(3, hellos.Select(r => r.RequestId).Distinct().Count());

        var trap = Assert.Single(journal.Recent("trap", 10));
        Assert.Equal(ExecutionOutcome.Trapped, trap.Outcome);
        Assert.Equal(500, trap.Status);
        Assert.False(trap.Succeeded);

        var delivery = Assert.Single(journal.Recent("listener", 10));
        Assert.Equal(InvocationTrigger.PubSub, delivery.Trigger);
        Assert.Null(delivery.Status);
        Assert.Equal(6, journal.Recent(null, 100).Count);   // hello x3, trap, publish, listener
    }
}
