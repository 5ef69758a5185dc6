using System.Net;

namespace Wasmbox.Host.Tests;

/// <summary>
/// The building blocks beyond state and publish, as a guest sees them through the one host call:
/// secrets, output bindings, service invocation, outbound HTTP within allowed hosts, log lines;
/// and input bindings (embedded cron, and daprd's OPTIONS/POST /BINDING on the app channel).
/// Each refusal is an answer the guest reads, with the Wasmbox-Error code.
/// </summary>
public sealed class DaprBuildingBlocksTests
{
    /// <summary>A function running the dapr_call guest with a fixed request.</summary>
    private static string Caller(string name, string method, string url, string grants = "", string extra = "") => $$"""
          - name: {{name}}
            module: {{TestGuests.Path("dapr_call")}}
            routes: [/{{name}}]
            environment: { METHOD: "{{method}}", URL: "{{url}}" }
            {{(grants.Length > 0 ? $"dapr: {{ {grants} }}" : "")}}
            {{extra}}

        """;

    private static async Task<string> Call(TestServer server, string route, string body = "")
    {
        using var response = await server.Client.PostAsync(route, new StringContent(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static void Resources(string root, params (string File, string Text)[] files)
    {
        Directory.CreateDirectory(Path.Combine(root, "components"));
        foreach (var (file, text) in files) File.WriteAllText(Path.Combine(root, "components", file), text);
    }

    private static string Component(string name, string type, params (string Key, string Value)[] metadata) =>
        $"apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: {name}\nspec:\n  type: {type}\n  version: v1\n  metadata:\n" +
        string.Concat(metadata.Select(m => $"  - name: {m.Key}\n    value: \"{m.Value}\"\n"));

    [Fact]
    public async Task SecretsAreReadFromGrantedStoresOnly()
    {
        await using var server = await TestServer.StartAsync("functions:\n" +
            Caller("reader", "GET", "/v1.0/secrets/localsecrets/db-password", "secrets: [localsecrets]") +
            Caller("nested", "GET", "/v1.0/secrets/localsecrets/redis:password", "secrets: [localsecrets]") +
            Caller("missing", "GET", "/v1.0/secrets/localsecrets/nothing", "secrets: [localsecrets]") +
            Caller("snoop", "GET", "/v1.0/secrets/localsecrets/db-password"),
            new ServeOptions { ResourcesPath = "components" }, root =>
            {
                Resources(root, ("secrets.yaml", Component("localsecrets", "secretstores.local.file", ("secretsFile", "secrets.json"))));
                File.WriteAllText(Path.Combine(root, "components", "secrets.json"), """{"db-password":"s3cret","redis":{"password":"r3dis"}}""");
            });
        Assert.Equal("status 200\n{\"db-password\":\"s3cret\"}\n", await Call(server, "/reader"));
        Assert.Equal("status 200\n{\"redis:password\":\"r3dis\"}\n", await Call(server, "/nested"));
        Assert.StartsWith("status 204\n", await Call(server, "/missing"));
        var refused = await Call(server, "/snoop");
        Assert.StartsWith("status 403\nrefused ERR_PERMISSION_DENIED\n", refused);
        Assert.Contains("function snoop is not granted secret store localsecrets", refused);
    }

    [Fact]
    public async Task ComponentMetadataCanComeFromASecretStore()
    {
        await using var server = await TestServer.StartAsync("functions:\n" +
            Caller("saver", "POST", "/v1.0/state/orders", "state: [orders]"),
            new ServeOptions { ResourcesPath = "components" }, root =>
            {
                Resources(root,
                    ("secrets.yaml", Component("localsecrets", "secretstores.local.file", ("secretsFile", "secrets.json"))),
                    ("orders.yaml", "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: orders\nspec:\n  type: state.sqlite\n  version: v1\n  metadata:\n" +
                        "  - name: connectionString\n    secretKeyRef:\n      name: orders-db\n      key: orders-db\nauth:\n  secretStore: localsecrets\n"));
                File.WriteAllText(Path.Combine(root, "components", "secrets.json"), """{"orders-db":"from-secret.db"}""");
            });
        Assert.StartsWith("status 204", await Call(server, "/saver", """[{"key":"k","value":1}]"""));
        Assert.True(File.Exists(Path.Combine(server.DataDirectory, "state", "from-secret.db")));
    }

    [Fact]
    public async Task OutboundHttpReachesAllowedHostsOnly()
    {
        await using var remote = await TestServer.StartAsync($"functions:\n  - name: echo\n    module: {TestGuests.Path("echo")}\n    routes: [/echo]\n");
        var port = remote.Client.BaseAddress!.Port;
        await using var server = await TestServer.StartAsync("functions:\n" +
            Caller("fetch", "POST", $"http://127.0.0.1:{port}/echo", extra: $"allowed-hosts: [\"127.0.0.1:{port}\"]") +
            Caller("otherport", "POST", $"http://127.0.0.1:{port + 1}/echo", extra: $"allowed-hosts: [\"127.0.0.1:{port}\"]") +
            Caller("byname", "POST", $"http://localhost:{port}/echo", extra: $"allowed-hosts: [\"127.0.0.1:{port}\"]") +
            Caller("nogrant", "POST", $"http://127.0.0.1:{port}/echo"));
        Assert.Equal("status 200\nround trip\n", await Call(server, "/fetch", "round trip"));
        foreach (var refused in new[] { "/otherport", "/byname", "/nogrant" })
        {
            var answer = await Call(server, refused, "x");
            Assert.StartsWith("status 403\nrefused ERR_OUTBOUND_HOST_FORBIDDEN\n", answer);
            Assert.Contains("may not reach", answer);
        }
    }

    [Fact]
    public async Task AFunctionInvokesAnotherThroughServiceInvocation()
    {
        await using var server = await TestServer.StartAsync("functions:\n" +
            $"  - name: echo\n    module: {TestGuests.Path("echo")}\n    routes: [/echo/...]\n" +
            Caller("invoker", "PUT", "/v1.0/invoke/wasmbox/method/echo/deep?x=1", "invoke: [wasmbox]") +
            Caller("stranger", "POST", "/v1.0/invoke/billing/method/pay", "invoke: [billing]") +
            Caller("ungranted", "POST", "/v1.0/invoke/wasmbox/method/echo/x") +
            Caller("escaper", "POST", "/v1.0/invoke/wasmbox/method/http://127.0.0.2:1/x", "invoke: [wasmbox]"));
        Assert.Equal("status 200\nhello there\n", await Call(server, "/invoker", "hello there"));
        var stranger = await Call(server, "/stranger");
        Assert.StartsWith("status 404\n", stranger);
        Assert.Contains("ERR_DIRECT_INVOKE", stranger);
        Assert.StartsWith("status 403\nrefused ERR_PERMISSION_DENIED\n", await Call(server, "/ungranted"));
        // A method that reads as a URL is a path on this server: invoke never reaches another host.
        var escaper = await Call(server, "/escaper");
        Assert.StartsWith("status 404\n", escaper);
        Assert.Contains("no function serves /http://127.0.0.2:1/x", escaper);
    }

    [Fact]
    public async Task OutputBindingsSendThroughBindingsHttp()
    {
        await using var remote = await TestServer.StartAsync($"functions:\n  - name: echo\n    module: {TestGuests.Path("echo")}\n    routes: [/echo]\n");
        await using var server = await TestServer.StartAsync("functions:\n" +
            Caller("notify", "POST", "/v1.0/bindings/webhook", "bindings: [webhook]") +
            Caller("unbound", "POST", "/v1.0/bindings/webhook"),
            new ServeOptions { ResourcesPath = "components" },
            root => Resources(root, ("webhook.yaml", Component("webhook", "bindings.http", ("url", new Uri(remote.Client.BaseAddress!, "/echo").ToString())))));
        Assert.Equal("status 200\ndelivered\n", await Call(server, "/notify", """{"operation":"post","data":"delivered"}"""));
        var bad = await Call(server, "/notify", """{"operation":"fly","data":1}""");
        Assert.StartsWith("status 400\n", bad);
        Assert.Contains("fly", bad);
        Assert.Contains("is not supported", bad);
        Assert.StartsWith("status 403\nrefused ERR_PERMISSION_DENIED\n", await Call(server, "/unbound", """{"operation":"post"}"""));
    }

    [Fact]
    public async Task ACronBindingRunsItsFunctionsAndDaprdCanDeliverBindingEvents()
    {
        await using var server = await TestServer.StartAsync("functions:\n" +
            Caller("ticker", "GET", "", extra: "input-bindings: [tick]").Replace("URL: \"\"", "LOG: tock"),
            new ServeOptions { ResourcesPath = "components" },
            root => Resources(root, ("tick.yaml", Component("tick", "bindings.cron", ("schedule", "@every 1s")))));
        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("ticker").Result.Contains("[binding tick "));
        Assert.Contains("info tock", await server.LogsAsync("ticker"));

        // daprd asks whether the app takes a binding, then posts its events.
        using var options = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/tick"));
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        using var unknown = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/nothing"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var posted = await server.Client.PostAsync("/tick", new StringContent(""));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    [Fact]
    public async Task GuestLogLinesCarryTheLevelAndRequestId()
    {
        await using var server = await TestServer.StartAsync("functions:\n" +
            Caller("logger", "GET", "", extra: "").Replace("URL: \"\"", "LOG: disk almost full, LEVEL: \"2\""));
        using var response = await server.Client.PostAsync("/logger", null);
        var requestId = response.Headers.GetValues("X-Request-Id").Single();
        Assert.Contains($"[{requestId}] warn disk almost full", await server.LogsAsync("logger"));
    }
}
