using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Wasmbox.Dapr.Api;
using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.PubSub;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Tests.Api;

/// <summary>POST /v1.0/publish: CloudEvent wrapping as daprd does it, and what the subscriber receives.</summary>
public sealed class PublishRouteTests : IAsyncLifetime
{
    private readonly DurablePubSub pubsub = new(Path.Combine(Directory.CreateTempSubdirectory("wasmbox-publish-").FullName, "pubsub.db"));
    private readonly ConcurrentQueue<PubSubMessage> received = new();
    private DaprRouter router = null!;
    private IAsyncDisposable subscription = null!;

    public Task InitializeAsync()
    {
        router = new DaprRouter(new ComponentSet([new("statestore", new InMemoryStateStore())], [new("pubsub", pubsub)]), "orders-app");
        subscription = pubsub.Subscribe("test", "orders", new SubscriptionOptions(), (d, _) => { received.Enqueue(d.Message); return ValueTask.FromResult(DeliveryResult.Success); });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await subscription.DisposeAsync();
        await pubsub.DisposeAsync();
    }

    private async Task<(DaprResponse Response, PubSubMessage? Message)> Publish(string path, string body, string? contentType)
    {
        var request = new DaprRequest("POST", path.Split('?')[0], Encoding.UTF8.GetBytes(body))
        {
            Headers = contentType is null ? [] : [new("Content-Type", contentType)],
            Query = path.Contains('?') ? [new(path.Split('?')[1].Split('=')[0], path.Split('?')[1].Split('=')[1])] : [],
        };
        var response = await router.HandleAsync(request);
        if (response.Status != 204) return (response, null);
        for (var i = 0; i < 500 && received.IsEmpty; i++) await Task.Delay(10);
        received.TryDequeue(out var message);
        return (response, message);
    }

    [Fact]
    public async Task JsonIsWrappedInACloudEventWithItsDataAsJson()
    {
        var (response, message) = await Publish("/v1.0/publish/pubsub/orders", """{"id":7,"item":"tea"}""", "application/json");
        Assert.Equal(204, response.Status);
        Assert.Equal("application/cloudevents+json", message!.ContentType);
        var envelope = JsonDocument.Parse(message.Data).RootElement;
        Assert.Equal("1.0", envelope.GetProperty("specversion").GetString());
        Assert.Equal("orders-app", envelope.GetProperty("source").GetString());
        Assert.Equal("com.dapr.event.sent", envelope.GetProperty("type").GetString());
        Assert.Equal("application/json", envelope.GetProperty("datacontenttype").GetString());
        Assert.Equal("orders", envelope.GetProperty("topic").GetString());
        Assert.Equal("pubsub", envelope.GetProperty("pubsubname").GetString());
        Assert.Equal(7, envelope.GetProperty("data").GetProperty("id").GetInt32());
        Assert.Equal(message.Id, envelope.GetProperty("id").GetString());
    }

    [Fact]
    public async Task TextBinaryRawAndGivenCloudEvents()
    {
        var text = JsonDocument.Parse((await Publish("/v1.0/publish/pubsub/orders", "plain words", null)).Message!.Data).RootElement;
        Assert.Equal("plain words", text.GetProperty("data").GetString());
        Assert.Equal("text/plain", text.GetProperty("datacontenttype").GetString());

        var binary = JsonDocument.Parse((await Publish("/v1.0/publish/pubsub/orders", "AB", "application/octet-stream")).Message!.Data).RootElement;
        Assert.Equal(Convert.ToBase64String("AB"u8), binary.GetProperty("data_base64").GetString());

        var raw = (await Publish("/v1.0/publish/pubsub/orders?metadata.rawPayload=true", "as is", "text/plain")).Message!;
        Assert.Equal("as is", Encoding.UTF8.GetString(raw.Data));

        var given = JsonDocument.Parse((await Publish("/v1.0/publish/pubsub/orders",
            """{"specversion":"1.0","id":"mine-1","source":"me","type":"order.created","data":{"n":1}}""", "application/cloudevents+json")).Message!.Data).RootElement;
        Assert.Equal("mine-1", given.GetProperty("id").GetString());
        Assert.Equal("order.created", given.GetProperty("type").GetString());
        Assert.Equal("orders", given.GetProperty("topic").GetString());
    }

    [Fact]
    public async Task UnknownPubSubAndEmptyTopicAreRefusedAsDaprdDoes()
    {
        var unknown = (await Publish("/v1.0/publish/nope/orders", "x", null)).Response;
        Assert.Equal(404, unknown.Status);
        Assert.Equal("ERR_PUBSUB_NOT_FOUND", JsonDocument.Parse(unknown.Body).RootElement.GetProperty("errorCode").GetString());
        var badEvent = (await Publish("/v1.0/publish/pubsub/orders", "[1]", "application/cloudevents+json")).Response;
        Assert.Equal(500, badEvent.Status);
        Assert.Equal("ERR_PUBSUB_CLOUD_EVENTS_SER", JsonDocument.Parse(badEvent.Body).RootElement.GetProperty("errorCode").GetString());
    }
}
