using Microsoft.Playwright;
using Wasmbox.Host.Tests;
using static Microsoft.Playwright.Assertions;

namespace Wasmbox.Dashboard.Tests;

/// <summary>The dashboard of a test server, open in a fresh browser context, found as a user finds things: by labels, roles and text.</summary>
internal sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private DashboardPage(IBrowserContext context, IPage page, TestServer server)
    {
        this.context = context;
        Page = page;
        Server = server;
    }

    public IPage Page { get; }
    public TestServer Server { get; }
    /// <summary>What the page wrote to its console as errors, and scripts that failed (a CSP refusal shows here too).</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Opens <paramref name="path"/> (the root unless told) with <paramref name="token"/> in the fragment, or without a token when it is null.</summary>
    public static async Task<DashboardPage> OpenAsync(BrowserFixture browser, TestServer server, string? token, string path = "/", int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var dashboard = new DashboardPage(context, page, server);
        page.Console += (_, message) => { if (message.Type == "error") dashboard.Errors.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => dashboard.Errors.Add(error);
        var url = new Uri(server.Server.Address, path) + (token is null ? "" : "#token=" + Uri.EscapeDataString(token));
        await page.GotoAsync(url);
        return dashboard;
    }

    /// <summary>Opens the dashboard with the server's token and waits until it is live.</summary>
    public static async Task<DashboardPage> OpenLiveAsync(BrowserFixture browser, TestServer server, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var dashboard = await OpenAsync(browser, server, server.Token, "/", width, height, scheme);
        await dashboard.WaitLiveAsync();
        return dashboard;
    }

    /// <summary>Waits until the live stream is connected (the header says "Live").</summary>
    public async Task WaitLiveAsync() => await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Live" }).First).ToBeVisibleAsync();

    /// <summary>The card of a function in the functions list.</summary>
    public ILocator FunctionCard(string name) => Page.Locator("#functions-list article").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = name }) });

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
