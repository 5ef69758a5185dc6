using System.Net;
using Wasmbox.Host;
using Wasmbox.Host.Js;

namespace Wasmbox.Js.Tests;

/// <summary>
/// A server whose manifest has js functions while the JavaScript engine is not built yet (a fresh
/// clone): it listens and serves the rest at once, and the js functions once the engine is there.
/// </summary>
public sealed class EngineOnFirstUseTests
{
    [Fact]
    public async Task TheServerListensAtOnceAndServesJsFunctionsOnceTheEngineIsBuilt()
    {
        var built = JsEngineBuild.Built();
        var engineDirectory = Directory.CreateTempSubdirectory("wasmbox-js-engine-").FullName;
        try
        {
            // Stands for runtime/js/build.sh on a fresh clone: slow, then the engine is there.
            var script = Path.Combine(engineDirectory, "build.sh");
            File.WriteAllText(script, $"sleep 2\ncp '{built}' \"$1/wasmbox-js.wasm\"\n");
            var source = new JsEngineSource(Path.Combine(engineDirectory, "wasmbox-js.wasm"), script);
            await using var server = await Host.Tests.TestServer.StartAsync($$"""
                functions:
                  - name: js-hello
                    module: {{Examples.Path("js-hello/app.js")}}
                    executor: js
                    routes: [/js-hello]
                """, new ServeOptions { JsEngine = source });

            Assert.Equal("ok\n", await server.Client.GetStringAsync("/healthz"));
            Assert.Equal(["js-hello"], server.Registry.Deferred);
            using var early = await server.Client.GetAsync("/js-hello");
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);

            await JsServer.WaitUntil(async () => (await server.Client.GetAsync("/js-hello")).StatusCode == HttpStatusCode.OK, "js-hello to be served");
            Assert.Equal("Hello, Ada!\n", await server.Client.GetStringAsync("/js-hello?name=Ada"));
            var logs = await server.LogsAsync("js-hello");
            Assert.Contains("not served yet: a js function, and the JavaScript engine is not built", logs);
            Assert.Contains("deployed by manifest wasmbox.yaml", logs);
        }
        finally
        {
            Directory.Delete(engineDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task WithoutAnEngineAJsDeployIsRefusedWithTheReason()
    {
        await using var server = await Host.Tests.TestServer.StartAsync(null);
        using var refused = await server.DeployScriptAsync("hello", File.ReadAllText(Examples.Path("js-hello/app.js")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("the js executor is not available", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnEngineThatCannotBeBuiltRefusesTheDeployWithTheReasonAndOneBuiltBeforeIsStillUsed()
    {
        var engineDirectory = Directory.CreateTempSubdirectory("wasmbox-js-engine-").FullName;
        try
        {
            // Stands for runtime/js/build.sh on a machine without the compiler.
            var script = Path.Combine(engineDirectory, "build.sh");
            File.WriteAllText(script, "echo 'wasmbox-js: cannot build the JavaScript engine: clang-19 is missing' >&2\nexit 1\n");
            var source = new JsEngineSource(Path.Combine(engineDirectory, "wasmbox-js.wasm"), script);
            var hello = File.ReadAllText(Examples.Path("js-hello/app.js"));

            await using (var server = await Host.Tests.TestServer.StartAsync(null, new ServeOptions { JsEngine = source }))
            {
                using var refused = await server.DeployScriptAsync("hello", hello);
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
                Assert.Contains("the JavaScript engine could not be built (wasmbox-js: cannot build the JavaScript engine: clang-19 is missing)", await refused.Content.ReadAsStringAsync());
            }

            File.Copy(JsEngineBuild.Built(), source.ModulePath);
            await using (var server = await Host.Tests.TestServer.StartAsync(null, new ServeOptions { JsEngine = source }))
            {
                using var deployed = await server.DeployScriptAsync("hello", hello, new { routes = new[] { "/hello" } });
                Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
                Assert.Equal("Hello, world!\n", await server.Client.GetStringAsync("/hello"));
            }
        }
        finally
        {
            Directory.Delete(engineDirectory, recursive: true);
        }
    }
}
