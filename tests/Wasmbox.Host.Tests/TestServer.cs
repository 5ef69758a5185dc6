using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Wasmbox.Host.Functions;

namespace Wasmbox.Host.Tests;

/// <summary>
/// A real `wasmbox serve` on a free loopback port, with its own data directory and manifest, as a
/// user runs it: Kestrel, the admin token file, SQLite. Restart keeps the data directory.
/// </summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly string root;
    private WasmboxServer? server;

    private TestServer(string root, string? manifest, ServeOptions options, int listenPort)
    {
        this.root = root;
        ManifestPath = manifest is null ? null : System.IO.Path.Combine(root, "wasmbox.yaml");
        if (manifest is not null) File.WriteAllText(ManifestPath!, manifest);
        Options = options with
        {
            ManifestPath = ManifestPath,
            DataDirectory = System.IO.Path.Combine(root, "data"),
            // A relative resources path means the test's own directory, not the process's.
            ResourcesPath = options.ResourcesPath is { } resources ? System.IO.Path.Combine(root, resources) : null,
            Listen = new IPEndPoint(IPAddress.Loopback, listenPort),
        };
    }

    public ServeOptions Options { get; private set; }
    public string? ManifestPath { get; }
    public string Root => root;
    public WasmboxServer Server => server ?? throw new InvalidOperationException("not started");
    public HttpClient Client { get; private set; } = new();
    public HttpClient Admin { get; private set; } = new();
    public string DataDirectory => Options.DataDirectory;
    public string Token => Options.AdminToken ?? File.ReadAllText(System.IO.Path.Combine(DataDirectory, "admin-token")).Trim();

    /// <summary>Starts a server over <paramref name="manifest"/> (YAML; "{dir}" stands for a fresh directory to put files in).</summary>
    public static async Task<TestServer> StartAsync(string? manifest, ServeOptions? options = null, Action<string>? prepare = null, int listenPort = 0)
    {
        var root = Directory.CreateTempSubdirectory("wasmbox-serve-test-").FullName;
        prepare?.Invoke(root);
        var test = new TestServer(root, manifest?.Replace("{dir}", root), options ?? new ServeOptions(), listenPort);
        await test.StartAgainAsync();
        return test;
    }

    /// <summary>Starts (again, after <see cref="StopAsync"/>) over the same data directory.</summary>
    public async Task StartAgainAsync(ServeOptions? changed = null)
    {
        if (changed is not null) Options = changed;
        server = WasmboxServer.Create(Options, logging => logging.SetMinimumLevel(LogLevel.Warning));
        await server.StartAsync();
        var address = server.Address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        Admin = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public async Task StopAsync()
    {
        if (server is null) return;
        await server.StopAsync();
        await server.DisposeAsync();
        server = null;
        Client.Dispose();
        Admin.Dispose();
    }

    public FunctionRegistry Registry => Server.Registry;

    /// <summary>Deploys through the admin API as the CLI does; returns the response.</summary>
    public async Task<HttpResponseMessage> DeployAsync(string name, byte[] module, string? specJson = null)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(module), "module", name + ".wasm");
        if (specJson is not null) form.Add(new StringContent(specJson), "spec");
        return await Admin.PutAsync($"admin/v1/functions/{name}", form);
    }

    public async Task<string> LogsAsync(string name) => await Admin.GetStringAsync($"admin/v1/functions/{name}/logs?lines=2000");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
