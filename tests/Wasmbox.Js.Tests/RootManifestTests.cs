using System.Net;
using Wasmbox.Host;

namespace Wasmbox.Js.Tests;

/// <summary>The repository's own wasmbox.yaml with the engine built: the JavaScript examples answer as the README's tour says.</summary>
public sealed class RootManifestTests
{
    [Fact]
    public async Task TheJavaScriptExamplesOfTheTourAnswer()
    {
        JsEngineBuild.Built();
        var manifest = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Examples.Path("js-hello/app.js"))!)!, "..", "wasmbox.yaml");
        await using var server = await JsServer.StartAsync(null);
        await server.StopAsync();
        await server.StartAgainAsync(server.Options with { ManifestPath = Path.GetFullPath(manifest), JsEngine = JsEngineBuild.Source });
        Assert.Empty(server.Registry.Deferred);

        Assert.Equal("Hello, Ada!\n", await server.Client.GetStringAsync("/js-hello?name=Ada"));
        using var note = await server.Client.PostAsync("/notes", new StringContent("""{"text":"tea"}"""));
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        Assert.Equal("""{"id":1,"text":"tea"}""", await note.Content.ReadAsStringAsync());
        Assert.Equal("""[{"id":1,"text":"tea"}]""", await server.Client.GetStringAsync("/notes"));

        using var order = await server.Client.PostAsync("/orders", new StringContent("""{"id":1,"item":"tea"}"""));
        Assert.Equal(HttpStatusCode.Accepted, order.StatusCode);
        await JsServer.WaitUntil(async () => await server.Client.GetStringAsync("/js-orders") != "[]", "js-orders to store the order");
        Assert.Equal("""[{"id":1,"item":"tea"}]""", await server.Client.GetStringAsync("/js-orders"));
    }
}
