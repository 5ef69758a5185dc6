using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wasmbox.Host.Admin;
using Wasmbox.Host.Executors;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Limits;
using Wasmbox.Host.Logs;
using Wasmbox.Host.Manifest;
using Wasmbox.Host.Storage;

namespace Wasmbox.Host;

/// <summary>
/// `wasmbox serve`: one Kestrel server for the functions' routes, the admin API, the health
/// endpoints and the HTTP app channel, plus, each on an endpoint of its own when configured, the
/// gRPC app channel (<see cref="ServeOptions.AppGrpcListen"/>) and the Dapr HTTP and gRPC APIs for
/// other apps (<see cref="ServeOptions.DaprHttpPort"/>, <see cref="ServeOptions.DaprGrpcPort"/>). Everything it serves is loaded and checked before it listens: a bad manifest or
/// damaged stored state stops the start with the reason, never a half-configured server.
/// </summary>
public sealed class WasmboxServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ModuleWatcher? watcher;

    private WasmboxServer(WebApplication app, ModuleWatcher? watcher)
    {
        this.app = app;
        this.watcher = watcher;
    }

    public IServiceProvider Services => app.Services;
    public FunctionRegistry Registry => app.Services.GetRequiredService<FunctionRegistry>();
    public AdminToken AdminToken => app.Services.GetRequiredService<AdminToken>();

    /// <summary>The address the server listens on (with the real port when 0 was asked for).</summary>
    public Uri Address => ListenEndpoints.AddressOf(app.Services.GetRequiredService<ListenEndpoints>().Http);

    /// <summary>The address of the Dapr HTTP API (with the real port when 0 was asked for), or null when it is off.</summary>
    public Uri? DaprHttpAddress => app.Services.GetRequiredService<ListenEndpoints>().DaprHttpPort is { } port ? new Uri($"http://127.0.0.1:{port}/") : null;

    /// <summary>The address of the Dapr gRPC API (with the real port when 0 was asked for), or null when it is off.</summary>
    public Uri? DaprGrpcAddress => app.Services.GetRequiredService<ListenEndpoints>().DaprGrpcPort is { } port ? new Uri($"http://127.0.0.1:{port}/") : null;

    /// <summary>The address of the gRPC app channel (with the real port when 0 was asked for), or null when it is off.</summary>
    public Uri? AppGrpcAddress => app.Services.GetRequiredService<ListenEndpoints>().AppGrpc is { } grpc ? ListenEndpoints.AddressOf(grpc) : null;

    /// <summary>Reads the manifest, loads everything, and builds the server (not yet listening).</summary>
    /// <exception cref="ManifestException">the manifest is refused</exception>
    /// <exception cref="InvalidDataException">stored state cannot be loaded</exception>
    /// <exception cref="ArgumentException">two endpoints would share a port</exception>
    public static WasmboxServer Create(ServeOptions options, Action<ILoggingBuilder>? logging = null)
    {
        CheckPortsApart(options);
        if (options.DaprSidecar is not null && options.DaprHttpPort is not null)
            throw new ArgumentException("next to a daprd, daprd serves the Dapr API: --dapr-http-port must be off");
        if (options.DaprSidecar is not null && options.DaprGrpcPort is not null)
            throw new ArgumentException("next to a daprd, daprd serves the Dapr API: --dapr-grpc-port must be off");
        var document = options.ManifestPath is { } path ? ManifestReader.ReadDocument(path) : null;
        var manifest = document?.Functions;
        var manifestResources = document?.ResourcesPath;
        // --resources-path wins over the manifest's resources-path.
        var resourcesPath = options.ResourcesPath ?? manifestResources;
        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Logging.ClearProviders();
        if (logging is null) ServerConsoleLog.Add(builder.Logging, options.LogFormat);
        else logging(builder.Logging);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        // With this category enabled at any level ASP.NET Core makes an Activity for every request, for
        // log scopes no one reads (runs have their own spans): about 2% of a small function's CPU.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);

        var endpoints = new ListenEndpoints();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            ListenOptions? http = null, grpc = null;
            kestrel.Listen(options.Listen, listen => http = listen);
            // daprd and the .NET gRPC client speak h2c with prior knowledge: a cleartext endpoint
            // that also takes HTTP/1.1 cannot negotiate HTTP/2, so this one takes HTTP/2 only.
            if (options.AppGrpcListen is { } grpcEndpoint) kestrel.Listen(grpcEndpoint, listen => { listen.Protocols = HttpProtocols.Http2; grpc = listen; });
            endpoints.Configured(http!, grpc);
            // The Dapr API is for apps on this machine only, as daprd's: loopback, both families.
            if (options.DaprHttpPort is 0) kestrel.Listen(IPAddress.Loopback, 0, listen => endpoints.ConfiguredDaprHttp(0, listen));
            else if (options.DaprHttpPort is { } daprPort)
            {
                kestrel.ListenLocalhost(daprPort);
                endpoints.ConfiguredDaprHttp(daprPort, null);
            }
            // The Dapr gRPC API likewise, and HTTP/2 only as the gRPC app channel is.
            if (options.DaprGrpcPort is 0) kestrel.Listen(IPAddress.Loopback, 0, listen => { listen.Protocols = HttpProtocols.Http2; endpoints.ConfiguredDaprGrpc(0, listen); });
            else if (options.DaprGrpcPort is { } daprGrpcPort)
            {
                kestrel.ListenLocalhost(daprGrpcPort, listen => listen.Protocols = HttpProtocols.Http2);
                endpoints.ConfiguredDaprGrpc(daprGrpcPort, null);
            }
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = options.MaxRequestHeadersBytes;
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownGrace);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = options.MaxRequestBodyBytes);

        var store = new FunctionStore(dataDirectory);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(endpoints);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(AdminToken.Resolve(options.AdminToken, dataDirectory));
        builder.Services.AddSingleton(new EngineSet(Path.Combine(dataDirectory, "cache")));
        // Next to a daprd the components are its own: nothing embedded is opened (no stores, no
        // pub/sub loops); daprd delivers events through the app channel.
        var components = options.DaprSidecar is null
            ? Wasmbox.Dapr.Components.ComponentSet.Load(resourcesPath, dataDirectory, options.AppId)
            : new Wasmbox.Dapr.Components.ComponentSet([]);
        builder.Services.AddSingleton(components);
        builder.Services.AddSingleton<Invocation.LoopbackHttp>();
        builder.Services.AddSingleton(new Invocation.AppDirectory(document?.Apps ?? []));
        builder.Services.AddSingleton<Invocation.ServiceInvoker>();
        builder.Services.AddSingleton<Wasmbox.Dapr.Api.IServiceInvoker>(sp => sp.GetRequiredService<Invocation.ServiceInvoker>());
        builder.Services.AddSingleton<Invocation.AppSubscriber>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Invocation.AppSubscriber>());
        builder.Services.AddSingleton(sp => new Wasmbox.Dapr.Api.DaprRouter(components, options.AppId, sp.GetRequiredService<Wasmbox.Dapr.Api.IServiceInvoker>()));
        builder.Services.AddSingleton<Wasmbox.Dapr.Api.IDaprApi>(sp => options.DaprSidecar is { } sidecar
            ? new DaprApi.DaprSidecarApi(sidecar, options.DaprApiToken, options.DaprTimeout)
            : sp.GetRequiredService<Wasmbox.Dapr.Api.DaprRouter>());
        builder.Services.AddSingleton<Capabilities.OutboundHttp>();
        builder.Services.AddSingleton<Capabilities.DaprCapability>();
        builder.Services.AddSingleton(sp => new Js.JsEngine(options.JsEngine, sp.GetRequiredService<ILogger<Js.JsEngine>>()));
        builder.Services.AddSingleton<Js.JsScriptCheck>();
        builder.Services.AddSingleton<Js.JsSnapshots>();
        builder.Services.AddSingleton(sp => new FunctionLoader(sp.GetRequiredService<EngineSet>(), options.DefaultLimits, sp.GetRequiredService<Capabilities.DaprCapability>(),
            sp.GetRequiredService<Js.JsEngine>(), sp.GetRequiredService<Js.JsScriptCheck>(), sp.GetRequiredService<Js.JsSnapshots>()));
        builder.Services.AddSingleton<FunctionLogs>();
        builder.Services.AddSingleton<FunctionRegistry>();
        builder.Services.AddSingleton(_ => new DeadlineWatchdog());
        builder.Services.AddSingleton<GuestThreads>();
        builder.Services.AddSingleton<GuestRunner>();
        builder.Services.AddSingleton<CommandExecutor>();
        builder.Services.AddSingleton<CgiExecution>();
        builder.Services.AddSingleton<WagiExecutor>();
        builder.Services.AddSingleton<JsExecutor>();
        builder.Services.AddSingleton<Telemetry.InvocationJournal>();
        Telemetry.ServerTelemetry.Add(builder.Services, options);
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddSingleton<Triggers.TriggerRunner>();
        builder.Services.AddSingleton<Triggers.PubSubTrigger>();
        builder.Services.AddSingleton<Triggers.BindingTrigger>();
        builder.Services.AddSingleton<AppChannel.AppSubscriptions>();
        if (options.AppGrpcListen is not null) AppChannel.Grpc.GrpcAppChannel.AddGrpcAppChannel(builder.Services, options);
        builder.Services.AddSingleton<DaprApi.DaprMetadata>();
        builder.Services.AddSingleton<DaprApi.SidecarShutdown>();
        builder.Services.AddSingleton<DaprApi.DaprHttpApi>();
        if (options.DaprGrpcPort is not null) DaprApi.Grpc.DaprGrpcApi.AddDaprGrpcApi(builder.Services, options);

        var app = builder.Build();
        Telemetry.ServerTelemetry.Map(app, options);   // before the manifest's deploys, so their compile times are counted
        var registry = app.Services.GetRequiredService<FunctionRegistry>();
        registry.Start(manifest);
        app.Services.GetRequiredService<Triggers.PubSubTrigger>();   // subscribes the functions that subscribe
        var bindings = app.Services.GetRequiredService<Triggers.BindingTrigger>();   // starts the embedded input bindings functions name
        var appToken = options.AppApiToken is { } token ? new Admin.FixedTimeSecret(token) : null;

        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", () => lifetime.ApplicationStopping.IsCancellationRequested
            ? Results.Text("draining\n", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Text("ready\n"));
        app.MapAdminApi(app.Services.GetRequiredService<AdminToken>());
        Dashboard.DashboardEndpoints.MapDashboard(app, registry);
        AppChannel.AppChannelEndpoints.MapAppChannel(app, options);
        if (options.AppGrpcListen is not null) AppChannel.Grpc.GrpcAppChannel.MapGrpcAppChannel(app, endpoints);
        if (options.DaprHttpPort is not null) DaprApi.DaprHttpApi.Map(app, endpoints);
        if (options.DaprGrpcPort is not null) DaprApi.Grpc.DaprGrpcApi.MapDaprGrpcApi(app, endpoints);
        var invoker = app.Services.GetRequiredService<FunctionInvoker>();
        app.MapFallback("{**path}", async context =>
        {
            if (await AppChannel.InputBindingEndpoint.TryHandleAsync(context, bindings, appToken).ConfigureAwait(false)) return;
            var match = registry.Table.Routes.Match(context.Request.Path.Value ?? "/");
            if (match is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await OutcomeResponses.Text(context, $"no function serves {context.Request.Path}").ConfigureAwait(false);
                return;
            }
            await invoker.InvokeAsync(context, match.Target, match).ConfigureAwait(false);
        });

        var watcher = options.Watch && manifest is not null ? new ModuleWatcher(manifest, registry, app.Services.GetRequiredService<FunctionLogs>()) : null;
        return new WasmboxServer(app, watcher);
    }

    /// <summary>
    /// One port, one endpoint: which endpoint a connection came in on is told by its local port
    /// alone, so no two of them may be given the same one (0, a free port each, is always apart).
    /// </summary>
    private static void CheckPortsApart(ServeOptions options)
    {
        var ports = new (string Name, int? Port)[]
        {
            ("the HTTP port (--listen)", options.Listen.Port),
            ("the gRPC app channel (--app-grpc-listen)", options.AppGrpcListen?.Port),
            ("the Dapr HTTP API (--dapr-http-port)", options.DaprHttpPort),
            ("the Dapr gRPC API (--dapr-grpc-port)", options.DaprGrpcPort),
        };
        var given = ports.Where(p => p.Port is > 0).ToList();
        for (var i = 0; i < given.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (given[i].Port == given[j].Port)
                    throw new ArgumentException($"{given[i].Name} needs a port of its own: {given[i].Port} is also {given[j].Name}");
            }
        }
    }

    /// <summary>Listens; then js functions waiting for the JavaScript engine are served once it is built, in the background.</summary>
    public async Task StartAsync(CancellationToken cancellation = default)
    {
        await app.StartAsync(cancellation).ConfigureAwait(false);
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        if (Registry.Deferred.Count == 0) return;
        var registry = Registry;
        _ = Task.Run(async () =>
        {
            try
            {
                await registry.ServeDeferredAsync(stopping).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                // The server stopped while the engine was being built; the next start serves them.
            }
        }, CancellationToken.None);
    }

    /// <summary>After <see cref="StartAsync"/>: serves until SIGTERM or Ctrl-C, then stops accepting, lets requests in flight finish within the grace period, and returns.</summary>
    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public Task StopAsync() => app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        watcher?.Dispose();
        // The store and the components were made before the container, which does not dispose what it did not make.
        var store = app.Services.GetRequiredService<FunctionStore>();
        var components = app.Services.GetRequiredService<Wasmbox.Dapr.Components.ComponentSet>();
        await app.DisposeAsync().ConfigureAwait(false);
        await components.DisposeAsync().ConfigureAwait(false);
        store.Dispose();
    }
}
