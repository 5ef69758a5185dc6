using System.Net;
using System.Text;
using System.Text.Json;
using Dapr;
using Dapr.Client;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Wasmbox.Cli;
using Wasmbox.Cli.Commands;
using Proto = Dapr.Client.Autogen.Grpc.v1;

namespace Wasmbox.Host.Tests;

/// <summary>
/// The Dapr gRPC API a lone `wasmbox serve` answers for other apps (issue 16), driven by the
/// official .NET SDK (Dapr.Client, gRPC for the building blocks, HTTP for invocation and health)
/// and, where the SDK hides the status, by the raw client Dapr.Protos ships: the same stores,
/// pub/sub and functions the guests and the HTTP API use, with daprd's gRPC status codes.
/// </summary>
public sealed class DaprGrpcApiTests
{
    private const string Token = "s3cret-dapr-token";

    private static string Manifest() => $$"""
        functions:
          - name: hello
            module: {{TestGuests.Example("hello")}}
            routes: [/hello]
          - name: reader
            module: {{TestGuests.Path("dapr_call")}}
            routes: [/reader]
            environment: { METHOD: GET, URL: /v1.0/state/statestore/shared }
            dapr: { state: [statestore] }
          - name: writer
            module: {{TestGuests.Path("dapr_call")}}
            routes: [/writer]
            environment: { METHOD: POST, URL: /v1.0/state/statestore }
            dapr: { state: [statestore] }
          - name: listener
            module: {{TestGuests.Path("subscriber")}}
            subscriptions: [{ topic: news }]
        """;

    private sealed record Order(int Id, string Item);

    /// <summary>A server with both Dapr APIs on free ports, a local-file secret store and any extra component files.</summary>
    private static async Task<TestServer> Start(ServeOptions? options = null, params (string File, string Text)[] components) =>
        await TestServer.StartAsync(Manifest(), (options ?? new ServeOptions()) with { DaprHttpPort = 0, DaprGrpcPort = 0, ResourcesPath = "components" }, root =>
        {
            Directory.CreateDirectory(Path.Combine(root, "components"));
            File.WriteAllText(Path.Combine(root, "components", "secrets.json"), """{"api-key":"k3y"}""");
            File.WriteAllText(Path.Combine(root, "components", "secrets.yaml"),
                "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: localsecrets\nspec:\n  type: secretstores.local.file\n  version: v1\n  metadata:\n  - name: secretsFile\n    value: secrets.json\n");
            foreach (var (file, text) in components) File.WriteAllText(Path.Combine(root, "components", file), text);
        });

    /// <summary>The SDK's client, pointed at the server as DAPR_GRPC_ENDPOINT and DAPR_HTTP_ENDPOINT would point it.</summary>
    private static DaprClient Client(TestServer server, string? token = null)
    {
        var builder = new DaprClientBuilder()
            .UseGrpcEndpoint(server.Server.DaprGrpcAddress!.ToString())
            .UseHttpEndpoint(server.Server.DaprHttpAddress!.ToString());
        if (token is not null) builder.UseDaprApiToken(token);
        return builder.Build();
    }

    /// <summary>The generated client Dapr.Protos ships, for what the SDK does not show (status codes, raw messages).</summary>
    private static (GrpcChannel Channel, Proto.Dapr.DaprClient Client) Raw(TestServer server)
    {
        var channel = GrpcChannel.ForAddress(server.Server.DaprGrpcAddress!);
        return (channel, new Proto.Dapr.DaprClient(channel));
    }

    private static RpcException Rpc(Exception e) => e as RpcException ?? e.InnerException as RpcException ?? throw new Xunit.Sdk.XunitException($"no RpcException in {e}");

    [Fact]
    public async Task StateSavesReadsAndDeletesWithETags()
    {
        await using var server = await Start();
        using var dapr = Client(server);
        await dapr.SaveStateAsync("statestore", "order", new Order(1, "tea"));
        Assert.Equal(new Order(1, "tea"), await dapr.GetStateAsync<Order>("statestore", "order"));

        var (value, etag) = await dapr.GetStateAndETagAsync<Order>("statestore", "order");
        Assert.Equal(new Order(1, "tea"), value);
        Assert.False(string.IsNullOrEmpty(etag));
        Assert.True(await dapr.TrySaveStateAsync("statestore", "order", new Order(2, "coffee"), etag));
        // The ETag read before that save is stale now: daprd's Aborted, which the SDK reads as false.
        Assert.False(await dapr.TrySaveStateAsync("statestore", "order", new Order(3, "water"), etag));
        Assert.False(await dapr.TryDeleteStateAsync("statestore", "order", etag));
        Assert.Equal(new Order(2, "coffee"), await dapr.GetStateAsync<Order>("statestore", "order"));

        await dapr.DeleteStateAsync("statestore", "order");
        Assert.Null(await dapr.GetStateAsync<Order>("statestore", "order"));
        var (missing, missingETag) = await dapr.GetStateAndETagAsync<Order>("statestore", "order");
        Assert.Null(missing);
        Assert.Equal("", missingETag);
    }

