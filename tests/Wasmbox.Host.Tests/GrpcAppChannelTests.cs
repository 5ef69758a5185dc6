using System.Net;
using System.Text;
using Dapr.AppCallback.Autogen.Grpc.v1;
using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Wasmbox.Cli;
using Wasmbox.Cli.Commands;
using Wasmbox.Dapr.PubSub;
using Wasmbox.Host.AppChannel.Grpc;
using Wasmbox.Host.Triggers;
using EventStatus = Dapr.AppCallback.Autogen.Grpc.v1.TopicEventResponse.Types.TopicEventResponseStatus;

namespace Wasmbox.Host.Tests;

/// <summary>
/// The gRPC app channel (daprd with --app-protocol grpc), driven as daprd drives it: subscriptions
/// and events answered SUCCESS/RETRY/DROP, service invocation through the function routes, input
/// bindings, the app API token, and the two ports kept apart.
/// </summary>
public sealed class GrpcAppChannelTests
{
    private static string Manifest() => $$"""
        functions:
          - name: calm
            module: {{TestGuests.Path("subscriber")}}
            subscriptions: [{ topic: orders }]
          - name: flaky
            module: {{TestGuests.Path("subscriber")}}
            environment: { MODE: retry-twice }
            subscriptions: [{ pubsub: pubsub, topic: payments, dead-letter-topic: payments-dead }]
          - name: broken
            module: {{TestGuests.Path("subscriber")}}
            environment: { MODE: trap }
            routes: [/broken]
          - name: echo
            module: {{TestGuests.Path("echo")}}
            routes: [/echo]
            input-bindings: [orders-in]
          - name: failing
            module: {{TestGuests.Path("echo")}}
            environment: { EXIT: "3" }
            routes: [/failing]
            input-bindings: [orders-failing]
          - name: cgi
            module: {{TestGuests.Path("cgi")}}
            executor: wagi
            routes: [/cgi/...]
        """;

    private static Task<TestServer> StartAsync(string? appApiToken = null) => TestServer.StartAsync(Manifest(),
        new ServeOptions { AppGrpcListen = new IPEndPoint(IPAddress.Loopback, 0), AppApiToken = appApiToken });

    private static AppCallbackClient Daprd(TestServer server, string? apiToken = null) => AppCallbackClient.For(server.Server.AppGrpcAddress!, apiToken);

    private static TopicEventRequest Event(string function, string topic, string data, string contentType = "application/json") => new()
    {
        Id = "evt-1", Source = "checkout", Type = "order.created", SpecVersion = "1.0", DataContentType = contentType,
        Data = ByteString.CopyFromUtf8(data), Topic = topic, PubsubName = "pubsub", Path = "/dapr/events/" + function,
    };

    [Fact]
    public async Task ListsTheSubscriptionsAndInputBindingsAndAnswersHealthChecks()
    {
        await using var server = await StartAsync();
        using var daprd = Daprd(server);
        var subscriptions = (await daprd.ListTopicSubscriptionsAsync()).Subscriptions;
        Assert.Equal(2, subscriptions.Count);
        Assert.Equal(("pubsub", "orders", "/dapr/events/calm", ""), (subscriptions[0].PubsubName, subscriptions[0].Topic, subscriptions[0].Routes.Default, subscriptions[0].DeadLetterTopic));
        Assert.Equal(("payments", "/dapr/events/flaky", "payments-dead"), (subscriptions[1].Topic, subscriptions[1].Routes.Default, subscriptions[1].DeadLetterTopic));
        Assert.Equal(["orders-failing", "orders-in"], (await daprd.ListInputBindingsAsync()).Bindings);
        await daprd.HealthCheckAsync();
    }

