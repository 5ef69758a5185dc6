using System.Net;
using System.Text;
using System.Text.Json;

namespace Wasmbox.Host.Tests;

/// <summary>
/// The Dapr HTTP API a lone `wasmbox serve` answers for other apps (issue 16), on its own port:
/// the same stores, pub/sub and functions the guests use, daprd's statuses and bodies, the token.
/// </summary>
public sealed class DaprHttpApiTests
{
    private static string Manifest() => $$"""
        functions:
          - name: hello
            module: {{TestGuests.Example("hello")}}
            routes: [/hello]
          - name: reader
            module: {{TestGuests.Path("dapr_call")}}
            routes: [/reader]
            environment: { METHOD: GET, URL: /v1.0/state/statestore/shared }
            dapr: { state: [statestore] }
          - name: listener
            module: {{TestGuests.Path("subscriber")}}
            subscriptions: [{ topic: news }]
        """;

    private static async Task<(TestServer Server, HttpClient Dapr)> Start(ServeOptions? options = null)
    {
        // The server's own port is chosen first, so a bindings.http component can point at its hello function.
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0)) { probe.Start(); port = ((IPEndPoint)probe.LocalEndpoint).Port; }
        var server = await TestServer.StartAsync(Manifest(), (options ?? new ServeOptions()) with { DaprHttpPort = 0 }, root =>
        {
            Directory.CreateDirectory(Path.Combine(root, "components"));
            File.WriteAllText(Path.Combine(root, "components", "secrets.json"), """{"api-key":"k3y"}""");
            File.WriteAllText(Path.Combine(root, "components", "secrets.yaml"),
                "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: localsecrets\nspec:\n  type: secretstores.local.file\n  version: v1\n  metadata:\n  - name: secretsFile\n    value: secrets.json\n");
            File.WriteAllText(Path.Combine(root, "components", "webhook.yaml"),
                $"apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: webhook\nspec:\n  type: bindings.http\n  version: v1\n  metadata:\n  - name: url\n    value: http://127.0.0.1:{port}/hello\n");
        }, listenPort: port);
        return (server, new HttpClient { BaseAddress = server.Server.DaprHttpAddress, Timeout = TimeSpan.FromSeconds(30) });
    }

    [Fact]
    public async Task AnAppAndTheFunctionsShareStateAndPubSub()
    {
        var (server, dapr) = await Start();
        await using var _ = server;
        using var saved = await dapr.PostAsync("v1.0/state/statestore", new StringContent("""[{"key":"shared","value":{"from":"app"}}]""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal("status 200\n{\"from\":\"app\"}\n", await (await server.Client.PostAsync("/reader", null)).Content.ReadAsStringAsync());

        using var got = await dapr.GetAsync("v1.0/state/statestore/shared");
        Assert.Equal("""{"from":"app"}""", await got.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(got.Headers.ETag?.Tag ?? got.Headers.GetValues("ETag").FirstOrDefault()));

        using var published = await dapr.PostAsync("v1.0/publish/pubsub/news", new StringContent("""{"headline":"wasm"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NoContent, published.StatusCode);
        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("listener").Result.Contains("got {\"headline\":\"wasm\"} on news"));
    }

    [Fact]
    public async Task AppsInvokeFunctionsByPathOrByTheAppIdHeader()
    {
        var (server, dapr) = await Start();
        await using var _ = server;
        Assert.Equal("Hello, Ada!\n", await (await dapr.PostAsync("v1.0/invoke/wasmbox/method/hello", new StringContent("Ada"))).Content.ReadAsStringAsync());
        using var byHeader = new HttpRequestMessage(HttpMethod.Post, "hello") { Content = new StringContent("Bo") };
        byHeader.Headers.Add("dapr-app-id", "wasmbox");
        Assert.Equal("Hello, Bo!\n", await (await dapr.SendAsync(byHeader)).Content.ReadAsStringAsync());
        using var unknown = await dapr.PostAsync("v1.0/invoke/billing/method/pay", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("ERR_DIRECT_INVOKE", JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task HealthAndMetadataAnswerAsDaprdDoes()
    {
        var (server, dapr) = await Start();
        await using var _ = server;
        Assert.Equal(HttpStatusCode.NoContent, (await dapr.GetAsync("v1.0/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await dapr.GetAsync("v1.0/healthz/outbound")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await dapr.PutAsync("v1.0/metadata/team", new StringContent("payments"))).StatusCode);
        var metadata = JsonDocument.Parse(await dapr.GetStringAsync("v1.0/metadata")).RootElement;
        Assert.Equal("wasmbox", metadata.GetProperty("id").GetString());
        var components = metadata.GetProperty("components").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("type").GetString());
        Assert.Equal("state.sqlite", components["statestore"]);
        Assert.Equal("pubsub.wasmbox", components["pubsub"]);
        Assert.Equal("payments", metadata.GetProperty("extended").GetProperty("team").GetString());
        Assert.Equal("news", metadata.GetProperty("subscriptions")[0].GetProperty("topic").GetString());

        // The functions' port does not answer the Dapr API, and the Dapr port runs no function routes.
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("v1.0/metadata")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dapr.GetAsync("hello")).StatusCode);
    }

    [Fact]
    public async Task WithADaprApiTokenEveryCallButHealthMustCarryIt()
    {
        var (server, dapr) = await Start(new ServeOptions { DaprApiToken = "s3cret-token" });
        await using var _ = server;
        Assert.Equal(HttpStatusCode.NoContent, (await dapr.GetAsync("v1.0/healthz")).StatusCode);
        using var refused = await dapr.GetAsync("v1.0/state/statestore/k");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("invalid api token", await refused.Content.ReadAsStringAsync());
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "v1.0/state/statestore/k");
        allowed.Headers.Add("dapr-api-token", "s3cret-token");
        Assert.Equal(HttpStatusCode.NoContent, (await dapr.SendAsync(allowed)).StatusCode);
    }

    [Fact]
    public async Task TheOfficialJsSdkRunsAgainstIt()
    {
        var (server, dapr) = await Start(new ServeOptions { ResourcesPath = "components" });
        await using var _ = server;
        var project = Path.Combine(TestGuests.RepositoryRoot, "tests", "Wasmbox.Host.Tests", "Clients", "js");
        lock (typeof(AssemblyScriptGuests)) AssemblyScriptGuests.Install(project);
        var start = new System.Diagnostics.ProcessStartInfo("node", ["app.mjs"]) { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DAPR_HTTP_PORT"] = dapr.BaseAddress!.Port.ToString();
        using var node = System.Diagnostics.Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync();
        var errors = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, errors);
        var steps = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.StartsWith("{\"step\"", StringComparison.Ordinal)).Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(step => step.GetProperty("step").GetString()!, step => step);
        string Result(string name) => steps[name].TryGetProperty("result", out var result) ? result.GetRawText() : "error: " + steps[name].GetProperty("error").GetString();

        Assert.Equal("{}", Result("save"));   // the SDK answers {error?}
        Assert.Equal("""{"n":42,"by":"js"}""", Result("get"));
        Assert.Equal("\"\"", Result("get-missing"));   // the SDK reads daprd's 204 as ""
        Assert.Contains("\"key\":\"from-js\"", Result("bulk"));
        Assert.Equal("null", Result("transaction"));
        Assert.Equal("\"A\"", Result("after-transaction"));
        Assert.Equal("{}", Result("publish"));   // {error?}: none
        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("listener").Result.Contains("got {\"headline\":\"from js\"} on news"));
        Assert.Equal("""{"failedMessages":[]}""", Result("publish-bulk"));
        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("listener").Result.Contains("got {\"headline\":\"bulk one\"} on news"));
        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("listener").Result.Contains("got bulk two on news"));
        Assert.Contains("Hello, JS!", Result("invoke"));
        Assert.Equal("""{"api-key":"k3y"}""", Result("secret"));
        Assert.Equal("\"wasmbox\"", Result("metadata"));
        Assert.Contains("ERR_STATE_STORE_NOT_FOUND", Result("unknown-store"));
        Assert.Equal("{}", Result("etag-update"));
        Assert.Contains("ERR_STATE_SAVE", Result("etag-stale-save"));     // 409 from a stale ETag, as the SDK reports daprd's
        Assert.Contains("ERR_STATE_DELETE", Result("etag-stale-delete"));
        Assert.Equal("2", Result("etag-after"));
        Assert.Equal("\"Hello, ring!\\n\"", Result("binding"));   // bindings.http posted to the hello function
        // What the app saved is the functions' too.
        Assert.Equal("status 200\n\"saved by the js app\"\n", await (await server.Client.PostAsync("/reader", null)).Content.ReadAsStringAsync());
    }
}