    [Fact]
    public async Task BulkGetsTransactionsAndBulkDeletes()
    {
        await using var server = await Start();
        using var dapr = Client(server);
        await dapr.SaveBulkStateAsync("statestore", [new SaveStateItem<string>("a", "A", null!), new SaveStateItem<string>("b", "B", null!)]);
        var bulk = await dapr.GetBulkStateAsync("statestore", ["a", "b", "missing"], parallelism: 1);
        Assert.Equal(["\"A\"", "\"B\"", ""], bulk.Select(item => item.Value));
        Assert.All(bulk.Take(2), item => Assert.False(string.IsNullOrEmpty(item.ETag)));

        await dapr.ExecuteStateTransactionAsync("statestore",
        [
            new StateTransactionRequest("a", JsonSerializer.SerializeToUtf8Bytes("A2"), StateOperationType.Upsert),
            new StateTransactionRequest("b", null!, StateOperationType.Delete),
        ]);
        Assert.Equal("A2", await dapr.GetStateAsync<string>("statestore", "a"));
        Assert.Null(await dapr.GetStateAsync<string>("statestore", "b"));

        await dapr.DeleteBulkStateAsync("statestore", [new BulkDeleteStateItem("a", null!)]);
        Assert.Null(await dapr.GetStateAsync<string>("statestore", "a"));
    }

    [Fact]
    public async Task AFunctionAndTheAppSeeEachOthersState()
    {
        await using var server = await Start();
        using var dapr = Client(server);
        await dapr.SaveStateAsync("statestore", "shared", new { from = "dotnet" });
        Assert.Equal("status 200\n{\"from\":\"dotnet\"}\n", await (await server.Client.PostAsync("/reader", null)).Content.ReadAsStringAsync());

        using var written = await server.Client.PostAsync("/writer", new StringContent("""[{"key":"from-function","value":{"by":"wasm"}}]"""));
        Assert.Equal("status 204\n\n", await written.Content.ReadAsStringAsync());
        Assert.Equal("wasm", (await dapr.GetStateAsync<JsonElement>("statestore", "from-function")).GetProperty("by").GetString());
    }

    [Fact]
    public async Task PublishedEventsReachASubscribedFunction()
    {
        await using var server = await Start();
        using var dapr = Client(server);
        await dapr.PublishEventAsync("pubsub", "news", new { headline = "over grpc" });
        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("listener").Result.Contains("got {\"headline\":\"over grpc\"} on news"));

        var bulk = await dapr.BulkPublishEventAsync("pubsub", "news", [new { headline = "one" }, new { headline = "two" }]);
        Assert.Empty(bulk.FailedEntries);
        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("listener").Result is var logs
            && logs.Contains("got {\"headline\":\"one\"} on news") && logs.Contains("got {\"headline\":\"two\"} on news"));

        var unknown = await Assert.ThrowsAsync<DaprException>(() => dapr.PublishEventAsync("nopubsub", "news", new { headline = "lost" }));
        Assert.Equal(StatusCode.InvalidArgument, Rpc(unknown).StatusCode);
    }

    // The SDK marks its invocation calls obsolete (it would have apps use HttpClient or a gRPC
    // client of their own); apps still call them, so they are tested here as they are.
