using System.Net;

namespace Wasmbox.Js.Tests;

/// <summary>A JavaScript file deployed as a function: its handler answers HTTP, its errors come back with the JS stack.</summary>
public sealed class JsFunctionTests
{
    [Fact]
    public async Task TheHelloExampleAnswersOverHttp()
    {
        await using var server = await JsServer.StartAsync();
        using var deployed = await server.DeployScriptAsync("hello", File.ReadAllText(Examples.Path("js-hello/app.js")), new { routes = new[] { "/js-hello" } });
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);

        Assert.Equal("Hello, world!\n", await server.Client.GetStringAsync("/js-hello"));
        Assert.Equal("Hello, Ada!\n", await server.Client.GetStringAsync("/js-hello?name=Ada"));
        using var posted = await server.Client.PostAsync("/js-hello", new StringContent("Grace"));
        Assert.Equal("Hello, Grace!\n", await posted.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", posted.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task AScriptWithASyntaxErrorIsRefusedAtDeployAndTheRunningVersionKeepsServing()
    {
        await using var server = await JsServer.StartAsync();
        using var first = await server.DeployScriptAsync("greet", File.ReadAllText(Examples.Path("js-hello/app.js")), new { routes = new[] { "/greet" } });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var refused = await server.DeployScriptAsync("greet", JsEngineBuild.Script("broken.js"), new { routes = new[] { "/greet" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var reason = await refused.Content.ReadAsStringAsync();
        Assert.Contains("SyntaxError", reason);
        Assert.Contains("greet.js:3", reason);   // the script's name and the line of the error
        Assert.Equal("Hello, Ada!\n", await server.Client.GetStringAsync("/greet?name=Ada"));
    }

    // 30 s of the suite's time: a top level that never ends is stopped only when its 30 s at deploy
    // are up (JsScript.ForTopLevel), and that is what a user sees.
    [Fact]
    public async Task ATopLevelThatNeverEndsIsRefusedAndTheServerKeepsServing()
    {
        await using var server = await JsServer.StartAsync();
        using var hello = await server.DeployScriptAsync("greet", File.ReadAllText(Examples.Path("js-hello/app.js")), new { routes = new[] { "/greet" } });
        Assert.Equal(HttpStatusCode.Created, hello.StatusCode);
        var deploy = server.DeployScriptAsync("forever", "while (true) {}\nexport default { fetch() { return new Response('x'); } };\n", new { routes = new[] { "/forever" } });
        // While the endless top level runs, everyone else is served.
        Assert.Equal("Hello, Ada!\n", await server.Client.GetStringAsync("/greet?name=Ada"));
        using var refused = await deploy;
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("the script's top level did not finish within 30 s at deploy", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/forever")).StatusCode);
    }

    [Fact]
    public async Task ScriptsThatCannotServeAreRefusedWithTheReason()
    {
        await using var server = await JsServer.StartAsync();
        using var noHandler = await server.DeployScriptAsync("nohandler", "export const x = 1;\n");
        Assert.Equal(HttpStatusCode.BadRequest, noHandler.StatusCode);
        Assert.Contains("export default { async fetch(request", await noHandler.Content.ReadAsStringAsync());

        using var topLevel = await server.DeployScriptAsync("toplevel", "throw new TypeError('config missing');\nexport default { fetch() {} };\n");
        Assert.Contains("TypeError: config missing", await topLevel.Content.ReadAsStringAsync());

        using var imports = await server.DeployScriptAsync("imports", "import _ from 'lodash';\nexport default { fetch() {} };\n");
        Assert.Contains("cannot import \"lodash\"", await imports.Content.ReadAsStringAsync());

        using var asCommand = await server.DeployAsync("ascommand", File.ReadAllBytes(Examples.Path("js-hello/app.js")));
        Assert.Equal(HttpStatusCode.BadRequest, asCommand.StatusCode);
        Assert.Contains("malformed module", await asCommand.Content.ReadAsStringAsync());
        Assert.Contains("this looks like JavaScript: deploy it with executor js", await asCommand.Content.ReadAsStringAsync());

        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(File.ReadAllBytes(Examples.Path("hello/hello.wasm"))), "module", "hello.wasm");
        form.Add(new StringContent("""{"executor":"js"}"""), "spec");
        using var wasm = await server.Admin.PutAsync("admin/v1/functions/wasm", form);
        Assert.Equal(HttpStatusCode.BadRequest, wasm.StatusCode);
        Assert.Contains("not UTF-8 text", await wasm.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARuntimeErrorIsA500WithTheJavaScriptStackAndALogLine()
    {
        await using var server = await JsServer.StartAsync();
        using var deployed = await server.DeployScriptAsync("thrower", JsEngineBuild.Script("thrower.js"), new { routes = new[] { "/thrower" } });
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);

        using var response = await server.Client.GetAsync("/thrower");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("Error: order 7 has no item\n", body);
        Assert.Contains("at checkOrder (thrower.js:2", body);
        Assert.Contains("at fetch (thrower.js:11", body);
        Assert.DoesNotContain("wasmbox:prelude", body);

        var logs = await server.LogsAsync("thrower");
        Assert.Contains("error Error: order 7 has no item", logs);
    }

    [Fact]
    public async Task ConsoleGoesToTheFunctionsLogWithItsLevel()
    {
        await using var server = await JsServer.StartAsync();
        await server.DeployScriptAsync("thrower", JsEngineBuild.Script("thrower.js"), new { routes = new[] { "/thrower" } });
        using var response = await server.Client.GetAsync("/thrower");
        var requestId = response.Headers.GetValues("X-Request-Id").Single();

        var logs = await server.LogsAsync("thrower");
        Assert.Contains($"[{requestId}] debug checking an order", logs);
        Assert.Contains($"[{requestId}] info an order arrived: {{ id: 7 }}", logs);
        Assert.Contains($"[{requestId}] warn stock is low for tea", logs);
        Assert.Contains($"[{requestId}] error RangeError: a logged error", logs);
    }

    [Fact]
    public async Task ARecursionThousandsDeepRunsAndARunawayOneIsAJavaScriptError()
    {
        await using var server = await JsServer.StartAsync();
        await server.DeployScriptAsync("recursion", JsEngineBuild.Script("recursion.js"), new { routes = new[] { "/recursion" } });
        Assert.Equal("2000", await server.Client.GetStringAsync("/recursion?n=2000"));
        using var runaway = await server.Client.GetAsync("/recursion?n=1000000");
        Assert.Equal(HttpStatusCode.InternalServerError, runaway.StatusCode);
        Assert.Equal("InternalError: stack overflow", await runaway.Content.ReadAsStringAsync());   // caught by the script itself
    }

    [Fact]
    public async Task AScriptThatNeverAnswersIsStoppedAtItsTimeout()
    {
        await using var server = await JsServer.StartAsync();
        await server.DeployScriptAsync("spin", JsEngineBuild.Script("spin.js"), new { routes = new[] { "/spin" }, limits = new { timeout = "1s" } });
        using var response = await server.Client.GetAsync("/spin");
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("timeout of 1 s passed", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheHandlerSeesTheRequestAsSentAndItsAnswerGoesOutAsItIs()
    {
        await using var server = await JsServer.StartAsync();
        await server.DeployScriptAsync("echo", JsEngineBuild.Script("echo.js"),
            new { routes = new[] { "/echo/..." }, environment = new Dictionary<string, string> { ["GREETING"] = "hi" } });

        using var request = new HttpRequestMessage(HttpMethod.Put, "/echo/a%20b?name=Ada%20L&x=1&x=2&plus=a+b")
        {
            Content = new StringContent("héllo ✓", System.Text.Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("X-Multi", ["one", "two"]);
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("yes", response.Headers.GetValues("x-answer").Single());
        Assert.Equal("a=1", response.Headers.GetValues("set-cookie").Single());
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var answer = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = answer.RootElement;
        Assert.Equal("PUT", root.GetProperty("method").GetString());
        Assert.Equal("/echo/a%20b", root.GetProperty("path").GetString());
        Assert.Equal("""[["name","Ada L"],["x","1"],["x","2"],["plus","a b"]]""", root.GetProperty("query").GetRawText());
        Assert.Equal("one, two", root.GetProperty("multi").GetString());
        Assert.Equal("text/plain; charset=utf-8", root.GetProperty("type").GetString());
        Assert.Equal("héllo ✓", root.GetProperty("body").GetString());
        Assert.Equal(10, root.GetProperty("bodyBytes").GetInt32());
        Assert.Equal("hi", root.GetProperty("env").GetString());
        Assert.Equal("[]", root.GetProperty("engineVariables").GetRawText());   // the script's variables are the engine's business

        using var encoded = await server.Client.GetAsync("/echo/a%2Fb");   // an encoded slash stays one
        Assert.Contains("\"path\":\"/echo/a%2Fb\"", await encoded.Content.ReadAsStringAsync());

        byte[] binary = [0, 0xff, 0xfe, 0x80, 10, 13, 0xc3];
        using var bytes = await server.Client.PostAsync("/echo/bytes", new ByteArrayContent(binary));
        Assert.Equal(binary.Reverse(), await bytes.Content.ReadAsByteArrayAsync());
    }
}
