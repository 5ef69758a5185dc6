using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Wasmbox.Host;
using Wasmbox.Host.Tests;

namespace Wasmbox.Dashboard.Tests;

/// <summary>
/// The dashboard as HTTP sees it, without a browser: where the page is served, with which
/// headers, and the admin API calls it makes.
/// </summary>
public sealed class DashboardServingTests
{
    [Fact]
    public async Task The_root_serves_the_dashboard_until_a_function_takes_it_and_admin_always_does()
    {
        await using var server = await TestServer.StartAsync(null);
        var page = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Wasmbox dashboard</title>", await page.Content.ReadAsStringAsync());
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.PostAsync("/", new StringContent("x"))).StatusCode);

        // Unchanged files are revalidated, not fetched again.
        using var again = new HttpRequestMessage(HttpMethod.Get, "/admin/assets/js/main.js");
        again.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse((await server.Client.GetAsync("/admin/assets/js/main.js")).Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.NotModified, (await server.Client.SendAsync(again)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/admin/assets/nothing.js")).StatusCode);

        (await server.DeployAsync("home", await File.ReadAllBytesAsync(TestGuests.Example("hello")), """{"routes":["/"]}""")).EnsureSuccessStatusCode();
        Assert.Equal("Hello, world!\n", await server.Client.GetStringAsync("/"));
        Assert.Contains("<title>Wasmbox dashboard</title>", await server.Client.GetStringAsync("/admin/"));
        Assert.Contains("<title>Wasmbox dashboard</title>", await server.Client.GetStringAsync("/admin"));

        (await server.Admin.DeleteAsync("admin/v1/functions/home")).EnsureSuccessStatusCode();
        Assert.Contains("<title>Wasmbox dashboard</title>", await server.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task The_dapr_api_port_does_not_serve_the_dashboard()
    {
        await using var server = await TestServer.StartAsync(null, new ServeOptions { DaprHttpPort = 0 });
        using var dapr = new HttpClient { BaseAddress = server.Server.DaprHttpAddress };
        var root = await dapr.GetAsync("/");
        Assert.NotEqual("text/html", root.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_run_streams_as_an_event_with_its_log_line_and_its_lines_are_found_by_request_id()
    {
        await using var server = await TestServer.StartAsync(null);
        (await server.DeployAsync("echo", TestGuests.Bytes("echo"),
            """{"routes":["/echo"],"environment":{"STDERR":"echo was here"},"limits":{"fuel":100000000}}""")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.GetAsync("admin/v1/events")).StatusCode);

        using var events = await server.Admin.GetAsync("admin/v1/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
        await ReadUntilAsync(reader, "event: ready");
        var answer = await server.Client.PostAsync("/echo", new StringContent("ping"));
        var requestId = answer.Headers.GetValues("X-Request-Id").Single();

        // The guest's line is written while it runs, the run reported when it ends: either may come first.
        var invocation = "";
        var logged = "";
        while (invocation.Length == 0 || logged.Length == 0)
        {
            var line = await ReadUntilAsync(reader, requestId);
            if (line.Contains("echo was here", StringComparison.Ordinal)) logged = line;
            else invocation = line;
        }
        Assert.Contains("\"function\":\"echo\"", invocation);
        Assert.Contains("\"status\":200", invocation);

        var lines = JsonDocument.Parse(await server.Admin.GetStringAsync($"admin/v1/logs?function=echo&requestId={Uri.EscapeDataString(requestId)}")).RootElement;
        Assert.Equal("echo was here", Assert.Single(lines.EnumerateArray()).GetProperty("text").GetString());
        var run = Assert.Single(JsonDocument.Parse(await server.Admin.GetStringAsync("admin/v1/invocations?function=echo")).RootElement.EnumerateArray());
        Assert.Equal(200, run.GetProperty("status").GetInt32());
        Assert.True(run.GetProperty("fuel").GetInt64() > 0);
        Assert.True(run.GetProperty("peakMemoryBytes").GetInt64() >= 65536);
    }

    [Fact]
    public async Task The_dapr_view_lists_the_components_and_who_subscribes_with_the_deliveries_waiting_and_given_up()
    {
        // Another app of this machine, which subscribes the Dapr way: its /dapr/subscribe.
        var appPort = FreePort();
        var appBuilder = WebApplication.CreateSlimBuilder();
        appBuilder.WebHost.UseUrls($"http://127.0.0.1:{appPort}");
        await using var app = appBuilder.Build();
        app.MapGet("/dapr/subscribe", () => Results.Text("""[{"pubsubname":"pubsub","topic":"orders","route":"/orders"}]""", "application/json"));
        app.MapPost("/orders", () => Results.Json(new { status = "SUCCESS" }));
        await app.StartAsync();

        await using var server = await TestServer.StartAsync($"apps:\n  - id: shipping\n    address: http://127.0.0.1:{appPort}\nfunctions: []\n",
            new ServeOptions { DaprHttpPort = 0 });
        // Exit 75 asks for the event again: it stays pending, retried with back-off. Exit 1 gives it up (DROP).
        (await server.DeployAsync("store", TestGuests.Bytes("echo"),
            """{"environment":{"EXIT":"75"},"subscriptions":[{"topic":"orders","deadLetterTopic":"orders-failed"}]}""")).EnsureSuccessStatusCode();
        (await server.DeployAsync("audit", TestGuests.Bytes("echo"),
            """{"environment":{"EXIT":"1"},"subscriptions":[{"topic":"orders"}]}""")).EnsureSuccessStatusCode();
        await WaitUntilAsync(async () => (await server.Admin.GetStringAsync("admin/v1/dapr")).Contains("app:shipping", StringComparison.Ordinal));
        using var dapr = new HttpClient { BaseAddress = server.Server.DaprHttpAddress };
        (await dapr.PostAsync("/v1.0/publish/pubsub/orders", new StringContent("""{"id":1}""", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        JsonElement Subscriber(JsonElement view, string name) =>
            view.GetProperty("subscriptions").EnumerateArray().Single(s => s.GetProperty("subscriber").GetString() == name);
        async Task<JsonElement> View() => JsonDocument.Parse(await server.Admin.GetStringAsync("admin/v1/dapr")).RootElement;
        await WaitUntilAsync(async () =>
        {
            var view = await View();
            return Subscriber(view, "store").GetProperty("deliveries").GetInt64() >= 1 && Subscriber(view, "audit").GetProperty("deadLetters").GetInt64() == 1
                && Subscriber(view, "app:shipping").GetProperty("deliveries").GetInt64() == 1;
        });

        var view = await View();
        var names = view.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("statestore", names);
        Assert.Contains("pubsub", names);
        Assert.Equal(3, view.GetProperty("subscriptions").GetArrayLength());
        var store = Subscriber(view, "store");
        Assert.Equal("function", store.GetProperty("kind").GetString());
        Assert.Equal("orders", store.GetProperty("topic").GetString());
        Assert.Equal("orders-failed", store.GetProperty("deadLetterTopic").GetString());
        Assert.Equal(1, store.GetProperty("pending").GetInt32());
        Assert.Equal(0, store.GetProperty("deadLetters").GetInt64());
        var audit = Subscriber(view, "audit");
        Assert.Equal(1, audit.GetProperty("deliveries").GetInt64());
        Assert.Equal(0, audit.GetProperty("pending").GetInt32());
        var shipping = Subscriber(view, "app:shipping");
        Assert.Equal("app", shipping.GetProperty("kind").GetString());
        Assert.Equal(0, shipping.GetProperty("deadLetters").GetInt64());
        Assert.Equal(0, shipping.GetProperty("pending").GetInt32());
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the condition did not hold within 15 s");
            await Task.Delay(50);
        }
    }

    /// <summary>Reads lines until one contains <paramref name="text"/>; that line.</summary>
    private static async Task<string> ReadUntilAsync(StreamReader reader, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains(text, StringComparison.Ordinal)) return line;
        }
        throw new EndOfStreamException($"the stream ended before \"{text}\"");
    }
}
