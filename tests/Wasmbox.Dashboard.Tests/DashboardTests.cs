using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Wasmbox.Host.Tests;
using static Microsoft.Playwright.Assertions;

namespace Wasmbox.Dashboard.Tests;

/// <summary>
/// The dashboard in a real browser (Debian's chromium) over a real server: what a user does on
/// the page (deploy, try, read logs, roll back) and what they see.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserFixture browser)
{
    private static string HelloExample => TestGuests.Example("hello");
    private static string WordcountExample => TestGuests.Example("wordcount");

    [Fact]
    public async Task A_module_deployed_from_the_page_is_listed_and_answers_when_tried_with_its_log_line_a_click_away()
    {
        await using var server = await TestServer.StartAsync(null);
        await using var dashboard = await DashboardPage.OpenLiveAsync(browser, server);
        var page = dashboard.Page;
        Assert.DoesNotContain("token", page.Url, StringComparison.Ordinal);   // taken out of the address bar

        await page.GetByLabel("Module (.wasm)").SetInputFilesAsync(TestGuests.Path("echo"));
        await Expect(page.GetByLabel("Function name")).ToHaveValueAsync(new Regex("^echo"));
        await page.GetByLabel("Function name").FillAsync("echo");
        await page.GetByLabel("Routes").FillAsync("/echo");
        await page.GetByLabel("More settings as JSON").FillAsync("""{"environment": {"STDERR": "echo was here"}}""");
        await page.GetByRole(AriaRole.Button, new() { Name = "Deploy", Exact = true }).ClickAsync();

        await Expect(page.Locator("#deploy-result")).ToContainTextAsync("Deployed echo version 1");
        var card = dashboard.FunctionCard("echo");
        await Expect(card).ToContainTextAsync("/echo");
        await Expect(card).ToContainTextAsync("command");

        await card.GetByRole(AriaRole.Button, new() { Name = "Try echo" }).ClickAsync();
        await Expect(page.GetByLabel("Path")).ToHaveValueAsync("/echo");
        await page.GetByLabel("Method").SelectOptionAsync("POST");
        await page.GetByLabel("Headers").FillAsync("X-Test: yes");
        await page.GetByLabel("Body", new() { Exact = true }).FillAsync("ping from the page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(page.Locator("#try-status")).ToHaveTextAsync("200 OK");
        await Expect(page.Locator("#try-response")).ToHaveTextAsync("ping from the page");

        // The run arrives over the live stream, with its request id; its log lines are one click away.
        var row = page.Locator("#invocations-body tr").Filter(new() { HasText = "echo@1" }).First;
        await Expect(row).ToContainTextAsync("Succeeded");
        await Expect(row).ToContainTextAsync("200");
        await row.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.Locator("#request-logs-lines")).ToContainTextAsync("echo was here");
        await Expect(page.Locator("#log-lines")).ToContainTextAsync("echo@1");
        Assert.Empty(dashboard.Errors);
    }

    [Fact]
    public async Task Functions_deployed_elsewhere_appear_and_the_log_tail_follows_them_filtered_by_function_and_level()
    {
        await using var server = await TestServer.StartAsync(null);
        await using var dashboard = await DashboardPage.OpenLiveAsync(browser, server);
        var page = dashboard.Page;
        (await server.DeployAsync("quiet", TestGuests.Bytes("echo"), """{"routes":["/quiet"],"environment":{"STDERR":"a quiet note"}}""")).EnsureSuccessStatusCode();
        (await server.DeployAsync("failing", TestGuests.Bytes("echo"), """{"routes":["/failing"],"environment":{"EXIT":"3"}}""")).EnsureSuccessStatusCode();
        await Expect(dashboard.FunctionCard("quiet")).ToContainTextAsync("/quiet");
        await Expect(dashboard.FunctionCard("failing")).ToContainTextAsync("/failing");

        await server.Client.GetAsync("/quiet");
        await server.Client.GetAsync("/failing");
        var tail = page.Locator("#log-lines");
        await Expect(tail).ToContainTextAsync("a quiet note");
        await Expect(tail).ToContainTextAsync("exited with status 3");

        await page.GetByLabel("Level").SelectOptionAsync(new SelectOptionValue { Label = "Errors only" });
        await Expect(tail).ToContainTextAsync("failing@1");
        await Expect(tail).Not.ToContainTextAsync("a quiet note");

        await page.GetByLabel("Level").SelectOptionAsync(new SelectOptionValue { Label = "All levels" });
        await page.GetByLabel("Function", new() { Exact = true }).SelectOptionAsync("quiet");
        await Expect(tail).ToContainTextAsync("a quiet note");
        await Expect(tail).Not.ToContainTextAsync("failing@1");

        // The tail goes on under the filter.
        await server.Client.GetAsync("/quiet");
        await Expect(tail.Locator("span").Filter(new() { HasText = "a quiet note" })).ToHaveCountAsync(2);
        Assert.Empty(dashboard.Errors);
    }

    [Fact]
    public async Task A_dropped_module_is_deployed()
    {
        await using var server = await TestServer.StartAsync(null);
        await using var dashboard = await DashboardPage.OpenLiveAsync(browser, server);
        var page = dashboard.Page;

        var bytes = Convert.ToBase64String(await File.ReadAllBytesAsync(HelloExample));
        var dropped = await page.EvaluateHandleAsync("""
            base64 => {
              const data = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
              const transfer = new DataTransfer();
              transfer.items.add(new File([data], "hello.wasm", { type: "application/wasm" }));
              return transfer;
            }
            """, bytes);
        await page.DispatchEventAsync("#drop-zone", "drop", new { dataTransfer = dropped });
        await Expect(page.GetByLabel("Function name")).ToHaveValueAsync("hello");
        await page.GetByLabel("Routes").FillAsync("/greet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Deploy", Exact = true }).ClickAsync();

        await Expect(dashboard.FunctionCard("hello")).ToContainTextAsync("/greet");
        Assert.Equal("Hello, world!\n", await server.Client.GetStringAsync("/greet"));
    }

    [Fact]
    public async Task Rolling_back_from_the_page_serves_the_previous_version()
    {
        await using var server = await TestServer.StartAsync(null);
        (await server.DeployAsync("greet", await File.ReadAllBytesAsync(HelloExample), """{"routes":["/greet"]}""")).EnsureSuccessStatusCode();
        (await server.DeployAsync("greet", await File.ReadAllBytesAsync(WordcountExample), """{"routes":["/greet"]}""")).EnsureSuccessStatusCode();
        await using var dashboard = await DashboardPage.OpenAsync(browser, server, server.Token);
        var page = dashboard.Page;
        var card = dashboard.FunctionCard("greet");
        await Expect(card.GetByRole(AriaRole.Heading)).ToContainTextAsync("v2");

        await card.GetByText("Versions (2)").ClickAsync();
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Serve version 1" })).ToBeVisibleAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Roll back greet" }).ClickAsync();

        await Expect(page.Locator("#functions-message")).ToHaveTextAsync("greet now serves version 1.");
        await Expect(card.GetByRole(AriaRole.Heading)).ToContainTextAsync("v1");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Serve version 2" })).ToBeVisibleAsync();
        Assert.Equal("Hello, world!\n", await server.Client.GetStringAsync("/greet"));
    }

    [Fact]
    public async Task A_bad_module_is_refused_with_the_reason_and_not_listed()
    {
        await using var server = await TestServer.StartAsync(null);
        await using var dashboard = await DashboardPage.OpenLiveAsync(browser, server);
        var page = dashboard.Page;

        await page.GetByLabel("Module (.wasm)").SetInputFilesAsync(new FilePayload { Name = "broken.wasm", MimeType = "application/wasm", Buffer = "not a wasm module"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Deploy", Exact = true }).ClickAsync();

        var result = page.Locator("#deploy-result");
        await Expect(result).ToHaveTextAsync("Not deployed: refused: malformed module: magic header not detected at offset 0x0");
        await Expect(page.Locator("#functions-list")).ToContainTextAsync("No function is served");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await server.Admin.GetAsync("admin/v1/functions/broken")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_token_is_refused_with_a_clear_message_and_the_right_one_typed_in_opens_the_dashboard()
    {
        await using var server = await TestServer.StartAsync(null);
        await using var dashboard = await DashboardPage.OpenAsync(browser, server, "not-the-token-0123456789");
        var page = dashboard.Page;

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(new Regex("The server refused this admin token \\(the admin token is wrong\\)"));
        await Expect(page.Locator("#board")).ToBeHiddenAsync();
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('wasmbox.adminToken')"));

        // With the keyboard only: the token field has the focus, Enter signs in.
        await page.Keyboard.TypeAsync(server.Token);
        await page.Keyboard.PressAsync("Enter");
        await dashboard.WaitLiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Functions" })).ToBeVisibleAsync();
        await Expect(page.Locator("#components-body")).ToContainTextAsync("state.sqlite");
    }

    [Fact]
    public async Task A_subscriber_that_gives_a_message_up_shows_a_dead_letter_in_the_dapr_view()
    {
        await using var server = await TestServer.StartAsync(null, new Wasmbox.Host.ServeOptions { DaprHttpPort = 0 });
        // Exit 1 answers DROP: the message is given up on at once.
        (await server.DeployAsync("audit", TestGuests.Bytes("echo"), """{"environment":{"EXIT":"1"},"subscriptions":[{"topic":"orders"}]}""")).EnsureSuccessStatusCode();
        using var dapr = new HttpClient { BaseAddress = server.Server.DaprHttpAddress };
        (await dapr.PostAsync("/v1.0/publish/pubsub/orders", new StringContent("""{"id":1}""", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        await using var dashboard = await DashboardPage.OpenLiveAsync(browser, server);
        var page = dashboard.Page;

        var row = page.Locator("#subscriptions-body tr", new() { HasText = "audit" });
        // The run is reported when it ends, its delivery counted just after: refresh until the count is there.
        var deadLetters = row.Locator("td").Nth(7);
        for (var deadline = DateTime.UtcNow.AddSeconds(15); await deadLetters.CountAsync() == 0 || await deadLetters.TextContentAsync() != "1";)
        {
            Assert.True(DateTime.UtcNow < deadline, "no dead letter was shown within 15 s");
            await page.Locator("#refresh-dapr").ClickAsync();
            await Task.Delay(200);
        }
        await Expect(deadLetters).ToHaveClassAsync(new Regex("error"));
        await Expect(row.Locator("td").Nth(5)).ToHaveTextAsync("1");   // delivered once
    }
}