#pragma warning disable CS0618
    [Fact]
    public async Task AppsInvokeFunctionsOverHttpAndGrpc()
    {
        await using var server = await Start();
        using var dapr = Client(server);
        // InvokeMethod* goes over the HTTP API, as the SDK sends it.
        using var request = dapr.CreateInvokeMethodRequest(HttpMethod.Post, "wasmbox", "hello");
        request.Content = new StringContent("Ada");
        using var answer = await dapr.InvokeMethodWithResponseAsync(request);
        Assert.Equal("Hello, Ada!\n", await answer.Content.ReadAsStringAsync());

        // InvokeService: the message's data is the request body, the answer's body the response's data.
        var (channel, raw) = Raw(server);
        using var _ = channel;
        using var call = raw.InvokeServiceAsync(new Proto.InvokeServiceRequest
        {
            Id = "wasmbox",
            Message = new Proto.InvokeRequest { Method = "hello", ContentType = "text/plain", Data = new Any { Value = ByteString.CopyFromUtf8("Bo") } },
        });
        var response = await call;
        Assert.Equal("Hello, Bo!\n", response.Data.Value.ToStringUtf8());
        Assert.Equal("200", (await call.ResponseHeadersAsync).GetValue("dapr-http-status"));

        // The SDK's InvokeMethodGrpcAsync reaches the route too; a route no function serves is the
        // function host's 404, carried as NotFound; an app id other than this server's is daprd's
        // ERR_DIRECT_INVOKE, Internal over gRPC.
        await dapr.InvokeMethodGrpcAsync("wasmbox", "hello", new StringValue { Value = "Cy" });
        var nowhere = await Assert.ThrowsAsync<InvocationException>(() => dapr.InvokeMethodGrpcAsync("wasmbox", "nowhere", new StringValue { Value = "x" }));
        Assert.Equal(StatusCode.NotFound, Rpc(nowhere).StatusCode);
        var stranger = await Assert.ThrowsAsync<InvocationException>(() => dapr.InvokeMethodGrpcAsync("billing", "pay", new StringValue { Value = "x" }));
        Assert.Equal(StatusCode.Internal, Rpc(stranger).StatusCode);
        Assert.Contains("billing", Rpc(stranger).Status.Detail);
    }
