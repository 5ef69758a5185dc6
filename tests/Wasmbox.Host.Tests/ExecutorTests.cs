using System.Net;
using System.Text;

namespace Wasmbox.Host.Tests;

/// <summary>The command and WAGI executors, as a client sees them over HTTP.</summary>
public sealed class ExecutorTests
{
    private static string Manifest() => $$"""
        functions:
          - name: echo
            module: {{TestGuests.Path("echo")}}
            routes: [/echo]
          - name: failing
            module: {{TestGuests.Path("echo")}}
            routes: [/failing]
            environment: { EXIT: "3", STDERR: "something went wrong here" }
          - name: json
            module: {{TestGuests.Path("echo")}}
            routes: [/json]
            content-type: application/json
          - name: cgi
            module: {{TestGuests.Path("cgi")}}
            executor: wagi
            routes: [/cgi/..., /items/:id]
            environment: { GRANTED: "yes" }
          - name: big
            module: {{TestGuests.Path("big")}}
            routes: [/big]
            content-type: application/octet-stream
          - name: big-wagi
            module: {{TestGuests.Path("big")}}
            executor: wagi
            routes: [/big-wagi]
            environment: { MEGABYTES: "1" }
          - name: big-failing
            module: {{TestGuests.Path("big")}}
            routes: [/big-failing]
            environment: { MEGABYTES: "2", FAIL: "1" }
        """;

    [Fact]
    public async Task CommandExecutorAnswersWithStdoutAndTheContentType()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        using var response = await server.Client.PostAsync("/echo", new StringContent("ping"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ping", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.True(response.Headers.Contains("X-Request-Id"));

        using var json = await server.Client.PostAsync("/json", new StringContent("{\"a\":1}"));
        Assert.Equal("application/json", json.Content.Headers.ContentType!.ToString());
        Assert.Equal("{\"a\":1}", await json.Content.ReadAsStringAsync());

        using var empty = await server.Client.GetAsync("/echo");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal("", await empty.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NonZeroExitIs500AndStderrGoesToTheLogWithTheRequestId()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        using var response = await server.Client.PostAsync("/failing", new StringContent("x"));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var requestId = response.Headers.GetValues("X-Request-Id").Single();
        Assert.Contains("failing: the function exited with status 3", body);
        Assert.Contains(requestId, body);
        var logs = await server.LogsAsync("failing");
        Assert.Contains($"[{requestId}] info something went wrong here", logs);
        Assert.Contains($"[{requestId}] error the function exited with status 3", logs);
    }

    [Fact]
    public async Task WagiGetsTheCgiEnvironmentAndSpinArguments()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cgi/a/b.txt?x=1&flag&y=two%20words") { Content = new StringContent("the body", Encoding.UTF8, "text/x-test") };
        request.Headers.Add("X-Custom-Thing", "custom value");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dump = await response.Content.ReadAsStringAsync();
        var port = server.Server.Address.Port;
        foreach (var expected in new[]
        {
            "ENV REQUEST_METHOD=POST", "ENV PATH_INFO=/a/b.txt", "ENV QUERY_STRING=x=1&flag&y=two%20words",
            "ENV CONTENT_TYPE=text/x-test; charset=utf-8", "ENV CONTENT_LENGTH=8", "ENV SCRIPT_NAME=/cgi",
            $"ENV X_FULL_URL=http://127.0.0.1:{port}/cgi/a/b.txt?x=1&flag&y=two%20words",
            "ENV X_MATCHED_ROUTE=/cgi/...", "ENV X_RAW_COMPONENT_ROUTE=/cgi/...", "ENV X_COMPONENT_ROUTE=/cgi",
            "ENV X_RELATIVE_PATH=a/b.txt", "ENV HTTP_X_CUSTOM_THING=custom value", "ENV SERVER_NAME=127.0.0.1",
            $"ENV SERVER_PORT={port}", "ENV GATEWAY_INTERFACE=CGI/1.1", "ENV GRANTED=yes",
            "ARG 0=/cgi/a/b.txt", "ARG 1=x", "ARG 2=1", "ARG 3=flag", "ARG 4=y", "ARG 5=two words", "BODY the body",
        })
        {
            Assert.Contains(expected, dump);
        }
        Assert.DoesNotContain("ARG 6", dump);
    }

    [Fact]
    public async Task WagiRouteParametersAndHeaders()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        var dump = await server.Client.GetStringAsync("/items/42");
        Assert.Contains("ENV X_PARAM_ID=42", dump);
        Assert.Contains("ENV X_MATCHED_ROUTE=/items/:id", dump);

        using var teapot = await server.Client.GetAsync("/cgi/teapot");
        Assert.Equal((HttpStatusCode)418, teapot.StatusCode);
        Assert.Equal("stout", teapot.Headers.GetValues("X-Kind").Single());
        Assert.Equal("short and stout", await teapot.Content.ReadAsStringAsync());

        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Client.BaseAddress };
        using var redirect = await noRedirect.GetAsync("/cgi/redirect");
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal("/elsewhere", redirect.Headers.Location!.ToString());

        using var malformed = await server.Client.GetAsync("/cgi/malformed");
        Assert.Equal(HttpStatusCode.BadGateway, malformed.StatusCode);
        Assert.Contains("malformed CGI header line: \"this is not a header\"", await malformed.Content.ReadAsStringAsync());

        using var nothing = await server.Client.GetAsync("/cgi/nothing");
        Assert.Equal(HttpStatusCode.BadGateway, nothing.StatusCode);
        Assert.Contains("the function wrote nothing", await nothing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WagiOutputWithoutHeadersPastTheBufferIs502()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        using var response = await server.Client.GetAsync("/big-wagi");
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("no blank line after its CGI headers", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AWagiGuestInvokedThroughTheAdminApiDoesNotSeeTheAdminToken()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        using var response = await server.Admin.PostAsync("admin/v1/functions/cgi/invoke", new StringContent("x"));
        var dump = await response.Content.ReadAsStringAsync();
        Assert.Contains("ENV REQUEST_METHOD=POST", dump);
        Assert.DoesNotContain("HTTP_AUTHORIZATION", dump);
        Assert.DoesNotContain(server.Token, dump);
    }

    [Fact]
    public async Task HundredMegabytesStreamWithoutBeingHeldByTheHost()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        using var response = await server.Client.GetAsync("/big", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Streamed: no Content-Length could be known when the headers left.
        Assert.Null(response.Content.Headers.ContentLength);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        var first = true;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            if (first) Assert.Equal((byte)'a', buffer[0]);
            first = false;
            total += read;
        }
        Assert.Equal(100L << 20, total);
    }

    [Fact]
    public async Task AFailureAfterTheResponseStreamedCutsTheConnection()
    {
        await using var server = await TestServer.StartAsync(Manifest());
        var exception = await Record.ExceptionAsync(async () =>
        {
            using var response = await server.Client.GetAsync("/big-failing");
            await response.Content.ReadAsByteArrayAsync();
        });
        Assert.NotNull(exception);   // the client sees an incomplete body, never a complete 200
        Assert.Contains("the connection was cut", await server.LogsAsync("big-failing"));
    }
}
