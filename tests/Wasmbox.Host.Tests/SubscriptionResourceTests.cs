using System.Net;
using System.Text;
using System.Text.Json;

namespace Wasmbox.Host.Tests;

/// <summary>
/// Dapr Subscription resources (dapr.io/v2alpha1) in --resources-path: daprd is told their rules
/// through /dapr/subscribe, and the embedded pub/sub routes each event by the same rules to the
/// function serving the chosen path.
/// </summary>
public sealed class SubscriptionResourceTests
{
    private const string Subscription = """
        apiVersion: dapr.io/v2alpha1
        kind: Subscription
        metadata:
          name: order-router
        spec:
          pubsubname: pubsub
          topic: orders
          routes:
            rules:
              - match: event.data.total > 100 && event.type == "com.dapr.event.sent"
                path: /orders/big
              - match: event.data.customer.startsWith("vip-")
                path: /orders/vip
            default: /orders/small
          deadLetterTopic: orders-dead
        scopes: [wasmbox]
        """;

    private static string Manifest() => $$"""
        functions:
          - name: checkout
            module: {{TestGuests.Path("publisher")}}
            routes: [/checkout]
            environment: { TOPIC: orders }
            dapr: { publish: [pubsub/orders] }
          - name: big
            module: {{TestGuests.Path("subscriber")}}
            routes: [/orders/big]
          - name: vip
            module: {{TestGuests.Path("subscriber")}}
            routes: [/orders/vip]
          - name: small
            module: {{TestGuests.Path("subscriber")}}
            routes: [/orders/small]
        """;

    private static Task<TestServer> Start() => TestServer.StartAsync(Manifest(), new ServeOptions { ResourcesPath = "resources" }, root =>
    {
        Directory.CreateDirectory(Path.Combine(root, "resources"));
        File.WriteAllText(Path.Combine(root, "resources", "subscription.yaml"), Subscription);
    });

    [Fact]
    public async Task TheEmbeddedPubSubRoutesEventsByTheRules()
    {
        await using var server = await Start();
        foreach (var order in new[] { """{"total":250,"customer":"ann"}""", """{"total":5,"customer":"vip-bob"}""", """{"total":7,"customer":"cy"}""" })
            Assert.Equal("publish: 204\n", await (await server.Client.PostAsync("/checkout", new StringContent(order))).Content.ReadAsStringAsync());
        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("small").Result.Contains("\"cy\""));
        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("big").Result.Contains("\"ann\""));
        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("vip").Result.Contains("\"vip-bob\""));
        Assert.DoesNotContain("\"ann\"", await server.LogsAsync("small"));
    }

    [Fact]
    public async Task DaprdIsToldTheRulesAndItsDeliveriesReachTheRoutedFunction()
    {
        await using var server = await Start();
        var entry = JsonDocument.Parse(await server.Client.GetStringAsync("/dapr/subscribe")).RootElement[0];
        Assert.Equal("orders", entry.GetProperty("topic").GetString());
        Assert.Equal("orders-dead", entry.GetProperty("deadLetterTopic").GetString());
        var routes = entry.GetProperty("routes");
        Assert.Equal("/dapr/routes/orders/small", routes.GetProperty("default").GetString());
        Assert.Equal("event.data.total > 100 && event.type == \"com.dapr.event.sent\"", routes.GetProperty("rules")[0].GetProperty("match").GetString());
        Assert.Equal("/dapr/routes/orders/big", routes.GetProperty("rules")[0].GetProperty("path").GetString());

        using var delivered = await server.Client.PostAsync("/dapr/routes/orders/big", new StringContent(
            """{"specversion":"1.0","id":"e1","source":"s","type":"t","topic":"orders","pubsubname":"pubsub","datacontenttype":"application/json","data":{"total":500}}""",
            Encoding.UTF8, "application/cloudevents+json"));
        Assert.Equal("SUCCESS", JsonDocument.Parse(await delivered.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.Contains("got {\"total\":500}", await server.LogsAsync("big"));
        using var nowhere = await server.Client.PostAsync("/dapr/routes/nothing/here", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);
    }

    [Fact]
    public async Task ABadRuleIsRefusedAtStartNamingTheFileAndLine()
    {
        var error = await Assert.ThrowsAsync<Wasmbox.Dapr.Components.ComponentException>(() => TestServer.StartAsync(Manifest(), new ServeOptions { ResourcesPath = "resources" }, root =>
        {
            Directory.CreateDirectory(Path.Combine(root, "resources"));
            File.WriteAllText(Path.Combine(root, "resources", "subscription.yaml"), Subscription.Replace("event.data.total > 100", "event.data.total >> 100"));
        }));
        Assert.StartsWith("subscription.yaml:", error.Message);
        Assert.Contains("subscription order-router: match", error.Message);
    }
}
