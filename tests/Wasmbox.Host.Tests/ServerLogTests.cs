using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Wasmbox.Host.Tests;

/// <summary>The server's log as a collector and an operator read it: `--log-format json`, and `wasmbox logs --follow`.</summary>
public sealed class ServerLogTests
{
    private static string Manifest(string root) => Path.Combine(root, "wasmbox.yaml");

    private static string EchoManifest(string root, string stderr)
    {
        File.WriteAllText(Manifest(root), $$"""
            functions:
              - name: noisy
                module: {{TestGuests.Path("echo")}}
                routes: [/noisy]
                environment: { STDERR: "{{stderr}}" }
            """);
        return Manifest(root);
    }

    [Fact]
    public async Task JsonLogLinesParseAndAGuestsLineCarriesFunctionVersionAndRequestId()
    {
        var root = Directory.CreateTempSubdirectory("wasmbox-json-log-").FullName;
        await using var server = await ServerProcess.StartAsync(EchoManifest(root, "a line from the guest"), Path.Combine(root, "data"),
            ["--dapr-http-port", "off", "--dapr-grpc-port", "off", "--log-format", "json"]);
        using var response = await server.Client.PostAsync("noisy", new StringContent("hi"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requestId = response.Headers.GetValues("X-Request-Id").Single();

        JsonElement? guestLine = null;
        await ErrorStatusTests.WaitUntil(() => (guestLine = Lines(server).FirstOrDefault(l => State(l, "Text") == "a line from the guest")) is not null);
        var line = guestLine!.Value;
        Assert.Equal("noisy", State(line, "Function"));
        Assert.Equal(1, line.GetProperty("State").GetProperty("Version").GetInt32());
        Assert.Equal(requestId, State(line, "RequestId"));
        Assert.Equal("Information", line.GetProperty("LogLevel").GetString());
        Assert.Equal("wasmbox.functions", line.GetProperty("Category").GetString());
        Assert.Equal($"noisy@1 [{requestId}] a line from the guest", line.GetProperty("Message").GetString());
        Assert.True(DateTimeOffset.TryParse(line.GetProperty("Timestamp").GetString(), out _));
        // Every line on stdout is one JSON object (Lines fails otherwise); the banner went to stderr.
        Assert.Contains("wasmbox: serving 1 function", server.Output);
        Assert.DoesNotContain("wasmbox: serving", server.StandardOutput);
    }

    private static List<JsonElement> Lines(ServerProcess server) =>
        server.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    private static string? State(JsonElement line, string field) =>
        line.TryGetProperty("State", out var state) && state.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [Fact]
    public async Task LogsFollowStreamsEachNewLineAsItIsWritten()
    {
        var root = Directory.CreateTempSubdirectory("wasmbox-follow-").FullName;
        var data = Path.Combine(root, "data");
        await using var server = await ServerProcess.StartAsync(EchoManifest(root, "followed"), data);
        await server.Client.PostAsync("noisy", null);
        // --lines 1: the line just written comes first, which says the follower is there.
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "wasmbox"),
            ["logs", "noisy", "--follow", "--lines", "1", "--server", server.Client.BaseAddress!.ToString(), "--data-dir", data])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var follower = Process.Start(start)!;
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        follower.OutputDataReceived += (_, line) => { if (line.Data is { } text) lines.Enqueue(text); };
        follower.BeginOutputReadLine();
        try
        {
            await ErrorStatusTests.WaitUntil(() => lines.Count(l => l.Contains("followed")) == 1);
            // Each request's line arrives while the follower keeps running, before the next request is made.
            for (var i = 2; i <= 4; i++)
            {
                var requestId = (await server.Client.PostAsync("noisy", null)).Headers.GetValues("X-Request-Id").Single();
                await ErrorStatusTests.WaitUntil(() => lines.Count(l => l.Contains("followed")) == i);
                Assert.Contains($"noisy@1 [{requestId}] info followed", lines.Last(l => l.Contains("followed")));
                Assert.False(follower.HasExited);
            }
        }
        finally
        {
            follower.Kill();
            await follower.WaitForExitAsync();
        }
    }
}