    [Fact]
    public async Task TopicEventsAreAnsweredAsDaprdExpects()
    {
        await using var server = await StartAsync();
        using var daprd = Daprd(server);
        Assert.Equal(EventStatus.Success, (await daprd.OnTopicEventAsync(Event("calm", "orders", """{"n":1}"""))).Status);
        Assert.Contains("got {\"n\":1} on orders attempt 1 type order.created", await server.LogsAsync("calm"));
        // Text and bytes reach stdin as they were published.
        Assert.Equal(EventStatus.Success, (await daprd.OnTopicEventAsync(Event("calm", "orders", "plain words", "text/plain"))).Status);
        Assert.Equal(EventStatus.Success, (await daprd.OnTopicEventAsync(Event("calm", "orders", "raw-bytes", "application/octet-stream"))).Status);
        var logs = await server.LogsAsync("calm");
        Assert.Contains("got plain words on orders", logs);
        Assert.Contains("got raw-bytes on orders", logs);

        Assert.Equal(EventStatus.Retry, (await daprd.OnTopicEventAsync(Event("flaky", "payments", "{}"))).Status);
        Assert.Equal(EventStatus.Drop, (await daprd.OnTopicEventAsync(Event("broken", "orders", "{}"))).Status);
        // No such function: dropped, as the HTTP channel's 404 is (a gRPC error would be retried).
        Assert.Equal(EventStatus.Drop, (await daprd.OnTopicEventAsync(Event("nobody", "orders", "{}"))).Status);
        var elsewhere = Event("calm", "orders", "{}");
        elsewhere.Path = "/elsewhere";
        Assert.Equal(EventStatus.Drop, (await daprd.OnTopicEventAsync(elsewhere)).Status);
    }

    [Fact]
    public void AnEventReachesTheFunctionWithTheVariablesTheHttpChannelGives()
    {
        const string traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        foreach (var (contentType, data, httpData) in new[]
        {
            ("application/json", """{"n":1}""", "\"data\":{\"n\":1}"),
            ("text/plain", "plain words", "\"data\":\"plain words\""),
            ("application/octet-stream", "\u0001\u0002bytes", $"\"data_base64\":\"{Convert.ToBase64String(Encoding.UTF8.GetBytes("\u0001\u0002bytes"))}\""),
        })
        {
            var request = Event("calm", "orders", data, contentType);
            request.Extensions = new Struct { Fields = { ["traceparent"] = Value.ForString(traceparent), ["subject"] = Value.ForString("order-7"), ["id"] = Value.ForString("not-the-id") } };
            var overGrpc = CloudEventInput.From(TopicEventMessage.From(request), 1);

            // What daprd's HTTP channel posts for the same event.
            var json = $$"""{"specversion":"1.0","id":"evt-1","source":"checkout","type":"order.created","datacontenttype":"{{contentType}}","topic":"orders","pubsubname":"pubsub","traceparent":"{{traceparent}}","subject":"order-7",{{httpData}}}""";
            var overHttp = CloudEventInput.From(new PubSubMessage("evt-1", "orders", Encoding.UTF8.GetBytes(json), "application/cloudevents+json", DateTimeOffset.UtcNow), 1);

            Assert.Equal(Encoding.UTF8.GetString(overHttp.Data), Encoding.UTF8.GetString(overGrpc.Data));
            Assert.Equal(overHttp.Environment.OrderBy(v => v.Key), overGrpc.Environment.OrderBy(v => v.Key));
            Assert.Contains(new KeyValuePair<string, string>("CE_TRACEPARENT", traceparent), overGrpc.Environment);
            Assert.Contains(new KeyValuePair<string, string>("CE_ID", "evt-1"), overGrpc.Environment);
        }
    }

