using System.Net;
using System.Text.Json;

namespace Wasmbox.Host.Tests;

/// <summary>The repository's own wasmbox.yaml, as `./wasmbox serve` serves it on a fresh clone: the Dapr examples answer as the README's tour says.</summary>
public sealed class ExampleManifestTests
{
    private static async Task<TestServer> ServeTheRepository()
    {
        var server = await TestServer.StartAsync(null);
        await server.StopAsync();
        await server.StartAgainAsync(server.Options with { ManifestPath = Path.Combine(TestGuests.RepositoryRoot, "wasmbox.yaml") });
        return server;
    }

    [Fact]
    public async Task TheDaprExamplesWorkWithNoDaprdAndNoComponentFileOfTheirOwn()
    {
        await using var server = await ServeTheRepository();

        // Service invocation: shout calls hello.
        Assert.Equal("HELLO, DAPR!\n", await (await server.Client.PostAsync("/shout", new StringContent("dapr"))).Content.ReadAsStringAsync());

        // State with an ETag loop.
        Assert.Equal("1\n", await (await server.Client.PostAsync("/counter", null)).Content.ReadAsStringAsync());
        Assert.Equal("2\n", await (await server.Client.PostAsync("/counter", null)).Content.ReadAsStringAsync());

        // The order pipeline: publish, a subscriber stores, GET lists.
        using var placed = await server.Client.PostAsync("/orders", new StringContent("""{"id":"o-1","item":"tea","quantity":2}"""));
        Assert.True(placed.IsSuccessStatusCode, await placed.Content.ReadAsStringAsync());
        await ErrorStatusTests.WaitUntil(() => server.Client.GetStringAsync("/orders").Result.Contains("o-1"));
        Assert.Equal("tea", JsonDocument.Parse(await server.Client.GetStringAsync("/orders")).RootElement[0].GetProperty("item").GetString());

        // The cron-triggered ticker, fired here the way daprd delivers a binding event.
        Assert.Equal("""{"ticks":0,"last":null}""" + "\n", await server.Client.GetStringAsync("/ticks"));
        using var tick = new HttpRequestMessage(HttpMethod.Post, "/every-10s") { Content = new StringContent("") };
        tick.Headers.Add("readTimeUTC", "2026-12-07T00:00:00Z");
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(tick)).StatusCode);
        Assert.Equal("""{"ticks":1,"last":"2026-12-07T00:00:00Z"}""" + "\n", await server.Client.GetStringAsync("/ticks"));
    }
}
