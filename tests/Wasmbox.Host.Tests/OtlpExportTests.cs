using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Wasmbox.Host.Tests;

/// <summary>
/// Spans leave the server over OTLP, as a collector receives them: an in-process OTLP/HTTP receiver
/// gets the run's span, in the caller's trace, named by the function.
/// </summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task TheRunsSpanReachesAnOtlpCollectorInTheCallersTrace()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); port = ((IPEndPoint)probe.LocalEndpoint).Port; }
        var received = new ConcurrentQueue<byte[]>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var collector = builder.Build();
        collector.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.Enqueue(body.ToArray());
            return Results.Ok();
        });
        await collector.StartAsync();

        var function = $"exported-{Guid.NewGuid().ToString("N")[..8]}";
        var trace = ActivityTraceId.CreateRandom();
        await using (var server = await TestServer.StartAsync($$"""
            functions:
              - name: {{function}}
                module: {{TestGuests.Example("hello")}}
                routes: [/{{function}}]
            """, new ServeOptions { TraceCollector = new Uri($"http://127.0.0.1:{port}/v1/traces") }))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/{function}") { Content = new StringContent("Ada") };
            request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
            Assert.Equal("Hello, Ada!\n", await (await server.Client.SendAsync(request)).Content.ReadAsStringAsync());
        }   // stopping the server flushes its spans

        // The OTLP protobuf holds the trace id as its 16 raw bytes and the span's name as UTF-8.
        var traceBytes = Convert.FromHexString(trace.ToHexString());
        await ErrorStatusTests.WaitUntil(() => received.Any(b => Contains(b, traceBytes)));
        var export = received.First(b => Contains(b, traceBytes));
        Assert.True(Contains(export, Encoding.UTF8.GetBytes(function)), "the exported span does not name the function");
        Assert.True(Contains(export, Encoding.UTF8.GetBytes("faas.trigger")), "the exported span has no faas.trigger attribute");
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
