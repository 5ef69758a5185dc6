using Wasmbox.Cli;
using Wasmbox.Cli.Commands;

namespace Wasmbox.Host.Tests;

/// <summary>The CLI verbs against a running server, as a user types them.</summary>
public sealed class CliTests
{
    private static (int Status, string Output, string Error, string Body) Wasmbox(TestServer server, params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var body = new MemoryStream();
        var stdio = new GuestStdio(new MemoryStream(), body, new MemoryStream());
        var status = Program.Dispatch([.. arguments, "--server", server.Server.Address.ToString(), "--data-dir", server.DataDirectory], output, error, stdio);
        return (status, output.ToString(), error.ToString(), System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }

    [Fact]
    public async Task DeployListInvokeLogsRollbackAndDelete()
    {
        await using var server = await TestServer.StartAsync(null);
        var echo = TestGuests.Path("echo");

        var deploy = Wasmbox(server, "deploy", "greeter", echo, "--route", "/greet", "--env", "SHOW=WHO", "--env", "WHO=first", "--memory", "8MiB", "--timeout", "2s");
        Assert.Equal(0, deploy.Status);
        Assert.Contains("deployed greeter version 1", deploy.Output);
        Assert.Contains("/greet", deploy.Output);
        Assert.Equal("WHO=first\n", await server.Client.GetStringAsync("/greet"));

        Assert.Equal(0, Wasmbox(server, "deploy", "greeter", echo, "--route", "/greet", "--env", "SHOW=WHO", "--env", "WHO=second").Status);
        var list = Wasmbox(server, "list");
        Assert.Equal(0, list.Status);
        Assert.Matches(@"greeter\s+2\s+command", list.Output);

        var invoke = Wasmbox(server, "invoke", "greeter");
        Assert.Equal(0, invoke.Status);
        Assert.Equal("WHO=second\n", invoke.Body);

        var rollback = Wasmbox(server, "rollback", "greeter");
        Assert.Equal(0, rollback.Status);
        Assert.Contains("greeter now serves version 1", rollback.Output);
        Assert.Equal("WHO=first\n", await server.Client.GetStringAsync("/greet"));

        var logs = Wasmbox(server, "logs", "greeter");
        Assert.Contains("rolled back to version 1 from 2", logs.Output);

        Assert.Equal(0, Wasmbox(server, "delete", "greeter").Status);
        Assert.Contains("no functions are deployed", Wasmbox(server, "list").Output);
    }

    [Fact]
    public async Task ErrorsSayWhatIsWrong()
    {
        await using var server = await TestServer.StartAsync(null);
        var refused = Wasmbox(server, "deploy", "broken", TestGuests.Path("library"));
        Assert.Equal(1, refused.Status);
        Assert.Contains("400 Bad Request: refused: the module exports no _start function", refused.Error);

        var echo = TestGuests.Path("echo");
        Assert.Equal(0, Wasmbox(server, "deploy", "failing", echo, "--env", "EXIT=2").Status);
        var failed = Wasmbox(server, "invoke", "failing", "--data", "x");
        Assert.Equal(1, failed.Status);
        Assert.Contains("failing answered 500", failed.Error);

        var usage = Wasmbox(server, "deploy", "only-a-name");
        Assert.Equal(2, usage.Status);

        var output = new StringWriter();
        var error = new StringWriter();
        var unreachable = Program.Dispatch(["list", "--server", "http://127.0.0.1:1"], output, error, new GuestStdio(new MemoryStream(), new MemoryStream(), new MemoryStream()));
        Assert.Equal(1, unreachable);
        Assert.Contains("cannot reach the server at http://127.0.0.1:1/", error.ToString());

        var noToken = Program.Dispatch(["list", "--server", server.Server.Address.ToString(), "--data-dir", "/nonexistent"], output, error, new GuestStdio(new MemoryStream(), new MemoryStream(), new MemoryStream()));
        Assert.Equal(1, noToken);
        Assert.Contains("401 Unauthorized", error.ToString());
    }
}
