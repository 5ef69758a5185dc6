using System.Net;
using System.Net.Sockets;

namespace Wasmbox.Host.Tests;

/// <summary>
/// One behavioural suite for the guests' building blocks, run against both backends: the embedded
/// components, and a daprd beside the server (<see cref="ServeOptions.DaprSidecar"/>), played here by
/// a second Wasmbox serving the Dapr API in daprd's place. The same functions, unchanged, must see
/// the same answers either way.
/// </summary>
public abstract class DaprBackendSuite
{
    protected static string Manifest() => $$"""
        functions:
          - name: counter
            module: {{TestGuests.Example("counter")}}
            routes: [/counter]
            dapr: { state: [statestore] }
          - name: probe
            module: {{TestGuests.Path("state_probe")}}
            routes: [/probe]
            environment: { STORE: statestore }
            dapr: { state: [statestore] }
          - name: ungranted
            module: {{TestGuests.Path("state_probe")}}
            routes: [/ungranted]
            environment: { STORE: statestore }
          - name: hello
            module: {{TestGuests.Example("hello")}}
            routes: [/hello]
          - name: caller
            module: {{TestGuests.Path("dapr_call")}}
            routes: [/caller]
            environment: { METHOD: POST, URL: /v1.0/invoke/wasmbox/method/hello }
            dapr: { invoke: [wasmbox] }
          - name: secret
            module: {{TestGuests.Path("dapr_call")}}
            routes: [/secret]
            environment: { METHOD: GET, URL: /v1.0/secrets/localsecrets/api-key }
            dapr: { secrets: [localsecrets] }
          - name: publish
            module: {{TestGuests.Path("publisher")}}
            routes: [/publish]
            environment: { TOPIC: news }
            dapr: { publish: [pubsub/news] }
          - name: listener
            module: {{TestGuests.Path("subscriber")}}
            subscriptions: [{ topic: news }]
        """;

    /// <summary>Writes the secret store component the suite's functions read.</summary>
    protected static void Resources(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "components"));
        File.WriteAllText(Path.Combine(root, "components", "secrets.json"), """{"api-key":"k3y"}""");
        File.WriteAllText(Path.Combine(root, "components", "secrets.yaml"),
            "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: localsecrets\nspec:\n  type: secretstores.local.file\n  version: v1\n  metadata:\n  - name: secretsFile\n    value: secrets.json\n");
    }

    /// <summary>The server running <see cref="Manifest"/>'s functions on this backend; disposing it stops all.</summary>
    private protected abstract Task<IAsyncDisposable> StartAsync(Action<TestServer> ready);

    private async Task<(IAsyncDisposable Scope, TestServer Functions)> Start()
    {
        TestServer? functions = null;
        var scope = await StartAsync(server => functions = server);
        return (scope, functions!);
    }

    [Fact]
    public async Task StateKeepsEveryIncrementAndETagsHold()
    {
        var (scope, server) = await Start();
        await using var _ = scope;
        // Eight writers racing on one key: every ETag conflict is retried by the guest, none is lost.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await server.Client.PostAsync("/counter", null);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, text);
            return int.Parse(text);
        }));
        Assert.Equal(Enumerable.Range(1, 8), answers.Order());
        var probe = await (await server.Client.PostAsync("/probe", new StringContent("hello"))).Content.ReadAsStringAsync();
        Assert.Contains("save: 204", probe);
        Assert.Contains("get: 200 \"hello\" etag=yes", probe);
        Assert.Contains("odd key: 200", probe);
    }

    [Fact]
    public async Task GrantsAreTheFunctionsWhicheverTheBackend()
    {
        var (scope, server) = await Start();
        await using var _ = scope;
        var refused = await (await server.Client.PostAsync("/ungranted", new StringContent("x"))).Content.ReadAsStringAsync();
        Assert.Contains("save: 403", refused);
        Assert.Contains("ERR_PERMISSION_DENIED", refused);
    }

    [Fact]
    public async Task SecretsInvocationAndPubSubWork()
    {
        var (scope, server) = await Start();
        await using var _ = scope;
        Assert.Equal("status 200\n{\"api-key\":\"k3y\"}\n", await (await server.Client.PostAsync("/secret", null)).Content.ReadAsStringAsync());
        Assert.Equal("status 200\nHello, Ada!\n\n", await (await server.Client.PostAsync("/caller", new StringContent("Ada"))).Content.ReadAsStringAsync());
        await ErrorStatusTests.WaitUntil(() =>
        {
            // Published until the subscription is in place (with a sidecar, once it has read /dapr/subscribe).
            server.Client.PostAsync("/publish", new StringContent("""{"headline":"both"}""")).Result.Dispose();
            return server.LogsAsync("listener").Result.Contains("got {\"headline\":\"both\"} on news");
        });
    }
}

