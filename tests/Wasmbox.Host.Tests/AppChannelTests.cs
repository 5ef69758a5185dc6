using System.Net;
using System.Text;
using System.Text.Json;

namespace Wasmbox.Host.Tests;

/// <summary>The app channel daprd calls: /dapr/subscribe, CloudEvent deliveries answered SUCCESS/RETRY/DROP, the app API token.</summary>
public sealed class AppChannelTests
{
    private static string Manifest() => $$"""
        functions:
          - name: calm
            module: {{TestGuests.Path("subscriber")}}
            subscriptions: [{ topic: orders }]
          - name: flaky
            module: {{TestGuests.Path("subscriber")}}
            environment: { MODE: retry-twice }
            subscriptions: [{ pubsub: pubsub, topic: payments, dead-letter-topic: payments-dead }]
          - name: broken
            module: {{TestGuests.Path("subscriber")}}
            environment: { MODE: trap }
            routes: [/broken]
        """;

    private static StringContent CloudEvent(string topic) => new(
        $$$"""{"specversion":"1.0","id":"evt-1","source":"checkout","type":"order.created","topic":"{{{topic}}}","pubsubname":"pubsub","datacontenttype":"application/json","data":{"n":1}}""",
        Encoding.UTF8, "application/cloudevents+json");

    private static async Task<string> Status(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString()!;

    [Fact]
    public async Task SubscribeListsTheFunctionsSubscriptions()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        var list = JsonDocument.Parse(await server.Client.GetStringAsync("/dapr/subscribe")).RootElement;
        Assert.Equal(2, list.GetArrayLength());
        Assert.Equal("orders", list[0].GetProperty("topic").GetString());
        Assert.Equal("/dapr/events/calm", list[0].GetProperty("route").GetString());
        Assert.Equal("payments-dead", list[1].GetProperty("deadLetterTopic").GetString());
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/dapr/config")).StatusCode);
    }

    [Fact]
    public async Task DeliveriesAreAnsweredAsDaprdExpects()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        Assert.Equal("SUCCESS", await Status(await server.Client.PostAsync("/dapr/events/calm", CloudEvent("orders"))));
        Assert.Contains("got {\"n\":1} on orders attempt 1 type order.created", await server.LogsAsync("calm"));
        Assert.Equal("RETRY", await Status(await server.Client.PostAsync("/dapr/events/flaky", CloudEvent("payments"))));
        Assert.Equal("DROP", await Status(await server.Client.PostAsync("/dapr/events/broken", CloudEvent("orders"))));
        using var unknown = await server.Client.PostAsync("/dapr/events/nobody", CloudEvent("orders"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task WithAnAppApiTokenDaprdMustPresentIt()
    {
        await using var server = await TestServer.StartAsync(Manifest(), new ServeOptions { AppApiToken = "token-from-the-sidecar" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.GetAsync("/dapr/subscribe")).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dapr/subscribe");
        request.Headers.Add("dapr-api-token", "token-from-the-sidecar");
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/healthz")).StatusCode);   // health needs no token
    }
}
