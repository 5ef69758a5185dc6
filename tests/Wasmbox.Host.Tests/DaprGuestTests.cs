using System.Net;

namespace Wasmbox.Host.Tests;

/// <summary>Guests reaching the Dapr state building block through the wasmbox host call, within their grants.</summary>
public sealed class DaprGuestTests
{
    private static string Manifest() => $$"""
        functions:
          - name: counter
            module: {{TestGuests.Example("counter")}}
            routes: [/counter]
            dapr: { state: [statestore] }
          - name: granted
            module: {{TestGuests.Path("state_probe")}}
            routes: [/granted]
            environment: { STORE: statestore }
            dapr: { state: [statestore] }
          - name: ungranted
            module: {{TestGuests.Path("state_probe")}}
            routes: [/ungranted]
            environment: { STORE: statestore }
          - name: raw
            module: {{TestGuests.Path("state_probe")}}
            routes: [/raw]
            environment: { RAW: "1" }
        """;

    [Fact]
    public async Task TheCounterExampleNeverLosesAnIncrementAndSurvivesARestart()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await server.Client.PostAsync("/counter", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return int.Parse(await response.Content.ReadAsStringAsync());
        }));
        Assert.Equal(Enumerable.Range(1, 20), answers.Order());
        await server.StopAsync();
        await server.StartAgainAsync();
        Assert.Equal("21\n", await (await server.Client.PostAsync("/counter", null)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AGuestReachesOnlyTheStoresItIsGranted()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        var granted = await (await server.Client.PostAsync("/granted", new StringContent("hello"))).Content.ReadAsStringAsync();
        Assert.Contains("save: 204", granted);
        Assert.Contains("get: 200 \"hello\" etag=yes", granted);
        Assert.Contains("odd key: 200", granted);   // a key with / ? % and a space reads back

        var refused = await (await server.Client.PostAsync("/ungranted", new StringContent("x"))).Content.ReadAsStringAsync();
        Assert.Contains("save: 403", refused);
        Assert.Contains("ERR_PERMISSION_DENIED", refused);
        Assert.Contains("function ungranted is not granted state store statestore", refused);

        var raw = await server.Client.GetStringAsync("/raw");
        Assert.Contains("bad pointer: -1", raw);   // an answer, not a trap
    }

    [Fact]
    public async Task StoresComeFromDaprComponentFiles()
    {
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: probe
                module: {{TestGuests.Path("state_probe")}}
                routes: [/probe]
                environment: { STORE: cache }
                dapr: { state: [cache] }
            """, new ServeOptions { ResourcesPath = "components" }, root =>
        {
            Directory.CreateDirectory(Path.Combine(root, "components"));
            File.WriteAllText(Path.Combine(root, "components", "cache.yaml"),
                "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: cache\nspec:\n  type: state.in-memory\n  version: v1\n");
        });
        var answer = await (await server.Client.PostAsync("/probe", new StringContent("cached"))).Content.ReadAsStringAsync();
        Assert.Contains("get: 200 \"cached\" etag=yes", answer);
    }

    [Fact]
    public async Task AGuestPublishesOnlyToTheTopicsItIsGranted()
    {
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: publisher
                module: {{TestGuests.Path("publisher")}}
                routes: [/orders]
                environment: { TOPIC: orders }
                dapr: { publish: [pubsub/orders] }
              - name: sneaky
                module: {{TestGuests.Path("publisher")}}
                routes: [/sneaky]
                environment: { TOPIC: payments }
                dapr: { publish: [pubsub/orders] }
            """);
        var components = (Wasmbox.Dapr.Components.ComponentSet)server.Server.Services.GetService(typeof(Wasmbox.Dapr.Components.ComponentSet))!;
        var received = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var subscription = components.PubSubs["pubsub"].Subscribe("test", "orders", new Wasmbox.Dapr.PubSub.SubscriptionOptions(), (d, _) =>
        {
            received.Enqueue(System.Text.Encoding.UTF8.GetString(d.Message.Data));
            return ValueTask.FromResult(Wasmbox.Dapr.PubSub.DeliveryResult.Success);
        });
        var published = await (await server.Client.PostAsync("/orders", new StringContent("""{"item":"tea"}"""))).Content.ReadAsStringAsync();
        Assert.Contains("publish: 204", published);
        await ErrorStatusTests.WaitUntil(() => !received.IsEmpty);
        Assert.Contains("\"item\":\"tea\"", received.Single());
        Assert.Contains("\"source\":\"wasmbox\"", received.Single());

        var refused = await (await server.Client.PostAsync("/sneaky", new StringContent("{}"))).Content.ReadAsStringAsync();
        Assert.Contains("publish: 403", refused);
        Assert.Contains("ERR_PUBSUB_FORBIDDEN", refused);
    }

    [Fact]
    public async Task AGuestBulkPublishesOnlyToTheTopicsItIsGranted()
    {
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: bulk-orders
                module: {{TestGuests.Path("dapr_call")}}
                routes: [/orders]
                environment: { METHOD: POST, URL: /v1.0-alpha1/publish/bulk/pubsub/orders, HEADERS: "Content-Type: application/json" }
                dapr: { publish: [pubsub/orders] }
              - name: bulk-payments
                module: {{TestGuests.Path("dapr_call")}}
                routes: [/payments]
                environment: { METHOD: POST, URL: /v1.0-alpha1/publish/bulk/pubsub/payments, HEADERS: "Content-Type: application/json" }
                dapr: { publish: [pubsub/orders] }
            """);
        var components = (Wasmbox.Dapr.Components.ComponentSet)server.Server.Services.GetService(typeof(Wasmbox.Dapr.Components.ComponentSet))!;
        var received = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var subscription = components.PubSubs["pubsub"].Subscribe("test", "orders", new Wasmbox.Dapr.PubSub.SubscriptionOptions(), (d, _) =>
        {
            received.Enqueue(System.Text.Encoding.UTF8.GetString(d.Message.Data));
            return ValueTask.FromResult(Wasmbox.Dapr.PubSub.DeliveryResult.Success);
        });
        const string entries = """[{"entryId":"1","event":{"n":1},"contentType":"application/json"},{"entryId":"2","event":{"n":2},"contentType":"application/json"}]""";

        Assert.Contains("status 204", await (await server.Client.PostAsync("/orders", new StringContent(entries))).Content.ReadAsStringAsync());
        await ErrorStatusTests.WaitUntil(() => received.Count == 2);
        Assert.Contains("refused ERR_PUBSUB_FORBIDDEN", await (await server.Client.PostAsync("/payments", new StringContent(entries))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SubscribedFunctionsRunForEachMessageAtLeastOnce()
    {
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: publisher
                module: {{TestGuests.Path("publisher")}}
                routes: [/orders]
                environment: { TOPIC: orders }
                dapr: { publish: [pubsub/orders] }
              - name: flaky
                module: {{TestGuests.Path("subscriber")}}
                environment: { MODE: retry-twice }
                subscriptions: [{ topic: orders }]
              - name: broken
                module: {{TestGuests.Path("subscriber")}}
                environment: { MODE: trap }
                subscriptions: [{ topic: orders, dead-letter-topic: orders-dead }]
              - name: undertaker
                module: {{TestGuests.Path("subscriber")}}
                subscriptions: [{ topic: orders-dead }]
            """);
        Assert.Contains("publish: 204", await (await server.Client.PostAsync("/orders", new StringContent("""{"item":"tea"}"""))).Content.ReadAsStringAsync());
        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("flaky").Result.Contains("attempt 3"));
        var flaky = await server.LogsAsync("flaky");
        Assert.Contains("got {\"item\":\"tea\"} on orders attempt 1 type com.dapr.event.sent", flaky);
        Assert.Contains("delivery attempt 1: RETRY", flaky);
        Assert.DoesNotContain("delivery attempt 3", flaky);   // the third answered SUCCESS

        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("undertaker").Result.Contains("on orders-dead"));
        Assert.Contains("delivery attempt 1: DROP (trap: unreachable", await server.LogsAsync("broken"));
        await Task.Delay(300);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(await server.LogsAsync("broken"), "got "));   // dropped: not delivered again
    }

    [Fact]
    public async Task TheOrderPipelineStoresEveryPublishedOrder()
    {
        var examples = Path.Combine(TestGuests.RepositoryRoot, "examples", "orders");
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: orders
                module: {{examples}}/orders.wasm
                executor: wagi
                routes: [/orders]
                dapr: { publish: [pubsub/orders], state: [statestore] }
              - name: order-store
                module: {{examples}}/order-store.wasm
                subscriptions: [{ topic: orders }]
                dapr: { state: [statestore] }
            """);
        Assert.Equal("[]\n", await server.Client.GetStringAsync("/orders"));
        var posts = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => server.Client.PostAsync("/orders", new StringContent($$$"""{"id":{{{i}}},"item":"tea"}"""))));
        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Accepted, p.StatusCode));
        await ErrorStatusTests.WaitUntil(() => System.Text.Json.JsonDocument.Parse(server.Client.GetStringAsync("/orders").Result).RootElement.GetArrayLength() == 5);
        var stored = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync("/orders")).RootElement;
        Assert.Equal(Enumerable.Range(1, 5), stored.EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).Order());
    }

    [Fact]
    public async Task AGrantOfAStoreThatDoesNotExistIsRefusedAtDeploy()
    {
        await using var server = await TestServer.StartAsync(null);
        using var refused = await server.DeployAsync("probe", TestGuests.Bytes("state_probe"), """{"dapr":{"state":["nostore"]}}""");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("state store \"nostore\", which does not exist (state stores: statestore)", await refused.Content.ReadAsStringAsync());
    }
}