#pragma warning restore CS0618

    [Fact]
    public async Task SecretsAndOutputBindings()
    {
        await using var remote = await TestServer.StartAsync($"functions:\n  - name: echo\n    module: {TestGuests.Path("echo")}\n    routes: [/echo]\n");
        var webhook = "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: webhook\nspec:\n  type: bindings.http\n  version: v1\n  metadata:\n" +
            $"  - name: url\n    value: \"{new Uri(remote.Client.BaseAddress!, "/echo")}\"\n";
        await using var server = await Start(components: ("webhook.yaml", webhook));
        using var dapr = Client(server);

        Assert.Equal(new Dictionary<string, string> { ["api-key"] = "k3y" }, await dapr.GetSecretAsync("localsecrets", "api-key"));
        var all = await dapr.GetBulkSecretAsync("localsecrets");
        Assert.Equal("k3y", all["api-key"]["api-key"]);
        Assert.Empty(await dapr.GetSecretAsync("localsecrets", "no-such-secret"));
        var unknownStore = await Assert.ThrowsAsync<DaprException>(() => dapr.GetSecretAsync("vault", "api-key"));
        Assert.Equal(StatusCode.InvalidArgument, Rpc(unknownStore).StatusCode);

        var sent = await dapr.InvokeBindingAsync(new BindingRequest("webhook", "post") { Data = Encoding.UTF8.GetBytes("delivered") });
        Assert.Equal("delivered", Encoding.UTF8.GetString(sent.Data.Span));
        Assert.Equal("200", sent.Metadata["statusCode"]);
        var unsupported = await Assert.ThrowsAsync<DaprException>(() => dapr.InvokeBindingAsync(new BindingRequest("webhook", "fly")));
        Assert.Equal(StatusCode.Internal, Rpc(unsupported).StatusCode);
    }

    [Fact]
    public async Task HealthMetadataAndShutdown()
    {
        await using var server = await Start();
        using var dapr = Client(server);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await dapr.WaitForSidecarAsync(wait.Token);
        Assert.True(await dapr.CheckHealthAsync());
        Assert.True(await dapr.CheckOutboundHealthAsync());

        await dapr.SetMetadataAsync("team", "payments");
        var metadata = await dapr.GetMetadataAsync();
        Assert.Equal("wasmbox", metadata.Id);
        Assert.Equal("payments", metadata.Extended["team"]);
        var store = Assert.Single(metadata.Components, c => c.Name == "statestore");
        Assert.Equal("state.sqlite", store.Type);
        Assert.Contains("ETAG", store.Capabilities);
        Assert.Contains(metadata.Components, c => c.Name == "localsecrets" && c.Type == "secretstores.local.file");

        // The raw message also lists the subscriptions, as daprd's does.
        var (channel, raw) = Raw(server);
        using (channel)
        {
            var described = await raw.GetMetadataAsync(new Proto.GetMetadataRequest());
            var subscription = Assert.Single(described.Subscriptions);
            Assert.Equal(("pubsub", "news", Proto.PubsubSubscriptionType.Programmatic), (subscription.PubsubName, subscription.Topic, subscription.Type));
        }

        await dapr.ShutdownSidecarAsync();
        var lifetime = (Microsoft.Extensions.Hosting.IHostApplicationLifetime)server.Server.Services.GetService(typeof(Microsoft.Extensions.Hosting.IHostApplicationLifetime))!;
        await ErrorStatusTests.WaitUntil(() => lifetime.ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task WithADaprApiTokenEveryCallMustCarryIt()
    {
        await using var server = await Start(new ServeOptions { DaprApiToken = Token });
        using var anonymous = Client(server);
        var missing = Rpc(await Assert.ThrowsAsync<DaprException>(() => anonymous.GetStateAsync<string>("statestore", "k")));
        Assert.Equal(StatusCode.Unauthenticated, missing.StatusCode);
        Assert.Contains("missing api token in request metadata", missing.Status.Detail);
        using var wrong = Client(server, "not-the-token");
        var mismatch = Rpc(await Assert.ThrowsAsync<DaprException>(() => wrong.GetStateAsync<string>("statestore", "k")));
        Assert.Equal(StatusCode.Unauthenticated, mismatch.StatusCode);
        Assert.Contains("api token mismatch", mismatch.Status.Detail);
        // A refused caller learns nothing else: not even that the store is missing.
        Assert.Equal(StatusCode.Unauthenticated, Rpc(await Assert.ThrowsAsync<DaprException>(() => wrong.GetStateAsync<string>("nostore", "k"))).StatusCode);

        using var dapr = Client(server, Token);
        await dapr.SaveStateAsync("statestore", "k", "v");
        Assert.Equal("v", await dapr.GetStateAsync<string>("statestore", "k"));
        // Health stays open, as on the HTTP API.
        Assert.True(await anonymous.CheckHealthAsync());
    }

    [Fact]
    public async Task FailuresCarryDaprdsGrpcCodes()
    {
        await using var server = await Start();
        var (channel, raw) = Raw(server);
        using var _ = channel;
        async Task<RpcException> Fails(Func<Task> call) => await Assert.ThrowsAsync<RpcException>(call);

        var noStore = await Fails(() => raw.GetStateAsync(new Proto.GetStateRequest { StoreName = "nostore", Key = "k" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, noStore.StatusCode);
        Assert.Equal("state store nostore is not found", noStore.Status.Detail);
        var info = Google.Rpc.Status.Parser.ParseFrom(noStore.Trailers.GetValueBytes("grpc-status-details-bin")).Details.Single().Unpack<Google.Rpc.ErrorInfo>();
        Assert.Equal(("ERR_STATE_STORE_NOT_FOUND", "dapr.io"), (info.Reason, info.Domain));

        Assert.Equal(StatusCode.InvalidArgument, (await Fails(() => raw.SaveStateAsync(new Proto.SaveStateRequest { StoreName = "statestore", States = { new Proto.StateItem { Key = "" } } }).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, (await Fails(() => raw.SaveStateAsync(new Proto.SaveStateRequest { StoreName = "statestore", States = { new Proto.StateItem { Key = "a||b" } } }).ResponseAsync)).StatusCode);
        var ttl = new Proto.StateItem { Key = "k", Value = ByteString.CopyFromUtf8("1") };
        ttl.Metadata["ttlInSeconds"] = "soon";
        Assert.Equal(StatusCode.InvalidArgument, (await Fails(() => raw.SaveStateAsync(new Proto.SaveStateRequest { StoreName = "statestore", States = { ttl } }).ResponseAsync)).StatusCode);
        var merge = new Proto.ExecuteStateTransactionRequest { StoreName = "statestore", Operations = { new Proto.TransactionalStateOperation { OperationType = "merge", Request = new Proto.StateItem { Key = "k" } } } };
        Assert.Equal(StatusCode.Unimplemented, (await Fails(() => raw.ExecuteStateTransactionAsync(merge).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, (await Fails(() => raw.PublishEventAsync(new Proto.PublishEventRequest { PubsubName = "pubsub", Topic = "" }).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.Internal, (await Fails(() => raw.InvokeBindingAsync(new Proto.InvokeBindingRequest { Name = "nobinding", Operation = "create" }).ResponseAsync)).StatusCode);
        var duplicate = new Proto.BulkPublishRequest
        {
            PubsubName = "pubsub", Topic = "news",
            Entries = { new Proto.BulkPublishRequestEntry { EntryId = "1", Event = ByteString.CopyFromUtf8("{}"), ContentType = "application/json" }, new Proto.BulkPublishRequestEntry { EntryId = "1", Event = ByteString.CopyFromUtf8("{}"), ContentType = "application/json" } },
        };
        Assert.Equal(StatusCode.InvalidArgument, (await Fails(() => raw.BulkPublishEventAsync(duplicate).ResponseAsync)).StatusCode);

        // What is not built is Unimplemented, and there is no reflection service listing methods.
        Assert.Equal(StatusCode.Unimplemented, (await Fails(() => raw.GetConfigurationAsync(new Proto.GetConfigurationRequest { StoreName = "config" }).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.Unimplemented, (await Fails(() => raw.TryLockAlpha1Async(new Proto.TryLockRequest { StoreName = "lock" }).ResponseAsync)).StatusCode);
        var reflection = new Method<Empty, Empty>(MethodType.Unary, "grpc.reflection.v1.ServerReflection", "ServerReflectionInfo",
            Marshallers.Create<Empty>(m => m.ToByteArray(), Empty.Parser.ParseFrom), Marshallers.Create<Empty>(m => m.ToByteArray(), Empty.Parser.ParseFrom));
        Assert.Equal(StatusCode.Unimplemented, (await Fails(() => channel.CreateCallInvoker().AsyncUnaryCall(reflection, null, new CallOptions(), new Empty()).ResponseAsync)).StatusCode);
    }

    [Fact]
    public async Task EachPortServesOnlyItsOwn()
    {
        await using var server = await Start(new ServeOptions { AppGrpcListen = new IPEndPoint(IPAddress.Loopback, 0) });
        using var h2 = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        // The Dapr gRPC port runs no function route, admin API or health endpoint.
        Assert.Equal(HttpStatusCode.NotFound, (await h2.PostAsync(new Uri(server.Server.DaprGrpcAddress!, "/hello"), new StringContent("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await h2.GetAsync(new Uri(server.Server.DaprGrpcAddress!, "/healthz"))).StatusCode);
        // It speaks HTTP/2 only, as daprd's gRPC port: Kestrel turns an HTTP/1.1 request away.
        using var h1 = new HttpClient();
        using var overHttp1 = await h1.GetAsync(new Uri(server.Server.DaprGrpcAddress!, "/healthz"));
        Assert.Equal(HttpStatusCode.BadRequest, overHttp1.StatusCode);
        Assert.Contains("HTTP/2 only endpoint", await overHttp1.Content.ReadAsStringAsync());

        // The Dapr service answers on no other port: the app channel's gRPC port answers it
        // Unimplemented, the functions' port (HTTP/1.1) has no such route.
        using (var appChannel = GrpcChannel.ForAddress(server.Server.AppGrpcAddress!))
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => new Proto.Dapr.DaprClient(appChannel).GetMetadataAsync(new Proto.GetMetadataRequest()).ResponseAsync);
            Assert.Equal(StatusCode.Unimplemented, refused.StatusCode);
        }
        using var onFunctionsPort = await server.Client.PostAsync("/dapr.proto.runtime.v1.Dapr/GetMetadata", new ByteArrayContent([0, 0, 0, 0, 0]) { Headers = { ContentType = new("application/grpc") } });
        Assert.Equal(HttpStatusCode.NotFound, onFunctionsPort.StatusCode);
        var (own, raw) = Raw(server);
        using (own) Assert.Equal("wasmbox", (await raw.GetMetadataAsync(new Proto.GetMetadataRequest())).Id);
    }

    [Fact]
    public void ThePortIsAFlagAndItsOwn()
    {
        var error = new StringWriter();
        Assert.Equal(2, Program.Dispatch(["serve", "--dapr-grpc-port", "fifty"], new StringWriter(), error, new GuestStdio(new MemoryStream(), new MemoryStream(), new MemoryStream())));
        Assert.Contains("--dapr-grpc-port \"fifty\" is not a port (or off)", error.ToString());

        var refused = Assert.Throws<ArgumentException>(() => WasmboxServer.Create(new ServeOptions { DaprHttpPort = 18500, DaprGrpcPort = 18500 }));
        Assert.Contains("the Dapr gRPC API (--dapr-grpc-port) needs a port of its own: 18500 is also the Dapr HTTP API", refused.Message);
        // Next to a daprd, daprd answers the gRPC API: serving one too would answer from no components.
        var beside = Assert.Throws<ArgumentException>(() => WasmboxServer.Create(new ServeOptions { DaprSidecar = new Uri("http://127.0.0.1:3500"), DaprGrpcPort = 18501 }));
        Assert.Contains("--dapr-grpc-port must be off", beside.Message);
    }
}
