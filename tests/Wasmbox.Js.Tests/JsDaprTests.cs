using System.Net;
using System.Text.Json;

namespace Wasmbox.Js.Tests;

/// <summary>
/// JavaScript functions on the Dapr building blocks through "wasmbox:dapr", as the C guests are
/// tested (tests/Wasmbox.Host.Tests/DaprGuestTests.cs): state with ETags, publish and subscribe,
/// service invocation, grants; and fetch within the allowed hosts.
/// </summary>
public sealed class JsDaprTests
{
    private static string Manifest() => $$"""
        functions:
          - name: probe
            module: {{Script("state-probe.js")}}
            executor: js
            routes: [/probe]
            environment: { STORE: statestore }
            dapr: { state: [statestore] }
          - name: ungranted
            module: {{Script("state-probe.js")}}
            executor: js
            routes: [/ungranted]
            environment: { STORE: statestore }
          - name: notes
            module: {{Examples.Path("js-notes/app.js")}}
            executor: js
            routes: [/notes, /notes/:id]
            dapr: { state: [statestore] }
          - name: publisher
            module: {{Script("publisher.js")}}
            executor: js
            routes: [/publish]
            dapr: { publish: [pubsub/orders] }
          - name: js-orders
            module: {{Examples.Path("js-orders/app.js")}}
            executor: js
            routes: [/js-orders]
            subscriptions: [{ topic: orders }]
            dapr: { state: [statestore] }
          - name: js-hello
            module: {{Examples.Path("js-hello/app.js")}}
            executor: js
            routes: [/js-hello]
          - name: shout
            module: {{Script("shout.js")}}
            executor: js
            routes: [/shout]
            dapr: { invoke: [wasmbox] }
          - name: fetcher
            module: {{Script("fetcher.js")}}
            executor: js
            routes: [/fetch]
            allowed-hosts: ["127.0.0.1:*"]
        """;

    private static string Script(string name) => Path.Combine(AppContext.BaseDirectory, "Scripts", name);

    [Fact]
    public async Task StateKeepsETagsAndRefusesAStaleOne()
    {
        await using var server = await JsServer.StartAsync(Manifest());
        var answer = await (await server.Client.PostAsync("/probe", null)).Content.ReadAsStringAsync();
        Assert.Contains("get: {\"n\":1} etag=yes", answer);
        Assert.Contains("save with its etag: ok", answer);
        Assert.Contains("save with a stale etag: 409 ERR_STATE_SAVE", answer);
        Assert.Contains("delete with a stale etag: 409 ERR_STATE_DELETE", answer);
        Assert.Contains("first write of a present key: 409", answer);
        Assert.Contains("now: {\"n\":2}", answer);
        Assert.Contains("after delete: undefined", answer);
        Assert.Contains("odd key: ok \"odd\"", answer);
    }

    [Fact]
    public async Task AFunctionReachesOnlyTheStoresItIsGranted()
    {
        await using var server = await JsServer.StartAsync(Manifest());
        using var response = await server.Client.PostAsync("/ungranted", null);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("DaprError: state save statestore/probe: 403 ERR_PERMISSION_DENIED: function ungranted is not granted state store statestore", body);
    }

    [Fact]
    public async Task TheNotesExampleLosesNoNoteToConcurrentWriters()
    {
        await using var server = await JsServer.StartAsync(Manifest());
        var added = await Task.WhenAll(Enumerable.Range(1, 8).Select(async i =>
        {
            using var response = await server.Client.PostAsync("/notes", new StringContent($$"""{"text":"note {{i}}"}"""));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        }));
        Assert.Equal(Enumerable.Range(1, 8), added.Order());

        using var deleted = await server.Client.DeleteAsync("/notes/3");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var missing = await server.Client.DeleteAsync("/notes/3");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var notes = JsonDocument.Parse(await server.Client.GetStringAsync("/notes")).RootElement;
        Assert.Equal(7, notes.GetArrayLength());
        using var bad = await server.Client.PostAsync("/notes", new StringContent("not json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task AJsSubscriberStoresWhatAJsPublisherPublishes()
    {
        await using var server = await JsServer.StartAsync(Manifest());
        using var published = await server.Client.PostAsync("/publish", new StringContent("""{"id":1,"item":"tea"}"""));
        Assert.Equal(HttpStatusCode.Accepted, published.StatusCode);
        await JsServer.WaitUntil(async () => await server.Client.GetStringAsync("/js-orders") != "[]", "the subscriber to store the order");
        Assert.Equal("""[{"id":1,"item":"tea"}]""", await server.Client.GetStringAsync("/js-orders"));
        var logs = await server.LogsAsync("js-orders");
        Assert.Contains("info stored order {\"id\":1,\"item\":\"tea\"} from orders (event ", logs);
    }

    [Fact]
    public async Task AJsFunctionInvokesAnotherThroughServiceInvocation()
    {
        await using var server = await JsServer.StartAsync(Manifest());
        using var response = await server.Client.PostAsync("/shout", new StringContent("dapr"));
        Assert.Equal("HELLO, DAPR!\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FetchReachesAnAllowedHostAndIsRefusedAnother()
    {
        await using var server = await JsServer.StartAsync(Manifest());
        var allowed = await server.Client.GetStringAsync($"/fetch?url={Uri.EscapeDataString(new Uri(server.Server.Address, "/js-hello?name=fetch").ToString())}");
        Assert.Equal("200 text/plain; charset=UTF-8 Hello, fetch!\n", allowed);

        using var refused = await server.Client.GetAsync($"/fetch?url={Uri.EscapeDataString("http://example.org/")}");
        Assert.Equal(HttpStatusCode.BadGateway, refused.StatusCode);
        Assert.Equal("TypeError: fetch http://example.org/ failed: function fetcher may not reach example.org (allowed hosts: 127.0.0.1:*; grant it with allowed-hosts: [example.org])",
            await refused.Content.ReadAsStringAsync());
    }
}