public sealed class EmbeddedBackendTests : DaprBackendSuite
{
    private protected override async Task<IAsyncDisposable> StartAsync(Action<TestServer> ready)
    {
        var server = await TestServer.StartAsync(Manifest(), new ServeOptions { ResourcesPath = "components" }, Resources);
        ready(server);
        return server;
    }
}

public sealed class SidecarBackendTests : DaprBackendSuite
{
    private sealed class Pair(TestServer sidecar, TestServer functions) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await functions.DisposeAsync();
            await sidecar.DisposeAsync();
        }
    }

    private protected override async Task<IAsyncDisposable> StartAsync(Action<TestServer> ready)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); port = ((IPEndPoint)probe.LocalEndpoint).Port; }
        // daprd's stand-in: the components, the Dapr API, and the functions' server as its app "wasmbox".
        var sidecar = await TestServer.StartAsync($"apps:\n  - id: wasmbox\n    address: http://127.0.0.1:{port}\nfunctions: []\n",
            new ServeOptions { ResourcesPath = "components", DaprHttpPort = 0, AppId = "daprd-stand-in" }, Resources);
        var functions = await TestServer.StartAsync(Manifest(), new ServeOptions { DaprSidecar = sidecar.Server.DaprHttpAddress }, listenPort: port);
        ready(functions);
        return new Pair(sidecar, functions);
    }

    [Fact]
    public async Task AnUnreachableDaprdIsAnAnswerNotACrash()
    {
        await using var server = await TestServer.StartAsync(Manifest(), new ServeOptions { DaprSidecar = new Uri("http://127.0.0.1:1/") });
        var answer = await (await server.Client.PostAsync("/probe", new StringContent("x"))).Content.ReadAsStringAsync();
        Assert.Contains("save: 503", answer);
        Assert.Contains("ERR_DAPR_UNAVAILABLE", answer);
        Assert.Equal("Hello, Ada!\n", await (await server.Client.PostAsync("/hello", new StringContent("Ada"))).Content.ReadAsStringAsync());   // the rest keeps serving
    }

    [Fact]
    public async Task ASlowDaprdIsATimeoutTheGuestReadsWellBeforeItsDeadline()
    {
        // A daprd that takes connections and never answers: the worst kind, a hung sidecar.
        using var hung = new TcpListener(IPAddress.Loopback, 0);
        hung.Start();
        var held = new System.Collections.Concurrent.ConcurrentBag<Socket>();
        var accepting = Task.Run(async () =>
        {
            try { while (true) held.Add(await hung.AcceptSocketAsync()); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
        });
        var address = new Uri($"http://127.0.0.1:{((IPEndPoint)hung.LocalEndpoint).Port}/");
        await using var server = await TestServer.StartAsync(Manifest(), new ServeOptions { DaprSidecar = address, DaprTimeout = TimeSpan.FromMilliseconds(500) });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var answer = await (await server.Client.PostAsync("/probe", new StringContent("x"))).Content.ReadAsStringAsync();

        Assert.Contains("save: 504", answer);
        Assert.Contains("ERR_DAPR_TIMEOUT", answer);
        Assert.Contains("within 500 ms", answer);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"the probe's calls took {clock.Elapsed} (each should give up after 0.5 s; the function's deadline is 10 s)");
        Assert.True(held.Count > 0, "the calls never reached the hung daprd");
        Assert.Equal("Hello, Ada!\n", await (await server.Client.PostAsync("/hello", new StringContent("Ada"))).Content.ReadAsStringAsync());   // the rest keeps serving
        hung.Stop();
        foreach (var socket in held) socket.Dispose();
        await accepting;
    }
}
