using System.Diagnostics;
using System.Text.Json;

namespace Wasmbox.Js.Tests;

/// <summary>
/// The prelude's URL against node's (WHATWG's): for each URL of Scripts/urls.txt (the requests'
/// own URLs, which take the one-expression path, and ports, dot segments, escapes, quotes, user
/// info, IPv6, backslashes and errors, which take the full parse), the fields a handler reads.
/// </summary>
public sealed class JsUrlTests
{
    [Fact]
    public async Task UrlsParseAsNodeParsesThem()
    {
        var urls = Path.Combine(AppContext.BaseDirectory, "Scripts", "urls.txt");
        await using var server = await JsServer.StartAsync();
        using var deployed = await server.DeployScriptAsync("urls", JsEngineBuild.Script("urls.js"), new { routes = new[] { "/urls" } });
        deployed.EnsureSuccessStatusCode();
        using var answer = await server.Client.PostAsync("/urls", new ByteArrayContent(await File.ReadAllBytesAsync(urls)));
        var ours = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();

        var nodes = JsonDocument.Parse(await NodeAsync(urls)).RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();
        var lines = (await File.ReadAllLinesAsync(urls)).Where(line => line.Length > 0).ToList();
        Assert.Equal(lines.Count, nodes.Count);
        for (var i = 0; i < lines.Count; i++) Assert.True(nodes[i] == ours[i], $"{lines[i]}\n  node:    {nodes[i]}\n  wasmbox: {ours[i]}");
    }

    /// <summary>What node's URL makes of each line of <paramref name="file"/>, as urls.js answers it.</summary>
    private static async Task<string> NodeAsync(string file)
    {
        const string script = """
            const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(line => line.length > 0);
            console.log(JSON.stringify(lines.map(input => {
              try {
                const url = new URL(input);
                return { href: url.href, protocol: url.protocol, host: url.host, hostname: url.hostname, port: url.port,
                  pathname: url.pathname, search: url.search, hash: url.hash, name: url.searchParams.get("name") };
              } catch (error) {
                return { error: error.name };
              }
            })));
            """;
        using var node = Process.Start(new ProcessStartInfo("node", ["-e", script, file]) { RedirectStandardOutput = true })!;
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.Equal(0, node.ExitCode);
        return output;
    }
}
