using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Wasmbox.Dapr.Api;
using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.PubSub;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Tests.Api;

/// <summary>POST /v1.0-alpha1/publish/bulk (and /v1.0/publish/bulk): each entry wrapped as a single publish, failures per entry.</summary>
public sealed class BulkPublishRouteTests
{
    /// <summary>Keeps what is published, and refuses any message whose bytes contain "refuse" (a broker rejecting one message).</summary>
    private sealed class PickyPubSub : IPubSub
    {
        public ConcurrentQueue<PubSubMessage> Kept { get; } = new();

        public ValueTask PublishAsync(PubSubMessage message, CancellationToken cancellation = default)
        {
            if (Encoding.UTF8.GetString(message.Data).Contains("refuse")) throw new IOException("the broker refused the message");
            Kept.Enqueue(message);
            return ValueTask.CompletedTask;
        }

        public IAsyncDisposable Subscribe(string subscriber, string topic, SubscriptionOptions options, Func<Delivery, CancellationToken, ValueTask<DeliveryResult>> handler) =>
            throw new NotSupportedException("these tests only publish");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private readonly PickyPubSub pubsub = new();
    private readonly DaprRouter router;

    public BulkPublishRouteTests() =>
        router = new DaprRouter(new ComponentSet([new("statestore", new InMemoryStateStore())], [new("pubsub", pubsub)]), "orders-app");

    private ValueTask<DaprResponse> Post(string path, string body) =>
        router.HandleAsync(new DaprRequest("POST", path.Split('?')[0], Encoding.UTF8.GetBytes(body))
        {
            Headers = [new("Content-Type", "application/json")],
            Query = path.Contains('?') ? [new(path.Split('?')[1].Split('=')[0], path.Split('?')[1].Split('=')[1])] : [],
        });

    private static JsonElement Envelope(PubSubMessage message) => JsonDocument.Parse(message.Data).RootElement;

    private static string ErrorCode(DaprResponse response) => JsonDocument.Parse(response.Body).RootElement.GetProperty("errorCode").GetString()!;

    [Fact]
    public async Task EachEntryIsWrappedByItsContentTypeAsASinglePublishWouldBe()
    {
        var response = await Post("/v1.0-alpha1/publish/bulk/pubsub/orders", """
            [{"entryId":"1","event":{"id":7,"item":"tea"},"contentType":"application/json"},
             {"entryId":"2","event":"plain words","contentType":"text/plain"},
             {"entryId":"3","event":"AAEC","contentType":"application/octet-stream"},
             {"entryId":"4","event":{"specversion":"1.0","id":"mine","source":"shop","type":"order.placed","data":{"n":1}},"contentType":"application/cloudevents+json"}]
            """);

        Assert.Equal(204, response.Status);
        var kept = pubsub.Kept.ToArray();
        Assert.Equal(4, kept.Length);
        Assert.All(kept, m => Assert.Equal("orders", m.Topic));
        Assert.Equal(7, Envelope(kept[0]).GetProperty("data").GetProperty("id").GetInt32());
        Assert.Equal("orders-app", Envelope(kept[0]).GetProperty("source").GetString());
        Assert.Equal("plain words", Envelope(kept[1]).GetProperty("data").GetString());
        Assert.Equal("AAEC", Envelope(kept[2]).GetProperty("data_base64").GetString());
        Assert.Equal("mine", Envelope(kept[3]).GetProperty("id").GetString());
        Assert.Equal("order.placed", Envelope(kept[3]).GetProperty("type").GetString());
        Assert.Equal("pubsub", Envelope(kept[3]).GetProperty("pubsubname").GetString());
    }

    [Fact]
    public async Task TheStableRouteTheJsSdksFieldNamesAndEntryMetadataOverTheRequestsAllWork()
    {
        // The JS SDK sends "entryID"; Go's decoder in daprd matches field names case-insensitively.
        var response = await Post("/v1.0/publish/bulk/pubsub/orders?metadata.rawPayload=false", """
            [{"entryID":"a","event":"as is","contentType":"text/plain","metadata":{"rawPayload":"true"}},
             {"entryID":"b","event":"wrapped","contentType":"text/plain"}]
            """);

        Assert.Equal(204, response.Status);
        var kept = pubsub.Kept.ToArray();
        Assert.Equal("as is", Encoding.UTF8.GetString(kept[0].Data));
        Assert.Equal("wrapped", Envelope(kept[1]).GetProperty("data").GetString());
    }

    [Fact]
    public async Task AnEntryThePubSubDoesNotKeepIsListedAndTheOthersAreKept()
    {
        var response = await Post("/v1.0-alpha1/publish/bulk/pubsub/orders", """
            [{"entryId":"good","event":"fine","contentType":"text/plain"},
             {"entryId":"bad","event":"please refuse me","contentType":"text/plain"},
             {"entryId":"also-good","event":"fine too","contentType":"text/plain"}]
            """);

        Assert.Equal(500, response.Status);
        var body = JsonDocument.Parse(response.Body).RootElement;
        Assert.Equal("ERR_PUBSUB_PUBLISH_MESSAGE", body.GetProperty("errorCode").GetString());
        var failed = Assert.Single(body.GetProperty("failedEntries").EnumerateArray());
        Assert.Equal("bad", failed.GetProperty("entryId").GetString());
        Assert.Contains("refused", failed.GetProperty("error").GetString());
        Assert.Equal(2, pubsub.Kept.Count);
    }

    [Theory]
    [InlineData("""[{"entryId":"1","event":"x","contentType":"text/plain"},{"entryId":"1","event":"y","contentType":"text/plain"}]""", "duplicated")]
    [InlineData("""[{"event":"x","contentType":"text/plain"}]""", "not present")]
    [InlineData("""[{"entryId":"1","event":{"not":"text"},"contentType":"text/plain"}]""", "must be a JSON string")]
    [InlineData("""[{"entryId":"1","event":"%%%","contentType":"application/octet-stream"}]""", "base64")]
    [InlineData("""[{"entryId":"1","event":"x","contentType":"image/png"}]""", "not supported")]
    [InlineData("""{"entryId":"1"}""", "JSON array")]
    [InlineData("""[{"entryId":"1",""", "not JSON")]
    public async Task ABadEntryRefusesTheWholeRequestAndPublishesNothing(string body, string reason)
    {
        var response = await Post("/v1.0-alpha1/publish/bulk/pubsub/orders", body);

        Assert.Equal(400, response.Status);
        Assert.Equal("ERR_PUBSUB_EVENTS_SER", ErrorCode(response));
        Assert.Contains(reason, JsonDocument.Parse(response.Body).RootElement.GetProperty("message").GetString());
        Assert.Empty(pubsub.Kept);
    }

    [Fact]
    public async Task AnUnknownPubSubIsRefusedEvenForAnEmptyList()
    {
        var response = await Post("/v1.0-alpha1/publish/bulk/nowhere/orders", "[]");

        Assert.Equal(404, response.Status);
        Assert.Equal("ERR_PUBSUB_NOT_FOUND", ErrorCode(response));
    }
}
