using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Wasmbox.Host.Tests;

/// <summary>Deploy, roll back, delete and restart through the admin API, and the token that guards it.</summary>
public sealed class AdminApiTests
{
    private const string EchoSpec = """{"routes":["/svc"],"environment":{"SHOW":"VERSION","VERSION":"one"}}""";
    private const string EchoSpecTwo = """{"routes":["/svc"],"environment":{"SHOW":"VERSION","VERSION":"two"}}""";

    [Fact]
    public async Task AdminApiNeedsTheTokenAndTheTokenFileIsPrivate()
    {
        await using var server = await TestServer.StartAsync(null);
        using var anonymous = await server.Client.GetAsync("admin/v1/functions");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Bearer", anonymous.Headers.WwwAuthenticate.ToString());

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "admin/v1/functions");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", new string('0', 64));
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(wrong)).StatusCode);

        using var deploy = await server.Client.PutAsync("admin/v1/functions/x", new ByteArrayContent([0, 97, 115, 109]));
        Assert.Equal(HttpStatusCode.Unauthorized, deploy.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync("admin/v1/functions")).StatusCode);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(server.DataDirectory, "admin-token")));
        Assert.Equal(64, server.Token.Length);
    }

    [Fact]
    public async Task TokenFromTheEnvironmentVariableIsUsedInstead()
    {
        await using var server = await TestServer.StartAsync(null, new ServeOptions { AdminToken = "a-token-given-by-the-operator" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "admin/v1/functions");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "a-token-given-by-the-operator");
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(request)).StatusCode);
        Assert.False(File.Exists(Path.Combine(server.DataDirectory, "admin-token")));
    }

    [Fact]
    public async Task DeployRollbackAndRestartKeepTheRolledBackVersion()
    {
        await using var server = await TestServer.StartAsync(null);
        var echo = TestGuests.Bytes("echo");
        using (var first = await server.DeployAsync("svc", echo, EchoSpec))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            Assert.Equal(1, JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32());
        }
        Assert.Equal("VERSION=one\n", await server.Client.GetStringAsync("/svc"));

        using (var second = await server.DeployAsync("svc", echo, EchoSpecTwo))
            Assert.Equal(2, JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32());
        Assert.Equal("VERSION=two\n", await server.Client.GetStringAsync("/svc"));

        using (var rollback = await server.Admin.PostAsync("admin/v1/functions/svc/rollback", null))
        {
            Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
            Assert.Equal(1, JsonDocument.Parse(await rollback.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32());
        }
        Assert.Equal("VERSION=one\n", await server.Client.GetStringAsync("/svc"));

        await server.StopAsync();
        await server.StartAgainAsync();
        Assert.Equal("VERSION=one\n", await server.Client.GetStringAsync("/svc"));

        using (var forward = await server.Admin.PostAsync("admin/v1/functions/svc/rollback?to=2", null))
            Assert.Equal(HttpStatusCode.OK, forward.StatusCode);
        Assert.Equal("VERSION=two\n", await server.Client.GetStringAsync("/svc"));

        var detail = JsonDocument.Parse(await server.Admin.GetStringAsync("admin/v1/functions/svc")).RootElement;
        Assert.Equal(2, detail.GetProperty("versions").GetArrayLength());
        Assert.Contains("admin API from 127.0.0.1", detail.GetProperty("versions")[0].GetProperty("deployedBy").GetString());

        using var missing = await server.Admin.PostAsync("admin/v1/functions/svc/rollback?to=9", null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("svc has no version 9 (versions: 1, 2)", await missing.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("garbage", "malformed module")]
    [InlineData("library", "the module exports no _start function")]
    [InlineData("foreign", "the module imports env.launch_missiles, which Wasmbox does not provide")]
    public async Task BadUploadIsRefusedWithTheReasonAndTheRunningVersionKeepsServing(string module, string reason)
    {
        await using var server = await TestServer.StartAsync(null);
        Assert.Equal(HttpStatusCode.Created, (await server.DeployAsync("svc", TestGuests.Bytes("echo"), EchoSpec)).StatusCode);
        var bytes = module == "garbage" ? [0, 97, 115, 109, 1, 0, 0, 0, 1, 255] : TestGuests.Bytes(module);
        using var refused = await server.DeployAsync("svc", bytes, EchoSpecTwo);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(reason, await refused.Content.ReadAsStringAsync());
        Assert.Equal("VERSION=one\n", await server.Client.GetStringAsync("/svc"));
        var detail = JsonDocument.Parse(await server.Admin.GetStringAsync("admin/v1/functions/svc")).RootElement;
        Assert.Equal(1, detail.GetProperty("versions").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"routes":["no-slash"]}""", "route \"no-slash\" must start with /")]
    [InlineData("""{"executor":"cgi"}""", "unknown executor \"cgi\"")]
    [InlineData("""{"limits":{"memory":"lots"}}""", "limits.memory \"lots\" is not a size")]
    [InlineData("""{"colour":"blue"}""", "unknown spec key \"colour\"")]
    [InlineData("""{"routes":["/admin/x"]}""", "/admin is reserved for the server")]
    [InlineData("""{"directories":[{"host":"/no/such/dir","guest":"/d"}]}""", "the directory /no/such/dir does not exist on the server")]
    [InlineData("""{"routes":["/taken"]}""", "route \"/taken\" of function \"svc\" is already served by function \"other\"")]
    [InlineData("{", "the spec is not valid JSON")]
    [InlineData("""{"subscriptions":[{"topic":"t"},{"topic":"t","deadLetterTopic":"d"}]}""", "subscribes to pubsub/t twice")]
    [InlineData("""{"subscriptions":[{"pubsub":"nope","topic":"t"}]}""", "subscribes to pub/sub \"nope\", which does not exist")]
    [InlineData("""{"contentType":"text/plain\u0007"}""", "is not a content type")]
    public async Task BadSpecIsRefusedWithTheReason(string spec, string reason)
    {
        await using var server = await TestServer.StartAsync(null);
        Assert.Equal(HttpStatusCode.Created, (await server.DeployAsync("other", TestGuests.Bytes("echo"), """{"routes":["/taken"]}""")).StatusCode);
        using var refused = await server.DeployAsync("svc", TestGuests.Bytes("echo"), spec);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(reason, await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BadFunctionNameAndMissingModulePartAre400()
    {
        await using var server = await TestServer.StartAsync(null);
        using var badName = await server.DeployAsync("Not_OK!", TestGuests.Bytes("echo"));
        Assert.Equal(HttpStatusCode.BadRequest, badName.StatusCode);
        Assert.Contains("is not a valid function name", await badName.Content.ReadAsStringAsync());

        using var noModule = await server.Admin.PutAsync("admin/v1/functions/svc", new MultipartFormDataContent { { new StringContent("{}"), "spec" } });
        Assert.Equal(HttpStatusCode.BadRequest, noModule.StatusCode);
        Assert.Contains("no part named \"module\"", await noModule.Content.ReadAsStringAsync());

        using var notForm = await server.Admin.PutAsync("admin/v1/functions/svc", new ByteArrayContent(TestGuests.Bytes("echo")));
        Assert.Equal(HttpStatusCode.BadRequest, notForm.StatusCode);
        Assert.Contains("multipart/form-data", await notForm.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeleteStopsServingAndRollbackBringsAVersionBack()
    {
        await using var server = await TestServer.StartAsync(null);
        await server.DeployAsync("svc", TestGuests.Bytes("echo"), EchoSpec);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Admin.DeleteAsync("admin/v1/functions/svc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/svc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.DeleteAsync("admin/v1/functions/svc")).StatusCode);
        await server.StopAsync();
        await server.StartAgainAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/svc")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.PostAsync("admin/v1/functions/svc/rollback?to=1", null)).StatusCode);
        Assert.Equal("VERSION=one\n", await server.Client.GetStringAsync("/svc"));
    }

    [Fact]
    public async Task InvokeRunsAFunctionWithoutARoute()
    {
        await using var server = await TestServer.StartAsync(null);
        await server.DeployAsync("hidden", TestGuests.Bytes("echo"));
        using var response = await server.Admin.PostAsync("admin/v1/functions/hidden/invoke", new StringContent("through the admin API"));
        Assert.Equal("through the admin API", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.PostAsync("admin/v1/functions/nobody/invoke", null)).StatusCode);
        using var list = JsonDocument.Parse(await server.Admin.GetStringAsync("admin/v1/functions"));
        Assert.Equal("hidden", list.RootElement[0].GetProperty("name").GetString());
        Assert.Equal("128 MiB", list.RootElement[0].GetProperty("limits").GetProperty("memory").GetString());
    }
}
