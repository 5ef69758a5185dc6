using System.Net;
using System.Net.Sockets;
using Wasmbox.Host;
using Wasmbox.Host.Manifest;

namespace Wasmbox.Cli.Commands.Server;

/// <summary>`wasmbox serve`: runs the sidecar with the functions of wasmbox.yaml and those deployed before.</summary>
internal static class ServeCommand
{
    public const string Usage = """
        usage: wasmbox serve [OPTIONS]

        Serves the functions of the manifest (wasmbox.yaml in this directory, when there is one) and
        those deployed through the admin API, each request in a fresh sandboxed instance.
          --config FILE            the manifest (default: ./wasmbox.yaml)
          --listen ADDRESS:PORT    where to listen (default 127.0.0.1:8080; port 0 picks a free one)
          --data-dir DIR           deployed versions, modules, compiled code, admin token (default .wasmbox)
          --resources-path DIR     Dapr component files, as daprd reads them (default: only statestore, SQLite in DIR)
          --watch                  redeploy a manifest function when its module file changes
          --dapr-http-port PORT|off  the Dapr HTTP API for other apps on 127.0.0.1 and ::1 (default
                                   3500, as daprd; off when DAPR_HTTP_PORT says a daprd is beside it)
          --dapr-grpc-port PORT|off  the Dapr gRPC API for other apps, HTTP/2 only, on 127.0.0.1 and
                                   ::1 (default 50001, as daprd; off when DAPR_GRPC_PORT or --dapr says
                                   a daprd is beside it)
          --dapr URL               run as a Dapr app next to the daprd whose HTTP API is at URL:
                                   guests' building blocks go to it, nothing embedded is loaded
                                   (default: DAPR_HTTP_ENDPOINT, or DAPR_HTTP_PORT on 127.0.0.1,
                                   as daprd sets them for its app; otherwise embedded components)
          --dapr-timeout DURATION  how long a function's call may wait for that daprd before it is
                                   answered 504 ERR_DAPR_TIMEOUT (default 5s)
          --app-id ID              this app's Dapr app id (default wasmbox): state key prefix, the
                                   CloudEvent source, the id functions invoke each other by
          --shutdown-grace DURATION  how long requests in flight may finish after SIGTERM (default 10s)
          --max-body SIZE          the largest request body accepted (default 32MiB)
          --app-grpc-listen ADDRESS:PORT  also serve the Dapr gRPC app channel (AppCallback) there,
                                   HTTP/2 only, for daprd run with --app-protocol grpc
                                   --app-port PORT; a port of its own (default: off)
          --metrics on|off         Prometheus metrics at /metrics on the functions' port, without
                                   the admin token (default on)
          --js-snapshots on|off    start js functions' requests from a snapshot taken after the
                                   script's top level ran at deploy (default on; off starts the
                                   engine and runs the script in every request, to compare)
          --log-format text|json   the server's log on stdout as text lines, or one JSON object a
                                   line with a guest's Function, Version and RequestId as fields
                                   (default text; with json, this banner goes to stderr)
        Spans (one per run, one per building-block call) go over OTLP to the collector that
        OTEL_EXPORTER_OTLP_ENDPOINT names (with OTEL_EXPORTER_OTLP_PROTOCOL and the other OTEL_*
        variables); without it none are made.
        The admin API (/admin/v1) needs the token in WASMBOX_ADMIN_TOKEN, or the one made on first
        start in DIR/admin-token (mode 0600), where `wasmbox deploy` and the other verbs find it.
        """;

    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        // daprd's default ports, unless a daprd beside this server already answers the Dapr API
        // (its sidecar injector sets DAPR_HTTP_PORT and DAPR_GRPC_PORT for the app).
        var options = new ServeOptions { DaprSidecar = SidecarFromEnvironment(), JsEngine = JsEngineFromEnvironment() };
        options = options with
        {
            DaprHttpPort = options.DaprSidecar is null ? 3500 : null,
            DaprGrpcPort = options.DaprSidecar is null && Environment.GetEnvironmentVariable("DAPR_GRPC_PORT") is not { Length: > 0 } ? 50001 : null,
        };
        var daprPortGiven = false;
        var daprGrpcPortGiven = false;
        string? config = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            string? Value() => i + 1 < arguments.Count ? arguments[++i] : null;
            switch (argument)
            {
                case "-h" or "--help":
                    output.WriteLine(Usage);
                    return 0;
                case "--config" or "-c":
                    config = Value() ?? "";
                    break;
                case "--listen":
                    var listen = Value() ?? "";
                    if (!IPEndPoint.TryParse(listen, out var endpoint) || !listen.Contains(':'))
                        return Usage2(error, $"--listen \"{listen}\" is not ADDRESS:PORT (e.g. 127.0.0.1:8080, [::1]:8080, 0.0.0.0:80)");
                    options = options with { Listen = endpoint };
                    break;
                case "--app-grpc-listen":
                    var grpcListen = Value() ?? "";
                    if (!IPEndPoint.TryParse(grpcListen, out var grpcEndpoint) || !grpcListen.Contains(':'))
                        return Usage2(error, $"--app-grpc-listen \"{grpcListen}\" is not ADDRESS:PORT (e.g. 127.0.0.1:50051, [::1]:50051, 0.0.0.0:50051)");
                    options = options with { AppGrpcListen = grpcEndpoint };
                    break;
                case "--data-dir":
                    options = options with { DataDirectory = Value() ?? "" };
                    break;
                case "--resources-path":
                    options = options with { ResourcesPath = Value() ?? "" };
                    break;
                case "--watch":
                    options = options with { Watch = true };
                    break;
                case "--dapr-http-port":
                    var daprPort = Value() ?? "";
                    if (daprPort == "off") { options = options with { DaprHttpPort = null }; daprPortGiven = true; break; }
                    if (!int.TryParse(daprPort, out var port) || port is < 0 or > 65535) return Usage2(error, $"--dapr-http-port \"{daprPort}\" is not a port (or off)");
                    options = options with { DaprHttpPort = port };
                    daprPortGiven = true;
                    break;
                case "--dapr-grpc-port":
                    var daprGrpcPort = Value() ?? "";
                    daprGrpcPortGiven = true;
                    if (daprGrpcPort == "off") { options = options with { DaprGrpcPort = null }; break; }
                    if (!int.TryParse(daprGrpcPort, out var grpcPort) || grpcPort is < 0 or > 65535) return Usage2(error, $"--dapr-grpc-port \"{daprGrpcPort}\" is not a port (or off)");
                    options = options with { DaprGrpcPort = grpcPort };
                    break;
                case "--dapr":
                    var sidecar = Value() ?? "";
                    if (!Uri.TryCreate(sidecar, UriKind.Absolute, out var sidecarUri) || sidecarUri.Scheme is not ("http" or "https"))
                        return Usage2(error, $"--dapr \"{sidecar}\" is not the http:// address of daprd's HTTP API (e.g. http://127.0.0.1:3500)");
                    // Next to a daprd, daprd answers both Dapr APIs: the ports are off unless given (which Create refuses).
                    options = options with
                    {
                        DaprSidecar = sidecarUri,
                        DaprHttpPort = daprPortGiven ? options.DaprHttpPort : null,
                        DaprGrpcPort = daprGrpcPortGiven ? options.DaprGrpcPort : null,
                    };
                    break;
                case "--app-id":
                    var appId = Value() ?? "";
                    if (!System.Text.RegularExpressions.Regex.IsMatch(appId, "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"))
                        return Usage2(error, $"--app-id \"{appId}\" is not an app id (letters, digits, '.', '_' and '-', as Dapr takes them)");
                    options = options with { AppId = appId };
                    break;
                case "--dapr-timeout":
                    var wait = Value() ?? "";
                    if (!LimitValues.TryParseDuration(wait, out var daprTimeout) || daprTimeout <= TimeSpan.Zero) return Usage2(error, $"--dapr-timeout \"{wait}\" is not a duration (e.g. 5s)");
                    options = options with { DaprTimeout = daprTimeout };
                    break;
                case "--shutdown-grace":
                    var grace = Value() ?? "";
                    if (!LimitValues.TryParseDuration(grace, out var duration)) return Usage2(error, $"--shutdown-grace \"{grace}\" is not a duration (e.g. 10s)");
                    options = options with { ShutdownGrace = duration };
                    break;
                case "--metrics":
                    var metrics = Value() ?? "";
                    if (metrics is not ("on" or "off")) return Usage2(error, $"--metrics \"{metrics}\" is not on or off");
                    options = options with { Metrics = metrics == "on" };
                    break;
                case "--js-snapshots":
                    var snapshots = Value() ?? "";
                    if (snapshots is not ("on" or "off")) return Usage2(error, $"--js-snapshots \"{snapshots}\" is not on or off");
                    options = options with { JsSnapshots = snapshots == "on" };
                    break;
                case "--log-format":
                    var format = Value() ?? "";
                    if (format is not ("text" or "json")) return Usage2(error, $"--log-format \"{format}\" is not text or json");
                    options = options with { LogFormat = format == "json" ? Wasmbox.Host.Logs.LogFormat.Json : Wasmbox.Host.Logs.LogFormat.Text };
                    break;
                case "--max-body":
                    var size = Value() ?? "";
                    if (!LimitValues.TryParseSize(size, out var bytes) || bytes == 0 || bytes > int.MaxValue) return Usage2(error, $"--max-body \"{size}\" is not a size up to 2GiB (e.g. 32MiB)");
                    options = options with { MaxRequestBodyBytes = (long)bytes };
                    break;
                default:
                    return Usage2(error, $"unknown option {argument}");
            }
        }
        if (options.DataDirectory.Length == 0) return Usage2(error, "--data-dir needs a directory");
        if (config is not null)
        {
            if (!File.Exists(config)) return Fail(error, $"the manifest {config} does not exist");
            options = options with { ManifestPath = config };
        }
        else if (File.Exists("wasmbox.yaml")) options = options with { ManifestPath = "wasmbox.yaml" };

        // daprd's default ports are a convenience, not something asked for: when a daprd or another
        // wasmbox has one, serve the functions anyway and say which API is off and how to move it.
        if (options.DaprHttpPort is { } defaultHttpPort && !daprPortGiven && !LoopbackPortFree(defaultHttpPort))
        {
            error.WriteLine($"wasmbox: port {defaultHttpPort} is taken (a daprd or another wasmbox?): the Dapr HTTP API for other apps is off; give --dapr-http-port PORT to serve it on another port");
            options = options with { DaprHttpPort = null };
        }
        if (options.DaprGrpcPort is { } defaultGrpcPort && !daprGrpcPortGiven && !LoopbackPortFree(defaultGrpcPort))
        {
            error.WriteLine($"wasmbox: port {defaultGrpcPort} is taken (a daprd or another wasmbox?): the Dapr gRPC API for other apps is off; give --dapr-grpc-port PORT to serve it on another port");
            options = options with { DaprGrpcPort = null };
        }

        WasmboxServer server;
        try
        {
            server = WasmboxServer.Create(options);
        }
        catch (ManifestException e) { return Fail(error, e.Message); }
        catch (InvalidDataException e) { return Fail(error, $"the data directory {options.DataDirectory} cannot be loaded: {e.Message}"); }
        catch (Wasmbox.Host.Storage.DataDirectoryInUseException e) { return Fail(error, e.Message); }
        catch (Wasmbox.Dapr.Components.ComponentException e) { return Fail(error, $"component refused: {e.Message}"); }
        catch (ArgumentException e) { return Fail(error, e.Message); }

        try
        {
            try
            {
                server.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                var addresses = string.Join(", ", new[]
                {
                    options.Listen.ToString(), options.AppGrpcListen?.ToString(),
                    options.DaprHttpPort is { } p ? $"localhost:{p} (the Dapr API)" : null,
                    options.DaprGrpcPort is { } g ? $"localhost:{g} (the Dapr gRPC API)" : null,
                }.OfType<string>());
                // The default ports are daprd's, so the likeliest holder of one is a daprd or another wasmbox.
                var defaults = new[]
                {
                    options.DaprHttpPort is not null && !daprPortGiven ? "--dapr-http-port (3500)" : null,
                    options.DaprGrpcPort is not null && !daprGrpcPortGiven ? "--dapr-grpc-port (50001)" : null,
                }.OfType<string>().ToList();
                var hint = defaults.Count > 0 ? $"; if a daprd or another wasmbox has daprd's ports, give {string.Join(" and ", defaults)} PORT or off" : "";
                return Fail(error, $"cannot listen on {addresses}: {e.Message}{hint}");
            }
            // With a JSON log on stdout, a collector reads every line there as JSON: the banner is for people.
            Announce(server, options, options.LogFormat == Wasmbox.Host.Logs.LogFormat.Json ? error : output);
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
            return 0;
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// Whether nothing listens on 127.0.0.1:PORT now: a connect probe, not a bind, since a bind can
    /// fail on the connections a stopped server left in TIME_WAIT, which Kestrel's own bind allows.
    /// </summary>
    /// <summary>
    /// WASMBOX_JS_ENGINE names a built wasmbox-js.wasm (an image, an install); otherwise the checkout
    /// this CLI was built in (./wasmbox puts it in .build/cli) builds one from runtime/js on first use.
    /// </summary>
    private static Wasmbox.Host.Js.JsEngineSource? JsEngineFromEnvironment() =>
        Environment.GetEnvironmentVariable("WASMBOX_JS_ENGINE") is { Length: > 0 } path
            ? new Wasmbox.Host.Js.JsEngineSource(Path.GetFullPath(path))
            : Wasmbox.Host.Js.JsEngineSource.FromCheckout(AppContext.BaseDirectory) ?? Wasmbox.Host.Js.JsEngineSource.FromCheckout(Environment.CurrentDirectory);

    private static bool LoopbackPortFree(int port)
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            return !probe.ConnectAsync(IPAddress.Loopback, port).Wait(TimeSpan.FromSeconds(1));
        }
        catch (AggregateException e) when (e.InnerException is SocketException) { return true; }
    }

    /// <summary>daprd tells its app where it is: DAPR_HTTP_ENDPOINT, or DAPR_HTTP_PORT on loopback.</summary>
    private static Uri? SidecarFromEnvironment()
    {
        if (Environment.GetEnvironmentVariable("DAPR_HTTP_ENDPOINT") is { Length: > 0 } endpoint && Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)) return uri;
        return Environment.GetEnvironmentVariable("DAPR_HTTP_PORT") is { Length: > 0 } port && int.TryParse(port, out var number) && number is > 0 and < 65536
            ? new Uri($"http://127.0.0.1:{number}/")
            : null;
    }

    private static void Announce(WasmboxServer server, ServeOptions options, TextWriter output)
    {
        var functions = server.Registry.Table.Functions.Values.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var address = server.Address.ToString().TrimEnd('/');
        output.WriteLine($"wasmbox: serving {functions.Count} function{(functions.Count == 1 ? "" : "s")} on {address}{(options.ManifestPath is { } m ? $" (manifest {m})" : "")}");
        foreach (var function in functions)
        {
            var triggers = function.Spec.Routes.Select(r => address + r)
                .Concat(function.Spec.Subscriptions.Select(t => $"(topic {t.PubSub}/{t.Topic})")).ToList();
            var routes = triggers.Count == 0 ? "(no routes: wasmbox invoke only)" : string.Join(" ", triggers);
            output.WriteLine($"  {function.Name,-14} v{function.Version.Version,-3} {function.Spec.Executor.ToString().ToLowerInvariant(),-8} {routes}");
        }
        foreach (var name in server.Registry.Deferred.Distinct().Order(StringComparer.Ordinal))
            output.WriteLine($"  {name,-14} --   js       not served yet: the JavaScript engine is being built (a minute or more; served once it is)");
        if (server.AppGrpcAddress is { } grpc)
            output.WriteLine($"wasmbox: Dapr gRPC app channel (AppCallback, HTTP/2 only) on {grpc.ToString().TrimEnd('/')}");
        if (options.DaprSidecar is { } sidecar)
            output.WriteLine($"wasmbox: a Dapr app next to daprd at {sidecar.ToString().TrimEnd('/')}: building blocks go to it (app id {options.AppId})");
        if (server.DaprHttpAddress is { } dapr)
            output.WriteLine($"wasmbox: the Dapr API for other apps on {dapr.ToString().TrimEnd('/')} (state, publish, secrets, bindings, invoke, metadata)");
        if (server.DaprGrpcAddress is { } daprGrpc)
            output.WriteLine($"wasmbox: the Dapr gRPC API for other apps on {daprGrpc.ToString().TrimEnd('/')} (HTTP/2 only; state, publish, secrets, bindings, invoke, metadata)");
        output.WriteLine($"wasmbox: admin API at {address}/admin/v1, token from {server.AdminToken.Source}; data in {Path.GetFullPath(options.DataDirectory)}");
        // A function routed at / (or /...) keeps /, and the dashboard is at /admin/ only.
        output.WriteLine($"wasmbox: dashboard at {address}{(server.Registry.Table.Routes.Match("/") is null ? "/" : "/admin/")} (open it with the admin token)");
        output.Flush();
    }

    private static int Usage2(TextWriter error, string message)
    {
        error.WriteLine($"wasmbox: {message}");
        error.WriteLine(Usage);
        return 2;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"wasmbox: {message}");
        return 1;
    }
}
