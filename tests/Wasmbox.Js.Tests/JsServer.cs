using System.Net.Http.Json;
using Wasmbox.Host;
using Wasmbox.Host.Tests;

namespace Wasmbox.Js.Tests;

/// <summary>Starting test servers that can run js functions, and deploying scripts to them as the CLI does.</summary>
internal static class JsServer
{
    public static Task<TestServer> StartAsync(string? manifest = null, ServeOptions? options = null, Action<string>? prepare = null) =>
        TestServer.StartAsync(manifest, (options ?? new ServeOptions()) with { JsEngine = JsEngineBuild.Source }, prepare);

    /// <summary>Deploys <paramref name="script"/> as js function <paramref name="name"/>; <paramref name="spec"/> adds to {"executor":"js"}.</summary>
    public static async Task<HttpResponseMessage> DeployScriptAsync(this TestServer server, string name, string script, object? spec = null)
    {
        var fields = System.Text.Json.JsonSerializer.SerializeToNode(spec ?? new { })!.AsObject();
        fields["executor"] = "js";
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(script)), "module", name + ".js");
        form.Add(JsonContent.Create(fields), "spec");
        return await server.Admin.PutAsync($"admin/v1/functions/{name}", form);
    }

    /// <summary>Waits (up to 30 s) until <paramref name="condition"/> holds.</summary>
    public static async Task WaitUntil(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"waited 30 s for {what}");
            await Task.Delay(50);
        }
    }
}
