using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Wasmbox.Host.Tests;

/// <summary>
/// `wasmbox serve` as its own process, killed with SIGKILL mid-delivery: what the pub/sub
/// acknowledged to the publisher is delivered after a restart, and what the subscriber
/// acknowledged is not delivered again.
/// </summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task AMessageAcknowledgedToThePublisherSurvivesKillDashNine()
    {
        var root = Directory.CreateTempSubdirectory("wasmbox-crash-").FullName;
        var manifest = Path.Combine(root, "wasmbox.yaml");
        File.WriteAllText(manifest, $$"""
            functions:
              - name: publish
                module: {{TestGuests.Path("publisher")}}
                routes: [/publish]
                environment: { TOPIC: jobs }
                dapr: { publish: [pubsub/jobs] }
              - name: worker
                module: {{TestGuests.Path("slow_subscriber")}}
                subscriptions: [{ topic: jobs }]
            """);
        var data = Path.Combine(root, "data");
        await using (var first = await ServerProcess.StartAsync(manifest, data))
        {
            Assert.Equal("publish: 204\n", await (await first.Client.PostAsync("publish", new StringContent("\"quick\""))).Content.ReadAsStringAsync());
            await ErrorStatusTests.WaitUntil(() => first.LogsAsync("worker").Result.Contains("got quick "));
            // The guest's line is written while it runs; its SUCCESS is committed after: wait for
            // that, or a kill in between rightly delivers "quick" again (at least once).
            await ErrorStatusTests.WaitUntil(() => PendingFor(first, "worker") == 0);
            Assert.Equal("publish: 204\n", await (await first.Client.PostAsync("publish", new StringContent("\"slow job\""))).Content.ReadAsStringAsync());
            first.KillHard();   // the worker is three seconds into "slow job", not acknowledged
        }
        await using var second = await ServerProcess.StartAsync(manifest, data);
        await ErrorStatusTests.WaitUntil(() => second.LogsAsync("worker").Result.Contains("got slow job "));
        await Task.Delay(500);
        var logs = await second.LogsAsync("worker");
        Assert.DoesNotContain("got quick ", logs);   // acknowledged with SUCCESS before the crash: not again
        Assert.Single(logs.Split('\n'), line => line.Contains("got slow job "));
    }

    /// <summary>Deliveries waiting for <paramref name="subscriber"/>, as the dashboard's Dapr view reads them from the durable pub/sub.</summary>
    private static int PendingFor(ServerProcess server, string subscriber) =>
        System.Text.Json.JsonDocument.Parse(server.AdminGetAsync("admin/v1/dapr").Result).RootElement.GetProperty("subscriptions").EnumerateArray()
            .Single(s => s.GetProperty("subscriber").GetString() == subscriber).GetProperty("pending").GetInt32();
}
