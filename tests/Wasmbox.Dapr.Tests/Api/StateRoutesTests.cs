using System.Text;
using System.Text.Json;
using Wasmbox.Dapr.Api;
using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Tests.Api;

/// <summary>The state routes of the Dapr API through the router: daprd's statuses, error codes and bodies.</summary>
public sealed class StateRoutesTests
{
    private readonly DaprRouter router = new(new ComponentSet([new("statestore", new InMemoryStateStore())]), "app");

    private Task<DaprResponse> Send(string method, string path, string? body = null, params (string, string)[] headers) =>
        router.HandleAsync(new DaprRequest(method, path, body is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(body))
        {
            Headers = [.. headers.Select(h => new KeyValuePair<string, string>(h.Item1, h.Item2))],
        }).AsTask();

    private static string Text(DaprResponse response) => Encoding.UTF8.GetString(response.Body.Span);
    private static string? Header(DaprResponse response, string name) => response.Headers.FirstOrDefault(h => h.Key == name).Value;
    private static string ErrorCode(DaprResponse response) => JsonDocument.Parse(response.Body).RootElement.GetProperty("errorCode").GetString()!;

    [Fact]
    public async Task SaveGetAndDeleteWithETags()
    {
        Assert.Equal(204, (await Send("GET", "/v1.0/state/statestore/order")).Status);
        Assert.Equal(204, (await Send("POST", "/v1.0/state/statestore", """[{"key":"order","value":{"id":1}}]""")).Status);
        var got = await Send("GET", "/v1.0/state/statestore/order");
        Assert.Equal(200, got.Status);
        Assert.Equal("""{"id":1}""", Text(got));
        var etag = Header(got, "ETag")!;

        var stale = await Send("POST", "/v1.0/state/statestore", """[{"key":"order","value":2,"etag":"not-it"}]""");
        Assert.Equal(409, stale.Status);
        Assert.Equal("ERR_STATE_SAVE", ErrorCode(stale));
        Assert.Equal(204, (await Send("POST", "/v1.0/state/statestore", $$"""[{"key":"order","value":"two","etag":"{{etag}}"}]""")).Status);
        Assert.Equal("\"two\"", Text(await Send("GET", "/v1.0/state/statestore/order")));

        var wrongDelete = await Send("DELETE", "/v1.0/state/statestore/order", null, ("If-Match", etag));
        Assert.Equal(409, wrongDelete.Status);
        Assert.Equal("ERR_STATE_DELETE", ErrorCode(wrongDelete));
        Assert.Equal(204, (await Send("DELETE", "/v1.0/state/statestore/order")).Status);
        Assert.Equal(204, (await Send("GET", "/v1.0/state/statestore/order")).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("[{}]")]
    [InlineData("[{\"key\":\"k\",\"value\":1,}]")]
    [InlineData("[{\"key\":\"k\",\"value\":1,\"etag\":123}]")]
    [InlineData("[{\"key\":\"a||b\",\"value\":1}]")]
    public async Task MalformedSavesAre400(string body)
    {
        var response = await Send("POST", "/v1.0/state/statestore", body);
        Assert.Equal(400, response.Status);
        Assert.Equal("ERR_MALFORMED_REQUEST", ErrorCode(response));
    }

    [Fact]
    public async Task EmptyArraysAndUnknownFieldsAreAccepted()
    {
        Assert.Equal(204, (await Send("POST", "/v1.0/state/statestore", "[]")).Status);
        Assert.Equal(204, (await Send("POST", "/v1.0/state/statestore", """[{"key":"k","vae":1}]""")).Status);
    }

    [Fact]
    public async Task UnknownStoreFirstWriteAndTtl()
    {
        var unknown = await Send("GET", "/v1.0/state/nostore/k");
        Assert.Equal(400, unknown.Status);
        Assert.Equal("ERR_STATE_STORE_NOT_FOUND", ErrorCode(unknown));

        const string firstWrite = """[{"key":"once","value":1,"options":{"concurrency":"first-write"}}]""";
        Assert.Equal(204, (await Send("POST", "/v1.0/state/statestore", firstWrite)).Status);
        Assert.Equal(409, (await Send("POST", "/v1.0/state/statestore", firstWrite)).Status);

        Assert.Equal(204, (await Send("POST", "/v1.0/state/statestore", """[{"key":"t","value":1,"metadata":{"ttlInSeconds":"60"}}]""")).Status);
        Assert.NotNull(Header(await Send("GET", "/v1.0/state/statestore/t"), "metadata.ttlExpireTime"));
        var badTtl = await Send("POST", "/v1.0/state/statestore", """[{"key":"t","value":1,"metadata":{"ttlInSeconds":"soon"}}]""");
        Assert.Equal(400, badTtl.Status);
    }

    [Fact]
    public async Task BulkGetAndTransactions()
    {
        await Send("POST", "/v1.0/state/statestore", """[{"key":"a","value":{"n":1}},{"key":"b","value":"text"}]""");
        var bulk = JsonDocument.Parse((await Send("POST", "/v1.0/state/statestore/bulk", """{"keys":["a","b","c"]}""")).Body).RootElement;
        Assert.Equal(3, bulk.GetArrayLength());
        Assert.Equal(1, bulk[0].GetProperty("data").GetProperty("n").GetInt32());
        Assert.Equal("text", bulk[1].GetProperty("data").GetString());
        Assert.False(bulk[2].TryGetProperty("data", out _));

        Assert.Equal(204, (await Send("POST", "/v1.0/state/statestore/transaction",
            """{"operations":[{"operation":"upsert","request":{"key":"c","value":3}},{"operation":"delete","request":{"key":"a"}}]}""")).Status);
        Assert.Equal(204, (await Send("GET", "/v1.0/state/statestore/a")).Status);
        Assert.Equal("3", Text(await Send("GET", "/v1.0/state/statestore/c")));

        var failed = await Send("POST", "/v1.0/state/statestore/transaction",
            """{"operations":[{"operation":"upsert","request":{"key":"d","value":4}},{"operation":"delete","request":{"key":"c","etag":"stale"}}]}""");
        Assert.Equal(500, failed.Status);
        Assert.Equal("ERR_STATE_TRANSACTION", ErrorCode(failed));
        Assert.Equal(204, (await Send("GET", "/v1.0/state/statestore/d")).Status);   // nothing applied

        var notObjects = await Send("POST", "/v1.0/state/statestore/transaction", """{"operations":[1]}""");
        Assert.Equal(400, notObjects.Status);
        Assert.Equal("ERR_MALFORMED_REQUEST", ErrorCode(notObjects));

        var unsupported = await Send("POST", "/v1.0/state/statestore/transaction", """{"operations":[{"operation":"merge","request":{"key":"c"}}]}""");
        Assert.Equal("ERR_NOT_SUPPORTED_STATE_OPERATION", ErrorCode(unsupported));
    }

    [Fact]
    public async Task AppsDoNotSeeEachOthersKeys()
    {
        var components = new ComponentSet([new("statestore", new InMemoryStateStore())]);
        var one = new DaprRouter(components, "one");
        var two = new DaprRouter(components, "two");
        await one.HandleAsync(new DaprRequest("POST", "/v1.0/state/statestore", """[{"key":"k","value":1}]"""u8.ToArray()));
        Assert.Equal(204, (await two.HandleAsync(new DaprRequest("GET", "/v1.0/state/statestore/k", default))).Status);
        Assert.Equal(200, (await one.HandleAsync(new DaprRequest("GET", "/v1.0/state/statestore/k", default))).Status);
    }

    [Fact]
    public async Task RoutesNotBuiltSaySo()
    {
        var response = await Send("POST", "/v1.0-alpha1/lock/redis", "{}");
        Assert.Equal(404, response.Status);
        Assert.Contains("has no route POST /v1.0-alpha1/lock/redis", JsonDocument.Parse(response.Body).RootElement.GetProperty("message").GetString());
    }
}
