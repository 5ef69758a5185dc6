using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Wasmbox.Host.Tests;

/// <summary>
/// Other Dapr apps named in the manifest (`apps`): functions invoke them by app id, and they
/// subscribe the Dapr way (their own /dapr/subscribe) to the pub/sub the functions publish to.
/// The app here is a plain ASP.NET Core app, as a team's microservice would be.
/// </summary>
public sealed class OtherAppsTests
{
    private sealed class CheckoutApp : IAsyncDisposable
    {
        private readonly WebApplication app;
        public ConcurrentQueue<(string Path, string Body)> Events { get; } = new();
        public int Port { get; }

        public CheckoutApp()
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); Port = ((IPEndPoint)probe.LocalEndpoint).Port; }
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
            app = builder.Build();
            app.MapGet("/dapr/subscribe", () => Results.Text("""
                [{"pubsubname":"pubsub","topic":"orders","routes":{"rules":[{"match":"event.data.total > 100","path":"/orders/big"}],"default":"/orders"}}]
                """, "application/json"));
            app.MapPost("/orders/{**rest}", (Delegate)Record);
            app.MapPost("/orders", (Delegate)Record);
            app.MapPost("/greet", async (HttpRequest request) => $"checkout greets {await new StreamReader(request.Body).ReadToEndAsync()}");
        }

        private async Task<IResult> Record(HttpContext context)
        {
            Events.Enqueue((context.Request.Path, await new StreamReader(context.Request.Body).ReadToEndAsync()));
            return Results.Json(new { status = "SUCCESS" });
        }

        public Task StartAsync() => app.StartAsync();

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }

    [Fact]
    public async Task FunctionsInvokeAnotherAppAndItGetsTheirEventsByItsOwnRules()
    {
        await using var checkout = new CheckoutApp();
        await using var server = await TestServer.StartAsync($$"""
            apps:
              - id: checkout
                address: http://127.0.0.1:{{checkout.Port}}
            functions:
              - name: publish
                module: {{TestGuests.Path("publisher")}}
                routes: [/publish]
                environment: { TOPIC: orders }
                dapr: { publish: [pubsub/orders] }
              - name: greeter
                module: {{TestGuests.Path("dapr_call")}}
                routes: [/greeter]
                environment: { METHOD: POST, URL: /v1.0/invoke/checkout/method/greet }
                dapr: { invoke: [checkout] }
            """);
        await checkout.StartAsync();   // after the server: its /dapr/subscribe is asked again until it answers

        Assert.Equal("status 200\ncheckout greets Ada\n", await (await server.Client.PostAsync("/greeter", new StringContent("Ada"))).Content.ReadAsStringAsync());

        await ErrorStatusTests.WaitUntil(() =>
        {
            // Published until the app has subscribed (a topic nobody subscribes to keeps nothing).
            server.Client.PostAsync("/publish", new StringContent("""{"total":500}""")).Result.Dispose();
            return !checkout.Events.IsEmpty;
        });
        Assert.Equal("publish: 204\n", await (await server.Client.PostAsync("/publish", new StringContent("""{"total":5}"""))).Content.ReadAsStringAsync());
        await ErrorStatusTests.WaitUntil(() => checkout.Events.Any(e => e.Path == "/orders"));
        Assert.All(checkout.Events.Where(e => e.Path == "/orders/big"), e => Assert.Contains("\"total\":500", e.Body));
        Assert.Contains("\"total\":5}", checkout.Events.Single(e => e.Path == "/orders").Body);
        Assert.Contains("\"specversion\":\"1.0\"", checkout.Events.First().Body);   // a structured CloudEvent, as daprd posts
    }
}
