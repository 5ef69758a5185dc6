using System.Net;

namespace Wasmbox.Host.Tests;

/// <summary>Every way a request can fail, with the status and message a user can act on.</summary>
public sealed class ErrorStatusTests
{
    private static string Manifest() => $$"""
        functions:
          - name: echo
            module: {{TestGuests.Path("echo")}}
            routes: [/echo]
          - name: trap
            module: {{TestGuests.Path("trap")}}
            routes: [/trap]
          - name: loop
            module: {{TestGuests.Path("loop")}}
            routes: [/loop]
            limits: { timeout: 200ms }
          - name: busy
            module: {{TestGuests.Path("loop")}}
            routes: [/busy]
            limits: { timeout: 4s, max-instances: 1, queue: 1 }
          - name: spin
            module: {{TestGuests.Path("spin")}}
            routes: [/spin]
            limits: { fuel: 100000 }
          - name: bomb
            module: {{TestGuests.Path("bomb")}}
            routes: [/bomb]
            limits: { memory: 4MiB }
          - name: recurse
            module: {{TestGuests.Path("recurse")}}
            routes: [/recurse]
        """;

    [Fact]
    public async Task TrapIs500WithTheTrapMessage()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        using var response = await server.Client.GetAsync("/trap");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("trap: trap: integer divide by zero in divide", body);
        Assert.DoesNotContain("/", body.Split("(request")[0]);   // no host path, no stack trace
        Assert.DoesNotContain(" at ", body);
    }

    [Fact]
    public async Task TimeoutIs504()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        var started = DateTime.UtcNow;
        using var response = await server.Client.GetAsync("/loop");
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("the function's timeout of 200 ms passed", await response.Content.ReadAsStringAsync());
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task FuelAndMemoryLimitsAre500NamingTheLimit()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        using var fuel = await server.Client.GetAsync("/spin");
        Assert.Equal(HttpStatusCode.InternalServerError, fuel.StatusCode);
        Assert.Contains("all fuel consumed", await fuel.Content.ReadAsStringAsync());
        Assert.Contains("the function's fuel limit of 100000 per request was reached", await fuel.Content.ReadAsStringAsync());

        using var memory = await server.Client.GetAsync("/bomb");
        Assert.Equal(HttpStatusCode.InternalServerError, memory.StatusCode);
        Assert.Contains("after the function's memory limit of 4 MiB refused to grow its memory", await memory.Content.ReadAsStringAsync());

        using var stack = await server.Client.GetAsync("/recurse");
        Assert.Equal(HttpStatusCode.InternalServerError, stack.StatusCode);
        Assert.Contains("call stack exhausted", await stack.Content.ReadAsStringAsync());
        Assert.Contains("stack limit of 256 KiB", await stack.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BusyFunctionQueuesThenRefusesWith503AndRetryAfter()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        // One instance running and one waiting fill busy's limits; a third request is refused at once.
        var running = server.Client.GetAsync("/busy");
        await WaitUntil(() => server.Registry.Table.Functions["busy"].Admission.Running == 1);
        var queued = server.Client.GetAsync("/busy");
        await WaitUntil(() => server.Registry.Table.Functions["busy"].Admission.Queued == 1);
        using var refused = await server.Client.GetAsync("/busy");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.Contains("all instances are busy and the queue is full", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.GatewayTimeout, (await running).StatusCode);
        // The queued request got its turn after the first timed out (or gave up waiting as long as a timeout).
        Assert.Contains((await queued).StatusCode, new[] { HttpStatusCode.GatewayTimeout, HttpStatusCode.ServiceUnavailable });
        // Meanwhile other functions answer as ever.
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/echo")).StatusCode);
    }

    [Fact]
    public async Task UnknownRouteIs404AndOversizedBodyIs413()
    {
        await using var server = await TestServer.StartAsync(Manifest(), new ServeOptions { MaxRequestBodyBytes = 1024 });
        using var missing = await server.Client.GetAsync("/no/such/thing");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("no function serves /no/such/thing", await missing.Content.ReadAsStringAsync());

        using var large = await server.Client.PostAsync("/echo", new ByteArrayContent(new byte[4096]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Contains("larger than the server's limit of 1 KiB", await large.Content.ReadAsStringAsync());

        using var fits = await server.Client.PostAsync("/echo", new ByteArrayContent(new byte[1000]));
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
    }

    [Fact]
    public async Task ABodyThatDoesNotArriveWithinTheTimeoutIs408()
    {
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: echo
                module: {{TestGuests.Path("echo")}}
                routes: [/echo]
                limits: { timeout: 300ms }
            """);
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(server.Server.Address.Host, server.Server.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly part of it"));
        var reply = new byte[4096];
        var read = await stream.ReadAsync(reply).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        var text = System.Text.Encoding.ASCII.GetString(reply, 0, read);
        Assert.StartsWith("HTTP/1.1 408", text);
        Assert.Contains("did not arrive within the function's timeout of 300 ms", text);
    }

    [Fact]
    public async Task OversizedHeadersAreRefused()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/echo");
        request.Headers.Add("X-Huge", new string('x', 64 * 1024));
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    /// <summary>
    /// Waits (about 15 s at most) for <paramref name="condition"/>, a state that stays once reached:
    /// a poll can miss a state that passes again, such as a request that is running only until its timeout.
    /// </summary>
    internal static async Task WaitUntil(Func<bool> condition, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(condition))] string? what = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 1500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition(), $"still not so after {waited.Elapsed.TotalSeconds:0.0} s: {what}");
    }
}
