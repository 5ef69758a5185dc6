using Microsoft.Playwright;
using Wasmbox.Host.Tests;
using static Microsoft.Playwright.Assertions;

namespace Wasmbox.Dashboard.Tests;

/// <summary>
/// The dashboard of a few examples under a steady load, as the README shows it: the live view
/// fills in while requests run. The picture is written where WASMBOX_DASHBOARD_SCREENSHOT says
/// (scripts/dashboard-screenshot sets docs/images/dashboard.png), else to a temporary file.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardScreenshotTests(BrowserFixture browser)
{
    [Fact]
    public async Task Under_load_the_live_view_shows_each_function_s_rate_and_latency()
    {
        string Module(string example, string? file = null) => Path.Combine(TestGuests.RepositoryRoot, "examples", example, (file ?? example) + ".wasm");
        await using var server = await TestServer.StartAsync($"""
            functions:
              - name: hello
                module: {Module("hello")}
                routes: [/hello]
                limits: {"{"} memory: 16MiB, timeout: 2s {"}"}
              - name: tiny-budget
                module: {Module("hello")}
                routes: [/tiny]
                limits: {"{"} fuel: 50 {"}"}
              - name: wordcount
                module: {Module("wordcount")}
                routes: [/wordcount]
                content-type: application/json
                limits: {"{"} fuel: 50_000_000 {"}"}
              - name: form
                module: {Module("form")}
                executor: wagi
                routes: [/form]
              - name: orders
                module: {Module("orders")}
                executor: wagi
                routes: [/orders]
                dapr: {"{"} publish: [pubsub/orders], state: [statestore] {"}"}
              - name: order-store
                module: {Module("orders", "order-store")}
                subscriptions: [{"{"} topic: orders {"}"}]
                dapr: {"{"} state: [statestore] {"}"}
            """);
        await using var dashboard = await DashboardPage.OpenLiveAsync(browser, server, width: 1280, height: 1000);
        var page = dashboard.Page;

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var load = Enumerable.Range(0, 3).Select(worker => Task.Run(async () =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                using var answer = (n++ % 12) switch
                {
                    0 or 1 => await server.Client.GetAsync("/hello"),
                    2 => await server.Client.PostAsync("/wordcount", new StringContent("the quick brown fox jumps over the lazy dog\n")),
                    3 => await server.Client.PostAsync("/form", new FormUrlEncodedContent([new("name", "Ada"), new("message", "hi")])),
                    4 or 10 => await server.Client.PostAsync("/orders", new StringContent($$"""{"id":{{worker * 100000 + n}},"item":"tea"}""")),
                    5 => await server.Client.GetAsync("/tiny"),   // runs out of fuel: a failure, in red
                    8 => await server.Client.PostAsync("/wordcount", new StringContent("one two three\n")),
                    9 => await server.Client.PostAsync("/form", new FormUrlEncodedContent([new("name", "Grace"), new("message", "hello")])),
                    _ => await server.Client.GetAsync("/hello"),
                };
                await Task.Delay(4, CancellationToken.None);
            }
        })).ToList();

        // Taken while the load runs, once the chart has some history (more for the README's picture).
        var target = Environment.GetEnvironmentVariable("WASMBOX_DASHBOARD_SCREENSHOT") is { Length: > 0 } given
            ? Path.GetFullPath(given, TestGuests.RepositoryRoot)
            : null;
        await Task.Delay(TimeSpan.FromSeconds(target is null ? 2 : 25));
        foreach (var name in new[] { "hello", "tiny-budget", "wordcount", "form", "orders", "order-store" })
            await Expect(page.GetByRole(AriaRole.Article, new() { Name = $"{name}: live" })).ToContainTextAsync("p99");
        await Expect(page.Locator("#invocations-body tr")).ToHaveCountAsync(100);
        await Expect(page.GetByRole(AriaRole.Article, new() { Name = "tiny-budget: live" })).ToContainTextAsync("failed");
        await Expect(page.Locator("#invocations-body")).ToContainTextAsync("pubsub");
        Assert.Empty(dashboard.Errors);

        target ??= Path.Combine(server.Root, "dashboard.png");
        // The live view and the recent runs, under the header: what changes under load.
        await page.GetByRole(AriaRole.Link, new() { Name = "Live" }).ClickAsync();
        await page.ScreenshotAsync(new() { Path = target, Type = ScreenshotType.Png });
        Assert.True(new FileInfo(target).Length > 10_000);
        await stop.CancelAsync();
        await Task.WhenAll(load);
    }
}
