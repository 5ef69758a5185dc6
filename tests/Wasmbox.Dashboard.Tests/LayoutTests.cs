using Microsoft.Playwright;
using Wasmbox.Host.Tests;
using static Microsoft.Playwright.Assertions;

namespace Wasmbox.Dashboard.Tests;

/// <summary>The dashboard on a phone-sized window, in dark mode, and with the keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture browser)
{
    [Fact]
    public async Task On_a_narrow_window_nothing_runs_off_the_side_of_the_page()
    {
        await using var server = await TestServer.StartAsync(null);
        (await server.DeployAsync("a-function-with-a-rather-long-name", await File.ReadAllBytesAsync(TestGuests.Example("hello")),
            """{"routes":["/a/rather/long/route/to/see/whether/it/wraps", "/another/long/route/..."]}""")).EnsureSuccessStatusCode();
        await server.Client.GetAsync("/a/rather/long/route/to/see/whether/it/wraps");
        await using var dashboard = await DashboardPage.OpenLiveAsync(browser, server, width: 360, height: 740);
        var page = dashboard.Page;
        await Expect(page.Locator("#invocations-body tr")).ToHaveCountAsync(1);

        // Wide tables scroll inside their own box; the page itself does not scroll sideways.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            "the page is wider than a 360-pixel window");
        foreach (var control in new[] { page.GetByRole(AriaRole.Button, new() { Name = "Deploy", Exact = true }), page.GetByLabel("More settings as JSON"), page.GetByRole(AriaRole.Button, new() { Name = "Send" }) })
        {
            await control.ScrollIntoViewIfNeededAsync();
            var box = await control.BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 360, $"a control lies outside the window: {box?.X} + {box?.Width}");
        }
        Assert.Empty(dashboard.Errors);
    }

    [Theory]
    [InlineData(ColorScheme.Dark, true)]
    [InlineData(ColorScheme.Light, false)]
    public async Task The_page_follows_the_system_s_light_or_dark_mode(ColorScheme scheme, bool dark)
    {
        await using var server = await TestServer.StartAsync(null);
        await using var dashboard = await DashboardPage.OpenLiveAsync(browser, server, scheme: scheme);
        // The body's background as relative luminance, 0 (black) to 1 (white).
        var luminance = await dashboard.Page.EvaluateAsync<double>("""
            () => {
              const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
              return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
            }
            """);
        Assert.True(dark ? luminance < 0.2 : luminance > 0.8, $"background luminance {luminance} in {scheme} mode");
    }

    [Fact]
    public async Task The_keyboard_reaches_the_controls_and_shows_where_the_focus_is()
    {
        await using var server = await TestServer.StartAsync(null);
        await using var dashboard = await DashboardPage.OpenLiveAsync(browser, server);
        var page = dashboard.Page;

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Forget the token" })).ToBeFocusedAsync();
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));

        // The section links, then the functions' Refresh: every control is a real link or button.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Functions" })).ToBeFocusedAsync();
        for (var i = 0; i < 7; i++) await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Refresh" }).First).ToBeFocusedAsync();
    }
}
