using System.Net;
using System.Text.RegularExpressions;

namespace Wasmbox.Host.Tests;

/// <summary>
/// examples/node-app as its README runs it: the repository's wasmbox.yaml served, the node app
/// (the official Dapr JS SDK) installed from its lockfile and started, and events going both ways
/// over the embedded pub/sub: node publishes an order that the order-store function stores, and the
/// announce function publishes an announcement that the node app receives.
/// </summary>
public sealed partial class NodeAppExampleTests
{
    private static readonly string Project = Path.Combine(TestGuests.RepositoryRoot, "examples", "node-app");

    [Fact]
    public async Task TheNodeAppAndTheFunctionsExchangeEventsBothWays()
    {
        lock (typeof(AssemblyScriptGuests)) AssemblyScriptGuests.Install(Project);
        int appPort;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0)) { probe.Start(); appPort = ((IPEndPoint)probe.LocalEndpoint).Port; }
        await using var server = await TestServer.StartAsync(RepositoryManifestWithNodeAppOn(appPort), new ServeOptions { DaprHttpPort = 0 });
        await using var node = NodeAppProcess.Start(Project, appPort, server.Server.DaprHttpAddress!.Port);
        using var nodeApp = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{appPort}/"), Timeout = TimeSpan.FromSeconds(30) };

        // The SDK prints this once it has answered the server's GET /dapr/subscribe; the server asks
        // again every 1 to 10 s until the app answers, so the wait covers one whole back-off.
        await node.WaitForOutputAsync("Registered 1 PubSub Subscriptions", TimeSpan.FromSeconds(30));

        // node → Wasm: the app publishes an order with DaprClient, order-store stores it.
        using var placed = await nodeApp.PostAsync("orders", new StringContent("""{"id":"n-1","item":"tea"}"""));
        Assert.True(placed.StatusCode == HttpStatusCode.Accepted, await placed.Content.ReadAsStringAsync() + "\n" + node.Output);
        await ErrorStatusTests.WaitUntil(() => server.Client.GetStringAsync("/orders").Result.Contains("n-1"));
        Assert.Equal("""[{"id":"n-1","item":"tea"}]""" + "\n", await server.Client.GetStringAsync("/orders"));

        // Wasm → node: the announce function publishes, the app's DaprServer subscription receives.
        using var announced = await server.Client.PostAsync("/announce", new StringContent("Tea is ready"));
        Assert.Equal(HttpStatusCode.Accepted, announced.StatusCode);
        await ErrorStatusTests.WaitUntil(() => nodeApp.GetStringAsync("announcements").Result != "[]\n");
        Assert.Equal("""["Tea is ready"]""" + "\n", await nodeApp.GetStringAsync("announcements"));
        Assert.Contains("node-app: received announcement \"Tea is ready\"", node.Output);
    }

    /// <summary>
    /// The repository's wasmbox.yaml as it is, but for the node app's address (3001 there, a free
    /// port here) and its relative paths, made absolute so the copy can live in the test's directory.
    /// </summary>
    private static string RepositoryManifestWithNodeAppOn(int appPort)
    {
        var manifest = File.ReadAllText(Path.Combine(TestGuests.RepositoryRoot, "wasmbox.yaml"));
        const string address = "address: http://127.0.0.1:3001";
        Assert.Contains(address, manifest);
        manifest = manifest.Replace(address, $"address: http://127.0.0.1:{appPort}", StringComparison.Ordinal);
        return RelativePath().Replace(manifest, match => match.Groups["key"].Value + Path.Combine(TestGuests.RepositoryRoot, match.Groups["path"].Value));
    }

    [GeneratedRegex(@"(?m)(?<key>^\s*(-\s+)?(module|resources-path|host):\s+)(?<path>examples/)")]
    private static partial Regex RelativePath();
}
