using Wasmbox.Cli;
using Wasmbox.Cli.Commands;

namespace Wasmbox.Js.Tests;

/// <summary>`wasmbox deploy NAME app.js --executor js` and the verbs after it, as a user types them.</summary>
public sealed class JsCliTests
{
    private static (int Status, string Output, string Error) Wasmbox(Host.Tests.TestServer server, params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var stdio = new GuestStdio(new MemoryStream(), new MemoryStream(), new MemoryStream());
        var status = Program.Dispatch([.. arguments, "--server", server.Server.Address.ToString(), "--data-dir", server.DataDirectory], output, error, stdio);
        return (status, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task AScriptIsDeployedListedRolledBackAndRefusedWithItsError()
    {
        await using var server = await JsServer.StartAsync();
        var hello = Examples.Path("js-hello/app.js");

        var deploy = Wasmbox(server, "deploy", "hello", hello, "--executor", "js", "--route", "/hello");
        Assert.Equal(0, deploy.Status);
        Assert.Contains("deployed hello version 1", deploy.Output);
        Assert.Equal("Hello, Ada!\n", await server.Client.GetStringAsync("/hello?name=Ada"));
        Assert.Matches(@"hello\s+1\s+js", Wasmbox(server, "list").Output);

        var withoutExecutor = Wasmbox(server, "deploy", "hello", hello, "--route", "/hello");
        Assert.Equal(2, withoutExecutor.Status);
        Assert.Contains("is a JavaScript file: deploy it with --executor js", withoutExecutor.Error);

        var broken = Path.Combine(AppContext.BaseDirectory, "Scripts", "broken.js");
        var refused = Wasmbox(server, "deploy", "hello", broken, "--executor", "js", "--route", "/hello");
        Assert.Equal(1, refused.Status);
        Assert.Contains("400 Bad Request: refused: the script fails: SyntaxError: unexpected token in expression: ')'\n    at hello.js:3:", refused.Error);

        var shout = Path.Combine(Path.GetTempPath(), $"shout-{Guid.NewGuid():N}.js");
        File.WriteAllText(shout, "export default { fetch: () => new Response('HELLO!\\n') };\n");
        try
        {
            Assert.Equal(0, Wasmbox(server, "deploy", "hello", shout, "--executor", "js", "--route", "/hello").Status);
            Assert.Equal("HELLO!\n", await server.Client.GetStringAsync("/hello"));
            Assert.Contains("hello now serves version 1", Wasmbox(server, "rollback", "hello").Output);
            Assert.Equal("Hello, world!\n", await server.Client.GetStringAsync("/hello"));
        }
        finally
        {
            File.Delete(shout);
        }
    }
}
