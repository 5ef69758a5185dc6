using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Wasmbox.Dapr.Api;
using Wasmbox.Dapr.Bindings;
using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.Secrets;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Tests.Api;

/// <summary>The secrets and bindings routes answer as daprd does: bodies, statuses and error codes.</summary>
public sealed class SecretsAndBindingsRoutesTests
{
    private sealed class RecordingBinding : IOutputBinding
    {
        public BindingRequest? Last { get; private set; }
        public IReadOnlyList<string> Operations => ["create"];
        public ValueTask<BindingResponse> InvokeAsync(BindingRequest request, CancellationToken cancellation = default)
        {
            Last = request;
            if (request.Operation != "create") throw new BindingException(400, $"operation {request.Operation} is not supported");
            return ValueTask.FromResult(new BindingResponse(Encoding.UTF8.GetBytes("done"), ImmutableDictionary<string, string>.Empty.Add("statusCode", "201")));
        }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private static string SecretsFile(string json)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("wasmbox-secrets-").FullName, "secrets.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static Task<DaprResponse> Send(DaprRouter router, string method, string path, string body = "") =>
        router.HandleAsync(new DaprRequest(method, path, Encoding.UTF8.GetBytes(body))).AsTask();

    private static string Code(DaprResponse response) => JsonDocument.Parse(response.Body).RootElement.GetProperty("errorCode").GetString()!;

    [Fact]
    public async Task SecretsAnswerTheirValuesOrDaprdsErrors()
    {
        var file = new LocalFileSecretStore(SecretsFile("""{"api":"k3y","db":{"user":"u","password":"p"},"port":5432}"""));
        var multi = new LocalFileSecretStore(SecretsFile("""{"db":{"user":"u","password":"p"}}"""), multiValued: true);
        var router = new DaprRouter(new ComponentSet([new("statestore", new InMemoryStateStore())], secretStores: [new("file", file), new("multi", multi)]), "app");

        var api = await Send(router, "GET", "/v1.0/secrets/file/api");
        Assert.Equal((200, """{"api":"k3y"}"""), (api.Status, Encoding.UTF8.GetString(api.Body.Span)));
        Assert.Equal("""{"db:password":"p"}""", Encoding.UTF8.GetString((await Send(router, "GET", "/v1.0/secrets/file/db:password")).Body.Span));
        Assert.Equal("""{"port":"5432"}""", Encoding.UTF8.GetString((await Send(router, "GET", "/v1.0/secrets/file/port")).Body.Span));
        Assert.Equal("""{"user":"u","password":"p"}""", Encoding.UTF8.GetString((await Send(router, "GET", "/v1.0/secrets/multi/db")).Body.Span));
        Assert.Equal(204, (await Send(router, "GET", "/v1.0/secrets/file/nothing")).Status);
        var bulk = JsonDocument.Parse((await Send(router, "GET", "/v1.0/secrets/file/bulk")).Body).RootElement;
        Assert.Equal("u", bulk.GetProperty("db:user").GetProperty("db:user").GetString());

        var unknown = await Send(router, "GET", "/v1.0/secrets/vault/api");
        Assert.Equal((401, "ERR_SECRET_STORE_NOT_FOUND"), (unknown.Status, Code(unknown)));
        var none = await Send(new DaprRouter(new ComponentSet([]), "app"), "GET", "/v1.0/secrets/file/api");
        Assert.Equal((500, "ERR_SECRET_STORES_NOT_CONFIGURED"), (none.Status, Code(none)));
    }

    private sealed class BrokenBinding : IOutputBinding
    {
        public IReadOnlyList<string> Operations => ["create"];
        public ValueTask<BindingResponse> InvokeAsync(BindingRequest request, CancellationToken cancellation = default) =>
            cancellation.IsCancellationRequested ? throw new OperationCanceledException(cancellation) : throw new InvalidOperationException("the database went away");
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    [Fact]
    public async Task AComponentsUnmappedFailureIsStillAnAnswer()
    {
        var router = new DaprRouter(new ComponentSet([], outputBindings: [new("broken", new BrokenBinding())]), "app");
        var failed = await Send(router, "POST", "/v1.0/bindings/broken", """{"operation":"create"}""");
        Assert.Equal((500, "ERR_COMPONENT_FAILED"), (failed.Status, Code(failed)));
        Assert.Contains("the database went away", Encoding.UTF8.GetString(failed.Body.Span));
        using var stopped = new CancellationTokenSource();
        stopped.Cancel();
        var cancelled = await router.HandleAsync(new DaprRequest("POST", "/v1.0/bindings/broken", Encoding.UTF8.GetBytes("""{"operation":"create"}""")), stopped.Token);
        Assert.Equal((504, "ERR_CANCELLED"), (cancelled.Status, Code(cancelled)));
    }

    [Fact]
    public void TheEnvironmentStoreExposesOnlyItsPrefix()
    {
        Environment.SetEnvironmentVariable("WASMBOX_TEST_SECRET_TOKEN", "t0ken");
        var store = new EnvironmentSecretStore("WASMBOX_TEST_SECRET_");
        Assert.Equal("t0ken", store.Get("TOKEN")!["TOKEN"]);
        Assert.Null(store.Get("PATH"));
        Assert.Contains("TOKEN", store.GetAll().Keys);
        Assert.DoesNotContain("PATH", store.GetAll().Keys);
    }

    [Fact]
    public async Task OutputBindingsGetDataMetadataAndOperation()
    {
        var binding = new RecordingBinding();
        var router = new DaprRouter(new ComponentSet([], outputBindings: [new("mail", binding)]), "app");
        var answer = await Send(router, "POST", "/v1.0/bindings/mail", """{"operation":"create","data":{"to":"a@b"},"metadata":{"subject":"hi","n":3}}""");
        Assert.Equal(200, answer.Status);
        Assert.Equal("done", Encoding.UTF8.GetString(answer.Body.Span));
        Assert.Contains(new KeyValuePair<string, string>("metadata.statusCode", "201"), answer.Headers);
        Assert.Equal("""{"to":"a@b"}""", Encoding.UTF8.GetString(binding.Last!.Data.Span));
        Assert.Equal(("hi", "3"), (binding.Last.Metadata["subject"], binding.Last.Metadata["n"]));

        var text = await Send(router, "PUT", "/v1.0/bindings/mail", """{"operation":"create","data":"plain"}""");
        Assert.Equal(200, text.Status);
        Assert.Equal("plain", Encoding.UTF8.GetString(binding.Last!.Data.Span));   // a JSON string is sent as its text

        var unsupported = await Send(router, "POST", "/v1.0/bindings/mail", """{"operation":"delete"}""");
        Assert.Equal((400, "ERR_INVOKE_OUTPUT_BINDING"), (unsupported.Status, Code(unsupported)));
        var missing = await Send(router, "POST", "/v1.0/bindings/sms", """{"operation":"create"}""");
        Assert.Equal((500, "ERR_INVOKE_OUTPUT_BINDING"), (missing.Status, Code(missing)));
        var malformed = await Send(router, "POST", "/v1.0/bindings/mail", "not json");
        Assert.Equal((400, "ERR_MALFORMED_REQUEST"), (malformed.Status, Code(malformed)));
    }
}
