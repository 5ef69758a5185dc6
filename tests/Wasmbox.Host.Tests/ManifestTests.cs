using Wasmbox.Host.Manifest;

namespace Wasmbox.Host.Tests;

/// <summary>wasmbox.yaml: what a good one serves, and how a bad one is refused (file, line, what is wrong) before anything starts.</summary>
public sealed class ManifestTests
{
    [Theory]
    [InlineData("functions:\n  - name: a\n    module: {echo}\n    colour: blue\n", 4, "functions[0]: unknown key \"colour\"")]
    [InlineData("functions:\n  - name: a\n    module: missing.wasm\n", 3, "functions[0].module: the module file missing.wasm does not exist")]
    [InlineData("functions:\n  - name: a\n    module: {echo}\n    routes: [nope]\n", 4, "functions[0].routes[0]: route \"nope\" must start with /")]
    [InlineData("functions:\n  - name: a\n    module: {echo}\n    limits:\n      memory: 12 apples\n", 5, "functions[0].limits.memory: \"12 apples\" is not a size")]
    [InlineData("functions:\n  - name: a\n    module: {echo}\n    limits:\n      timeout: soon\n", 5, "\"soon\" is not a duration")]
    [InlineData("functions:\n  - name: a\n    module: {echo}\n    executor: cgi\n", 4, "unknown executor \"cgi\" (expected command, wagi or js)")]
    [InlineData("functions:\n  - name: Bad Name\n    module: {echo}\n", 2, "is not a valid function name")]
    [InlineData("functions:\n  - name: a\n    module: {echo}\n  - name: a\n    module: {echo}\n", 4, "a function named \"a\" is declared twice")]
    [InlineData("functions:\n  - name: a\n    module: {echo}\n    directories:\n      - host: no/such/dir\n", 5, "the directory no/such/dir does not exist")]
    [InlineData("functions:\n  - name: a\n    module: {echo}\n  bad indentation: [\n", 4, "not valid YAML")]
    [InlineData("apps:\n  - id: checkout\n    address: ftp://x\nfunctions: []\n", 3, "is not the http:// address of an app port")]
    [InlineData("resources-path: no/such/dir\nfunctions: []\n", 1, "the resources directory no/such/dir does not exist")]
    [InlineData("function:\n  - name: a\n", 1, "unknown key \"function\" (expected one of: functions, resources-path, apps)")]
    public void BadManifestIsRefusedWithFileLineAndReason(string yaml, int line, string problem)
    {
        var directory = Directory.CreateTempSubdirectory("wasmbox-manifest-").FullName;
        var path = Path.Combine(directory, "wasmbox.yaml");
        File.WriteAllText(path, yaml.Replace("{echo}", TestGuests.Path("echo")));
        var error = Assert.Throws<ManifestException>(() => ManifestReader.ReadFile(path));
        Assert.StartsWith($"wasmbox.yaml:{line}: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public async Task AModuleThatCannotBeServedStopsTheStartWithItsLineAndNothingIsServed()
    {
        var manifest = $"""
            functions:
              - name: good
                module: {TestGuests.Path("echo")}
                routes: [/good]
              - name: broken
                module: {TestGuests.Path("library")}
                routes: [/broken]
            """;
        var error = await Assert.ThrowsAsync<ManifestException>(() => TestServer.StartAsync(manifest));
        Assert.Equal(5, error.Line);
        Assert.Contains("function \"broken\"", error.Message);
        Assert.Contains("the module exports no _start function", error.Message);
    }

    [Fact]
    public async Task RouteConflictBetweenFunctionsIsRefused()
    {
        var manifest = $"""
            functions:
              - name: one
                module: {TestGuests.Path("echo")}
                routes: [/users/:id]
              - name: two
                module: {TestGuests.Path("echo")}
                routes: [/users/:name]
            """;
        var error = await Assert.ThrowsAsync<ManifestException>(() => TestServer.StartAsync(manifest));
        Assert.Contains("route \"/users/:name\" of function \"two\" is already served by function \"one\"", error.Message);
    }

    [Fact]
    public async Task AManifestRouteTakenByADeployedFunctionWinsAndTheDeployedFunctionIsNotServed()
    {
        await using var server = await TestServer.StartAsync(null);
        await server.DeployAsync("deployed", TestGuests.Bytes("echo"), """{"routes":["/shared"],"environment":{"SHOW":"WHO","WHO":"deployed"}}""");
        await server.StopAsync();
        File.WriteAllText(Path.Combine(server.Root, "wasmbox.yaml"),
            $"functions:\n  - name: declared\n    module: {TestGuests.Path("echo")}\n    routes: [/shared]\n    environment: {{ SHOW: WHO, WHO: declared }}\n");
        await server.StartAgainAsync(server.Options with { ManifestPath = Path.Combine(server.Root, "wasmbox.yaml") });
        Assert.Equal("WHO=declared\n", await server.Client.GetStringAsync("/shared"));
        Assert.False(server.Registry.Table.Functions.ContainsKey("deployed"));
        Assert.Contains("not served: route \"/shared\" of function \"deployed\" is already served by function \"declared\"", await server.LogsAsync("deployed"));
    }

    [Fact]
    public async Task AnUnchangedManifestKeepsRollbacksAcrossRestartsAndAChangedOneDeploysANewVersion()
    {
        var manifest = $"""
            functions:
              - name: svc
                module: {TestGuests.Path("echo")}
                routes: [/svc]
                environment: {"{"} SHOW: V, V: manifest-one {"}"}
            """;
        await using var server = await TestServer.StartAsync(manifest);
        Assert.Equal("V=manifest-one\n", await server.Client.GetStringAsync("/svc"));
        await server.DeployAsync("svc", TestGuests.Bytes("echo"), """{"routes":["/svc"],"environment":{"SHOW":"V","V":"deployed"}}""");
        Assert.Equal("V=deployed\n", await server.Client.GetStringAsync("/svc"));

        await server.StopAsync();
        await server.StartAgainAsync();
        Assert.Equal("V=deployed\n", await server.Client.GetStringAsync("/svc"));   // the manifest did not change

        await server.StopAsync();
        File.WriteAllText(server.ManifestPath!, File.ReadAllText(server.ManifestPath!).Replace("manifest-one", "manifest-two"));
        await server.StartAgainAsync();
        Assert.Equal("V=manifest-two\n", await server.Client.GetStringAsync("/svc"));
        Assert.Equal(3, server.Registry.Table.Functions["svc"].Version.Version);

        await server.StopAsync();
        File.WriteAllText(server.ManifestPath!, "functions: []\n");
        await server.StartAgainAsync();
        Assert.Empty(server.Registry.Table.Functions);   // dropped from the manifest: no longer served
    }
}
