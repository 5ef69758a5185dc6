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
    private sealed class ServerProcess(Process process, HttpClient client, string data) : IAsyncDisposable
    {
        public HttpClient Client => client;

        public static async Task<ServerProcess> StartAsync(string manifest, string data)
        {
            var port = FreePort();
            var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "wasmbox"), ["serve", "--config", manifest, "--listen", $"127.0.0.1:{port}", "--data-dir", data, "--dapr-http-port", "off", "--dapr-grpc-port", "off"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            for (var i = 0; i < 600; i++)
            {
                try
                {
                    if ((await client.GetAsync("readyz")).StatusCode == HttpStatusCode.OK) return new ServerProcess(process, client, data);
                }
                catch (HttpRequestException) { }
                if (process.HasExited) throw new InvalidOperationException($"wasmbox serve exited with {process.ExitCode}");
                await Task.Delay(50);
            }
            process.Kill();
            throw new TimeoutException("wasmbox serve did not become ready");
        }

        public async Task<string> LogsAsync(string function)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"admin/v1/functions/{function}/logs?lines=2000");
            request.Headers.Authorization = new("Bearer", File.ReadAllText(Path.Combine(data, "admin-token")).Trim());
            return await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        }

        public void KillHard()
        {
            process.Kill();   // SIGKILL: no shutdown, no flush
            process.WaitForExit();
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                Process.Start("kill", ["-TERM", process.Id.ToString()])!.WaitForExit();
                if (!process.WaitForExit(10_000)) process.Kill();
            }
            await process.WaitForExitAsync();
            client.Dispose();
            process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

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
}
