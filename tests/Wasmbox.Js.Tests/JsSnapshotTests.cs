using System.Net;
using System.Text.Json;
using Wasmbox.Host;

namespace Wasmbox.Js.Tests;

/// <summary>
/// js functions start from a snapshot taken after their script's top level ran at deploy: what
/// the top level made is there in every request without running again, what a request changes
/// no other request sees, and each request still draws its own random numbers.
/// </summary>
public sealed class JsSnapshotTests
{
    // The top level draws an id once; each request counts in a module variable and draws a number.
    private const string Script = """
        const id = crypto.randomUUID();
        let requests = 0;
        export default {
          fetch() {
            requests++;
            return Response.json({ id, requests, random: Math.random() });
          },
        };
        """;

    [Fact]
    public async Task RequestsStartFromTheTopLevelsStateWithTheirOwnCopyAndTheirOwnRandomNumbers()
    {
        await using var server = await JsServer.StartAsync();
        using var deployed = await server.DeployScriptAsync("counter", Script, new { routes = new[] { "/counter" } });
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);

        var answers = new List<JsonElement>();
        for (var i = 0; i < 3; i++) answers.Add(JsonDocument.Parse(await server.Client.GetStringAsync("/counter")).RootElement);
        // The top level ran once, at deploy: every request sees the id it drew.
        Assert.Single(answers.Select(a => a.GetProperty("id").GetString()).Distinct());
        // Each request had a fresh copy: the previous one's count did not carry over.
        Assert.All(answers, a => Assert.Equal(1, a.GetProperty("requests").GetInt32()));
        // QuickJS's interpreter loop is past RyuJIT's limits: the engine runs as native code compiled ahead of time.
        Assert.True(server.Registry.Table.Functions["counter"].InstancePre.Module.HasNativeCode, "the JavaScript engine runs jitted: is crossgen2 restored?");
        // Math.random is seeded afresh in each request, not frozen into the snapshot.
        Assert.Equal(3, answers.Select(a => a.GetProperty("random").GetDouble()).Distinct().Count());
    }

    [Fact]
    public async Task WithSnapshotsOffEachRequestRunsTheTopLevelAgain()
    {
        await using var server = await JsServer.StartAsync(options: new ServeOptions { JsSnapshots = false });
        using var deployed = await server.DeployScriptAsync("counter", Script, new { routes = new[] { "/counter" } });
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);

        var ids = new HashSet<string?>();
        for (var i = 0; i < 3; i++) ids.Add(JsonDocument.Parse(await server.Client.GetStringAsync("/counter")).RootElement.GetProperty("id").GetString());
        Assert.Equal(3, ids.Count);
    }

    [Fact]
    public async Task AScriptWhoseTopLevelCallsABuildingBlockIsServedWithoutASnapshotAndTheLogSaysWhy()
    {
        await using var server = await JsServer.StartAsync();
        const string script = """
            import { state } from "wasmbox:dapr";
            const greeting = (await state.get("statestore", "greeting")) ?? "hello";
            export default { fetch() { return new Response(`${greeting} from the top level\n`); } };
            """;
        using var deployed = await server.DeployScriptAsync("greeter", script, new
        {
            routes = new[] { "/greeter" },
            dapr = new { state = new[] { "statestore" } },
        });
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);

        Assert.Equal("hello from the top level\n", await server.Client.GetStringAsync("/greeter"));
        var log = await server.Admin.GetStringAsync("admin/v1/functions/greeter/logs");
        Assert.Contains("served without a snapshot", log);
        Assert.Contains("wasmbox.dapr_request", log);
    }
}