    [Fact]
    public async Task InvokeRunsTheFunctionRouteAndAnswersItsBody()
    {
        await using var server = await StartAsync();
        using var daprd = Daprd(server);
        var echoed = await daprd.OnInvokeAsync(new InvokeRequest
        {
            Method = "echo", ContentType = "text/plain", Data = new Any { Value = ByteString.CopyFromUtf8("hello over grpc") },
            HttpExtension = new HTTPExtension { Verb = HTTPExtension.Types.Verb.Post },
        });
        Assert.Equal("hello over grpc", echoed.Data.Value.ToStringUtf8());
        Assert.Equal("", echoed.Data.TypeUrl);   // raw bytes, as daprd wraps them
        Assert.Equal("text/plain; charset=utf-8", echoed.ContentType);
        Assert.False(string.IsNullOrEmpty(daprd.Headers!.GetValue("x-request-id")));

        // The verb, the query string and the caller's metadata reach the function as an HTTP request's would.
        var metadata = new Metadata { { "x-order", "7" } };
        var dumped = (await daprd.OnInvokeAsync(new InvokeRequest
        {
            Method = "cgi/list", Data = new Any { Value = ByteString.CopyFromUtf8("payload") }, ContentType = "text/plain",
            HttpExtension = new HTTPExtension { Verb = HTTPExtension.Types.Verb.Put, Querystring = "a=1&b=two" },
        }, metadata)).Data.Value.ToStringUtf8();
        Assert.Contains("ENV REQUEST_METHOD=PUT\n", dumped);
        Assert.Contains("ENV QUERY_STRING=a=1&b=two\n", dumped);
        Assert.Contains("ENV PATH_INFO=/list\n", dumped);
        Assert.Contains("ENV HTTP_X_ORDER=7\n", dumped);
        Assert.EndsWith("BODY payload", dumped);
        // Without http_extension the call is a POST.
        Assert.Contains("ENV REQUEST_METHOD=POST\n", (await daprd.OnInvokeAsync(new InvokeRequest { Method = "cgi/x" })).Data.Value.ToStringUtf8());
    }

