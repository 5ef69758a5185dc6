using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dapr;
using Dapr.Client;

namespace Wasmbox.Bench;

/// <summary>
/// `Wasmbox.Bench dapr-load TRANSPORT OPERATION STORE CONNECTIONS SECONDS`: drives a Dapr API with
/// the official .NET SDK (<c>Dapr.Client</c>, the client a .NET service would use) for state
/// <c>get</c> or <c>save</c> (or gRPC <c>metadata</c>, a call that touches no store), from CONNECTIONS concurrent callers for SECONDS after one second of
/// warm-up, and prints one line: <c>requests rps p50_ms p99_ms errors</c>. TRANSPORT is
/// <c>grpc</c> (DaprClient over the gRPC API, DAPR_GRPC_ENDPOINT) or <c>http</c> (a plain
/// HttpClient on the HTTP API, DAPR_HTTP_ENDPOINT: the same client process cost, so the two
/// transports are compared like for like; wrk measures the HTTP API without a .NET client).
/// </summary>
public static class DaprApiLoad
{
    private const string Key = "bench-api";

    public static int Run(string transport, string operation, string store, int connections, int seconds, TextWriter output)
    {
        var grpc = Environment.GetEnvironmentVariable("DAPR_GRPC_ENDPOINT") ?? "http://127.0.0.1:50001";
        var http = Environment.GetEnvironmentVariable("DAPR_HTTP_ENDPOINT") ?? "http://127.0.0.1:3500";
        using var dapr = new DaprClientBuilder().UseGrpcEndpoint(grpc).UseHttpEndpoint(http).Build();
        using var plain = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = new Uri(http) };
        var value = new { text = "a small JSON value", n = 42 };
        var saveBody = JsonSerializer.SerializeToUtf8Bytes(new[] { new { key = Key, value } });

        Func<Task> call = (transport, operation) switch
        {
            ("grpc", "get") => () => dapr.GetStateAsync<JsonElement>(store, Key),
            ("grpc", "save") => () => dapr.SaveStateAsync(store, Key, value),
            // GetMetadata touches no store: the gRPC API's floor, as GET /v1.0/healthz is HTTP's.
            ("grpc", "metadata") => () => dapr.GetMetadataAsync(),
            ("http", "get") => async () => (await plain.GetAsync($"/v1.0/state/{store}/{Key}")).EnsureSuccessStatusCode().Dispose(),
            ("http", "save") => async () =>
            {
                using var content = new ByteArrayContent(saveBody);
                content.Headers.ContentType = new("application/json");
                (await plain.PostAsync($"/v1.0/state/{store}", content)).EnsureSuccessStatusCode().Dispose();
            },
            _ => throw new ArgumentException($"unknown transport/operation {transport} {operation} (grpc get|save|metadata, http get|save)"),
        };
        dapr.SaveStateAsync(store, Key, value).GetAwaiter().GetResult();   // the key exists for get

        Drive(call, connections, TimeSpan.FromSeconds(1));   // warm-up: connections, JIT, tiering
        var (latencies, errors, elapsed) = Drive(call, connections, TimeSpan.FromSeconds(seconds));
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Clamp((int)Math.Ceiling(p * latencies.Count) - 1, 0, latencies.Count - 1)];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{latencies.Count} {latencies.Count / elapsed.TotalSeconds:F0} {Percentile(0.50):F2} {Percentile(0.99):F2} {errors}"));
        return 0;
    }

    /// <summary>CONNECTIONS loops calling until the time is up; each call's latency in ms.</summary>
    private static (List<double> Latencies, int Errors, TimeSpan Elapsed) Drive(Func<Task> call, int connections, TimeSpan duration)
    {
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>();
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await call().ConfigureAwait(false);
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is HttpRequestException or DaprException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            return mine;
        })).ToArray();
        Task.WaitAll(loops);
        var elapsed = clock.Elapsed;
        return ([.. loops.SelectMany(l => l.Result)], errors, elapsed);
    }
}
