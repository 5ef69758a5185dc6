using System.Net;
using System.Text.Json;

namespace Wasmbox.Host.Tests;

/// <summary>AssemblyScript guests over the SDK in sdk/assemblyscript, built from source at set-up, reaching the Dapr state store through the host call.</summary>
public sealed class AssemblyScriptSdkTests
{
    private static string GuestbookManifest(string module) => $$"""
        functions:
          - name: guestbook
            module: {{module}}
            executor: wagi
            routes: [/guestbook]
            dapr: { state: [statestore] }
        """;

    [Theory]
    [InlineData("source")]
    [InlineData("committed")]
    public async Task TheGuestbookExampleAppendsEntriesInOrder(string build)
    {
        var module = build == "source" ? AssemblyScriptGuests.Example("guestbook") : TestGuests.Example("guestbook");
        await using var server = await TestServer.StartAsync(GuestbookManifest(module));
        Assert.Equal("[]\n", await server.Client.GetStringAsync("/guestbook"));

        using var first = await server.Client.PostAsync("/guestbook", new StringContent("hello"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("1\n", await first.Content.ReadAsStringAsync());
        // Quotes, a backslash, a newline and non-ASCII must come back as written: the SDK quotes them.
        const string second = "nice \"place\" \\ é\nbye";
        using var secondAnswer = await server.Client.PostAsync("/guestbook", new StringContent(second));
        Assert.Equal("2\n", await secondAnswer.Content.ReadAsStringAsync());

        using var list = await server.Client.GetAsync("/guestbook");
        Assert.Equal("application/json", list.Content.Headers.ContentType?.MediaType);
        var entries = JsonSerializer.Deserialize<string[]>(await list.Content.ReadAsStringAsync())!;
        Assert.Equal(["hello", second], entries);

        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("guestbook").Result.Contains("] info guestbook: entry 2 ("));
        using var put = await server.Client.PutAsync("/guestbook", new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        using var empty = await server.Client.PostAsync("/guestbook", new StringContent(""));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task ConcurrentGuestbookPostsLoseNoEntry()
    {
        await using var server = await TestServer.StartAsync(GuestbookManifest(AssemblyScriptGuests.Example("guestbook")));
        var answers = await Task.WhenAll(Enumerable.Range(1, 10).Select(async i =>
        {
            using var response = await server.Client.PostAsync("/guestbook", new StringContent($"entry {i}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return int.Parse(await response.Content.ReadAsStringAsync());
        }));
        Assert.Equal(Enumerable.Range(1, 10), answers.Order());
        var entries = JsonSerializer.Deserialize<string[]>(await server.Client.GetStringAsync("/guestbook"))!;
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"entry {i}").Order(), entries.Order());
    }

    [Fact]
    public async Task TheSdkReachesAGrantedStoreAndReadsWhyAnotherIsRefused()
    {
        var probe = AssemblyScriptGuests.Guest("sdk_probe");
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: granted
                module: {{probe}}
                routes: [/granted]
                dapr: { state: [statestore] }
              - name: ungranted
                module: {{probe}}
                routes: [/ungranted]
            """);
        var refused = await server.Client.GetStringAsync("/ungranted");
        Assert.Equal("save: 403 ERR_PERMISSION_DENIED function ungranted is not granted state store statestore (grant it in the manifest: dapr: { state: [statestore] })\n", refused);

        var lines = (await server.Client.GetStringAsync("/granted")).TrimEnd('\n').Split('\n');
        Assert.Equal(
        [
            "save: 204",
            "get: 200 \"v1\" etag=yes",
            "stale save: 409 ERR_STATE_SAVE",
            "first-write on a stored key: 409 ERR_STATE_SAVE",
            "save with the etag: 204",
            "odd key save: 204",
            "odd key get: 200 same",
            "ttl save: 204",
            "ttl get: 200 expires",
            "bulk: 200 probe=\"v2\"+etag nothing=missing",
            "transaction: 204",
            "after the transaction: 204 [1]",
            "stale delete: 409 ERR_STATE_DELETE",
            "delete: 204",
            "deleted: 204",
            "publish: 403 ERR_PUBSUB_FORBIDDEN",
        ], lines.Select(Abridged));
    }

    [Fact]
    public async Task TheSdkReachesSecretsBindingsInvocationAndOutboundHttpWithinItsGrants()
    {
        await using var remote = await TestServer.StartAsync($"functions:\n  - name: echo\n    module: {TestGuests.Path("echo")}\n    routes: [/echo]\n");
        var echo = new Uri(remote.Client.BaseAddress!, "/echo");
        var origin = $"http://127.0.0.1:{echo.Port}";
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: echo
                module: {{TestGuests.Path("echo")}}
                routes: [/echo/...]
              - name: probe
                module: {{AssemblyScriptGuests.Guest("blocks_probe")}}
                routes: [/probe]
                environment: { REMOTE: "{{origin}}" }
                allowed-hosts: ["127.0.0.1:{{echo.Port}}"]
                dapr: { secrets: [localsecrets], bindings: [webhook], invoke: [wasmbox] }
            """, new ServeOptions { ResourcesPath = "components" }, root =>
        {
            var components = Path.Combine(root, "components");
            Directory.CreateDirectory(components);
            File.WriteAllText(Path.Combine(components, "secrets.json"), """{"db-password":"s3cret","redis":{"password":"r3dis"}}""");
            File.WriteAllText(Path.Combine(components, "secrets.yaml"),
                "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: localsecrets\nspec:\n  type: secretstores.local.file\n  version: v1\n  metadata:\n  - name: secretsFile\n    value: secrets.json\n");
            File.WriteAllText(Path.Combine(components, "webhook.yaml"),
                $"apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: webhook\nspec:\n  type: bindings.http\n  version: v1\n  metadata:\n  - name: url\n    value: \"{echo}\"\n");
        });
        using var response = await server.Client.PostAsync("/probe", null);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal(
        [
            "secret: 200 s3cret",
            "nested secret: 200 r3dis",
            "missing secret: 204 0 values",
            "ungranted secret: 403 refused ERR_PERMISSION_DENIED",
            "binding: 200 delivered",
            "ungranted binding: 403 refused ERR_PERMISSION_DENIED",
            "invoke: 200 hello there",
            "ungranted invoke: 403 refused ERR_PERMISSION_DENIED",
            "fetch: 200 round trip",
            "forbidden fetch: 403 refused ERR_OUTBOUND_HOST_FORBIDDEN",
        ], lines);
        var requestId = response.Headers.GetValues("X-Request-Id").Single();
        Assert.Contains($"[{requestId}] warn probe: disk almost full", await server.LogsAsync("probe"));
    }

    [Fact]
    public async Task TheSdkJsonHelpersReadWhatTheDaprApiAnswers()
    {
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: json
                module: {{AssemblyScriptGuests.Guest("json_probe")}}
                routes: [/json]
            """);
        async Task<string> Describe(string input) =>
            await (await server.Client.PostAsync("/json", new StringContent(input))).Content.ReadAsStringAsync();

        Assert.Equal("valid: yes\nelement: 1\nelement: \"two\"\nelement: {\"a\":[1,2]}\nelement: null\nelement: -1.5e3\n",
            await Describe("""[1, "two", {"a":[1,2]}, null, -1.5e3]"""));
        // A repeated name keeps its last value; names are decoded, values stay raw.
        Assert.Equal("valid: yes\nmember: a\"b = 1\nmember: n = {\"m\": []}\nmember: d = \"last\"\n",
            await Describe("""{"a\"b": 1, "n": {"m": []}, "d": "first", "d": "last"}"""));
        // Escapes decode (a surrogate pair written as two \u escapes is one character), and quote escapes back.
        Assert.Equal("valid: yes\nstring: tab\there \"q\" \\ / é😀\n\nquoted: \"tab\\there \\\"q\\\" \\\\ / é😀\\n\"\n",
            await Describe("""  "tab\there \"q\" \\ \/ \u00e9\ud83d\ude00\n"  """));
        foreach (var malformed in new[] { "[1,", """{"a" 1}""", "\"\\x\"", "\"\\u12\"", "[1] x", "", new string('[', 100_000) })
            Assert.Equal("valid: no\n", await Describe(malformed));   // an answer, not a trap, even nested past any stack
    }

    /// <summary>A probe line without the error's message (its wording is the router's, tested elsewhere).</summary>
    private static string Abridged(string line)
    {
        var parts = line.Split(' ');
        var code = Array.FindIndex(parts, p => p.StartsWith("ERR_", StringComparison.Ordinal));
        return code < 0 ? line : string.Join(' ', parts[..(code + 1)]);
    }
}