    [Fact]
    public async Task AFunctionsErrorStatusIsAGrpcErrorThatKeepsTheHttpStatus()
    {
        await using var server = await StartAsync();
        using var daprd = Daprd(server);
        var failed = await Assert.ThrowsAsync<RpcException>(() => daprd.OnInvokeAsync(new InvokeRequest { Method = "failing" }));
        Assert.Equal(StatusCode.Internal, failed.StatusCode);
        Assert.StartsWith("500 Internal Server Error", failed.Status.Detail);

        var teapot = await Assert.ThrowsAsync<RpcException>(() => daprd.OnInvokeAsync(new InvokeRequest { Method = "cgi/teapot" }));
        Assert.Equal(StatusCode.FailedPrecondition, teapot.StatusCode);
        Assert.Equal("418 I'm a teapot: short and stout", teapot.Status.Detail);
        var details = Google.Rpc.Status.Parser.ParseFrom(teapot.Trailers.GetValueBytes("grpc-status-details-bin"));
        var info = details.Details.Single().Unpack<Google.Rpc.ErrorInfo>();
        Assert.Equal(("418", "short and stout"), (info.Metadata["http.code"], info.Metadata["http.error_message"]));

        var missing = await Assert.ThrowsAsync<RpcException>(() => daprd.OnInvokeAsync(new InvokeRequest { Method = "no/such/route" }));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        // A method that reads as a URL is still a path on this server, never another host.
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => daprd.OnInvokeAsync(new InvokeRequest { Method = "http://127.0.0.2:1/x" }));
        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);
        Assert.Contains("no function serves /http://127.0.0.2:1/x", elsewhere.Status.Detail);
    }

    [Fact]
    public async Task BindingEventsRunTheBoundFunctions()
    {
        await using var server = await StartAsync();
        using var daprd = Daprd(server);
        await daprd.OnBindingEventAsync(new BindingEventRequest { Name = "orders-in", Data = ByteString.CopyFromUtf8("{}"), Metadata = { ["readTimeUTC"] = "now" } });

        var failed = await Assert.ThrowsAsync<RpcException>(() => daprd.OnBindingEventAsync(new BindingEventRequest { Name = "orders-failing" }));
        Assert.Equal(StatusCode.Internal, failed.StatusCode);
        Assert.Contains("a function bound to orders-failing failed", failed.Status.Detail);
        Assert.Contains("input binding orders-failing:", await server.LogsAsync("failing"));

        var unbound = await Assert.ThrowsAsync<RpcException>(() => daprd.OnBindingEventAsync(new BindingEventRequest { Name = "nobody-takes-this" }));
        Assert.Equal(StatusCode.NotFound, unbound.StatusCode);
    }

    [Fact]
    public async Task WithAnAppApiTokenTheCallsThatRunFunctionsMustPresentIt()
    {
        await using var server = await StartAsync(appApiToken: "token-from-the-sidecar");
        using var anonymous = Daprd(server);
        Assert.Equal(StatusCode.Unauthenticated, (await Assert.ThrowsAsync<RpcException>(() => anonymous.OnTopicEventAsync(Event("calm", "orders", "{}")))).StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, (await Assert.ThrowsAsync<RpcException>(() => anonymous.OnInvokeAsync(new InvokeRequest { Method = "echo" }))).StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, (await Assert.ThrowsAsync<RpcException>(() => anonymous.OnBindingEventAsync(new BindingEventRequest { Name = "orders-in" }))).StatusCode);
        Assert.DoesNotContain("[event evt-1]", await server.LogsAsync("calm"));
        // daprd lists subscriptions and bindings and probes health without the token.
        Assert.Equal(2, (await anonymous.ListTopicSubscriptionsAsync()).Subscriptions.Count);
        Assert.Equal(2, (await anonymous.ListInputBindingsAsync()).Bindings.Count);
        await anonymous.HealthCheckAsync();

        // A token that is presented must be right, on every call.
        using var wrong = Daprd(server, "token-from-the-sidecaR");
        Assert.Equal(StatusCode.Unauthenticated, (await Assert.ThrowsAsync<RpcException>(() => wrong.OnInvokeAsync(new InvokeRequest { Method = "echo" }))).StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, (await Assert.ThrowsAsync<RpcException>(wrong.ListTopicSubscriptionsAsync)).StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, (await Assert.ThrowsAsync<RpcException>(wrong.HealthCheckAsync)).StatusCode);

        using var daprd = Daprd(server, "token-from-the-sidecar");
        Assert.Equal(EventStatus.Success, (await daprd.OnTopicEventAsync(Event("calm", "orders", "{}"))).Status);
        Assert.Equal("hi", (await daprd.OnInvokeAsync(new InvokeRequest { Method = "echo", Data = new Any { Value = ByteString.CopyFromUtf8("hi") } })).Data.Value.ToStringUtf8());
    }

    [Fact]
    public async Task EachPortServesOnlyItsOwnProtocol()
    {
        await using var server = await StartAsync();
        Assert.NotEqual(server.Server.Address.Port, server.Server.AppGrpcAddress!.Port);
        // The HTTP port does not expose AppCallback, even to a request shaped like a gRPC call.
        using var call = new StringContent("");
        call.Headers.ContentType = new("application/grpc");
        using var overHttp = await server.Client.PostAsync("/dapr.proto.runtime.v1.AppCallback/ListTopicSubscriptions", call);
        Assert.Equal(HttpStatusCode.NotFound, overHttp.StatusCode);
        Assert.Equal("hi", await (await server.Client.PostAsync("/echo", new StringContent("hi"))).Content.ReadAsStringAsync());

        // The gRPC port (HTTP/2 only) serves no function route, admin API or health endpoint.
        using var h2 = new HttpClient { BaseAddress = server.Server.AppGrpcAddress, DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        Assert.Equal(HttpStatusCode.NotFound, (await h2.PostAsync("/echo", new StringContent("hi"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await h2.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await h2.GetAsync("/admin/v1/functions")).StatusCode);
    }

    [Fact]
    public void TheGrpcPortMustBeItsOwn()
    {
        var shared = new IPEndPoint(IPAddress.Loopback, 18080);
        var refused = Assert.Throws<ArgumentException>(() => WasmboxServer.Create(new ServeOptions { Listen = shared, AppGrpcListen = shared }));
        Assert.Contains("a port of its own", refused.Message);

        var error = new StringWriter();
        Assert.Equal(2, Program.Dispatch(["serve", "--app-grpc-listen", "50051"], new StringWriter(), error, new GuestStdio(new MemoryStream(), new MemoryStream(), new MemoryStream())));
        Assert.Contains("--app-grpc-listen \"50051\" is not ADDRESS:PORT", error.ToString());
    }
}
