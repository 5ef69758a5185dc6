using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wasmbox.Cli.Commands.Server;

/// <summary>The verbs that talk to a running `wasmbox serve` over its admin API: deploy, list, invoke, logs, rollback, delete.</summary>
internal static class ClientCommands
{
    public const string Usage = """
        usage:
          wasmbox deploy NAME MODULE [OPTIONS]     deploy MODULE as a new version of NAME (refused modules change nothing)
              --route ROUTE            a route: /exact, /users/:id, /prefix/... (repeatable)
              --executor command|wagi|js  how requests reach the guest (default command; js: MODULE is a .js file)
              --env NAME=VALUE         an environment variable (repeatable)
              --dir HOST[::GUEST]      a server directory, read-write (repeatable); --dir-ro for read-only
              --allow-host HOST        a host outbound HTTP may reach, once functions have it (repeatable)
              --content-type TYPE      the response type of a command function (default text/plain; charset=utf-8)
              --memory SIZE  --fuel N  --timeout DURATION  --max-instances N  --queue N  --stack SIZE
          wasmbox list                             the functions served, with version, executor and routes
          wasmbox invoke NAME [--data TEXT|@FILE] [--header NAME:VALUE]...   call a function, print its response
          wasmbox logs NAME [--follow] [--lines N] its guest's stderr and what the server did with it
          wasmbox rollback NAME [--to VERSION]     serve an earlier version again (default: the one before)
          wasmbox delete NAME                      stop serving NAME (its versions are kept)
        Every verb takes --server URL (default $WASMBOX_SERVER or http://127.0.0.1:8080) and finds the
        admin token in $WASMBOX_TOKEN, $WASMBOX_ADMIN_TOKEN or DIR/admin-token (--data-dir DIR, default .wasmbox).
        """;

    /// <param name="stdio">where `invoke` reads --data @- and writes the response body (bytes, not text)</param>
    public static int Run(string verb, IReadOnlyList<string> arguments, TextWriter output, TextWriter error, GuestStdio stdio)
    {
        var rest = arguments.ToList();
        if (rest.Contains("-h") || rest.Contains("--help"))
        {
            output.WriteLine(Usage);
            return 0;
        }
        using var client = AdminClient.Create(rest, out var problem);
        if (client is null) return Fail(error, problem!, 2);
        try
        {
            return verb switch
            {
                "deploy" => Deploy(client, rest, output, error),
                "list" => List(client, rest, output, error),
                "invoke" => Invoke(client, rest, output, error, stdio),
                "logs" => Logs(client, rest, output, error),
                "rollback" => Rollback(client, rest, output, error),
                "delete" => Delete(client, rest, output, error),
                _ => Fail(error, $"unknown command {verb}", 2),
            };
        }
        catch (HttpRequestException e)
        {
            return Fail(error, $"cannot reach the server at {client.Http.BaseAddress}: {e.Message} (is `wasmbox serve` running? --server or WASMBOX_SERVER name another)", 1);
        }
    }

    private static string Size(long bytes) => bytes >= 1 << 20 ? $"{bytes / 1048576.0:0.0} MiB" : $"{bytes / 1024.0:0} KiB";

    private static int Deploy(AdminClient client, List<string> rest, TextWriter output, TextWriter error)
    {
        var spec = new JsonObject();
        var routes = new JsonArray();
        var environment = new JsonObject();
        var directories = new JsonArray();
        var hosts = new JsonArray();
        var limits = new JsonObject();
        var positional = new List<string>();
        for (var i = 0; i < rest.Count; i++)
        {
            var option = rest[i];
            if (!option.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(option);
                continue;
            }
            if (i + 1 >= rest.Count) return Fail(error, $"{option} needs a value", 2);
            var value = rest[++i];
            switch (option)
            {
                case "--route": routes.Add(value); break;
                case "--executor": spec["executor"] = value; break;
                case "--content-type": spec["contentType"] = value; break;
                case "--allow-host": hosts.Add(value); break;
                case "--env":
                    var equals = value.IndexOf('=');
                    if (equals <= 0) return Fail(error, $"--env {value}: expected NAME=VALUE", 2);
                    environment[value[..equals]] = value[(equals + 1)..];
                    break;
                case "--dir" or "--dir-ro":
                    var separator = value.IndexOf("::", StringComparison.Ordinal);
                    var host = separator < 0 ? value : value[..separator];
                    var guest = separator < 0 ? value : value[(separator + 2)..];
                    // The server opens the directory: a relative path means this shell's directory.
                    directories.Add(new JsonObject { ["host"] = Path.GetFullPath(host), ["guest"] = guest, ["readOnly"] = option == "--dir-ro" });
                    break;
                case "--memory" or "--stack":
                    if (!LimitValues.TryParseSize(value, out var bytes)) return Fail(error, $"{option} \"{value}\" is not a size (e.g. 64MiB)", 2);
                    limits[option == "--memory" ? "memory" : "stack"] = bytes;
                    break;
                case "--timeout":
                    if (!LimitValues.TryParseDuration(value, out var timeout) || timeout <= TimeSpan.Zero) return Fail(error, $"--timeout \"{value}\" is not a duration (e.g. 5s)", 2);
                    limits["timeout"] = $"{timeout.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}ms";
                    break;
                case "--fuel" or "--max-instances" or "--queue":
                    if (!ulong.TryParse(value, out var number)) return Fail(error, $"{option} \"{value}\" is not a whole number", 2);
                    limits[option switch { "--fuel" => "fuel", "--max-instances" => "maxInstances", _ => "queue" }] = number;
                    break;
                default: return Fail(error, $"unknown option {option}", 2);
            }
        }
        if (positional.Count != 2) return Fail(error, "usage: wasmbox deploy NAME MODULE [OPTIONS] (see wasmbox deploy --help)", 2);
        var (name, modulePath) = (positional[0], positional[1]);
        if (modulePath.EndsWith(".js", StringComparison.OrdinalIgnoreCase) && !spec.ContainsKey("executor"))
            return Fail(error, $"{modulePath} is a JavaScript file: deploy it with --executor js", 2);
        if (routes.Count > 0) spec["routes"] = routes;
        if (environment.Count > 0) spec["environment"] = environment;
        if (directories.Count > 0) spec["directories"] = directories;
        if (hosts.Count > 0) spec["allowedHosts"] = hosts;
        if (limits.Count > 0) spec["limits"] = limits;
        byte[] module;
        try
        {
            module = File.ReadAllBytes(modulePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Fail(error, $"cannot read {modulePath}: {e.Message}", 1); }

        using var form = new MultipartFormDataContent();
        using var progress = TerminalProgress.For(error, $"deploy {name}: uploading {Path.GetFileName(modulePath)}");
        var file = new UploadProgressContent(module, (sent, total) =>
            progress?.Report(sent < total
                ? $"deploy {name}: uploading {Path.GetFileName(modulePath)}, {Size(sent)} of {Size(total)}"
                : $"deploy {name}: uploaded {Size(total)}; the server is compiling it"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/wasm");
        form.Add(file, "module", Path.GetFileName(modulePath));
        form.Add(new StringContent(spec.ToJsonString(), Encoding.UTF8, "application/json"), "spec");
        var put = client.Http.PutAsync($"admin/v1/functions/{AdminClient.Escape(name)}", form);
        using var response = put.GetAwaiter().GetResult();
        progress?.Dispose();   // the status line goes before the result is printed
        if (!response.IsSuccessStatusCode) return Refused(response, error);
        var deployed = Json(response);
        output.WriteLine($"deployed {deployed["name"]} version {deployed["version"]} ({deployed["module"]?["size"]} bytes, sha256 {deployed["module"]?["hash"]?.ToString()[..12]}, compiled in {deployed["compileMilliseconds"]} ms)");
        var served = deployed["routes"]!.AsArray().Select(r => r!.ToString()).ToList();
        if (served.Count > 0) output.WriteLine($"routes: {string.Join(" ", served.Select(r => client.Http.BaseAddress!.ToString().TrimEnd('/') + r))}");
        return 0;
    }

    private static int List(AdminClient client, List<string> rest, TextWriter output, TextWriter error)
    {
        if (rest.Count > 0) return Fail(error, "usage: wasmbox list", 2);
        using var response = client.Http.GetAsync("admin/v1/functions").GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode) return Refused(response, error);
        var functions = Json(response).AsArray();
        if (functions.Count == 0)
        {
            output.WriteLine("no functions are deployed (wasmbox deploy NAME MODULE, or list them in wasmbox.yaml)");
            return 0;
        }
        output.WriteLine($"{"NAME",-16} {"VERSION",-8} {"EXECUTOR",-9} {"MODULE",-14} {"DEPLOYED",-20} ROUTES");
        foreach (var function in functions)
        {
            var deployedAt = DateTimeOffset.Parse(function!["deployedAt"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
            output.WriteLine($"{function["name"],-16} {function["version"],-8} {function["executor"],-9} {function["module"]!["hash"]!.ToString()[..12],-14} {deployedAt.ToLocalTime(),-20:yyyy-MM-dd HH:mm:ss} {string.Join(" ", function["routes"]!.AsArray().Select(r => r!.ToString()))}");
        }
        return 0;
    }

    private static int Invoke(AdminClient client, List<string> rest, TextWriter output, TextWriter error, GuestStdio stdio)
    {
        var data = AdminClient.Take(rest, "--data");
        var headers = new List<string>();
        while (AdminClient.Take(rest, "--header") is { } header) headers.Add(header);
        if (rest.Count != 1) return Fail(error, "usage: wasmbox invoke NAME [--data TEXT|@FILE] [--header NAME:VALUE]", 2);
        byte[] body = [];
        if (data is not null)
        {
            try
            {
                body = data.StartsWith('@') ? (data == "@-" ? ReadAll(stdio.Input) : File.ReadAllBytes(data[1..])) : Encoding.UTF8.GetBytes(data);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Fail(error, $"cannot read {data[1..]}: {e.Message}", 1); }
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"admin/v1/functions/{AdminClient.Escape(rest[0])}/invoke") { Content = new ByteArrayContent(body) };
        foreach (var header in headers)
        {
            var colon = header.IndexOf(':');
            if (colon <= 0) return Fail(error, $"--header {header}: expected NAME:VALUE", 2);
            var (name, value) = (header[..colon].Trim(), header[(colon + 1)..].Trim());
            if (!request.Headers.TryAddWithoutValidation(name, value)) request.Content.Headers.TryAddWithoutValidation(name, value);
        }
        using var response = client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
        if (response.StatusCode is HttpStatusCode.Unauthorized) return Refused(response, error);
        using (var stream = response.Content.ReadAsStream())
        {
            output.Flush();
            stream.CopyTo(stdio.Output);
            stdio.Output.Flush();
        }
        if (response.IsSuccessStatusCode) return 0;
        error.WriteLine($"wasmbox: {rest[0]} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        return 1;
    }

    private static int Logs(AdminClient client, List<string> rest, TextWriter output, TextWriter error)
    {
        var follow = AdminClient.TakeFlag(rest, "--follow") | AdminClient.TakeFlag(rest, "-f");
        var lines = AdminClient.Take(rest, "--lines") ?? "100";
        if (rest.Count != 1 || !int.TryParse(lines, out _)) return Fail(error, "usage: wasmbox logs NAME [--follow] [--lines N]", 2);
        using var response = client.Http.GetAsync($"admin/v1/functions/{AdminClient.Escape(rest[0])}/logs?lines={lines}&follow={(follow ? "true" : "false")}",
            HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode) return Refused(response, error);
        using var reader = new StreamReader(response.Content.ReadAsStream());
        while (reader.ReadLine() is { } line)
        {
            output.WriteLine(line);
            output.Flush();
        }
        return 0;
    }

    private static int Rollback(AdminClient client, List<string> rest, TextWriter output, TextWriter error)
    {
        var to = AdminClient.Take(rest, "--to");
        if (rest.Count != 1) return Fail(error, "usage: wasmbox rollback NAME [--to VERSION]", 2);
        var query = to is null ? "" : $"?to={Uri.EscapeDataString(to)}";
        using var response = client.Http.PostAsync($"admin/v1/functions/{AdminClient.Escape(rest[0])}/rollback{query}", null).GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode) return Refused(response, error);
        var served = Json(response);
        output.WriteLine($"{served["name"]} now serves version {served["version"]} (module {served["module"]!["hash"]!.ToString()[..12]})");
        return 0;
    }

    private static int Delete(AdminClient client, List<string> rest, TextWriter output, TextWriter error)
    {
        if (rest.Count != 1) return Fail(error, "usage: wasmbox delete NAME", 2);
        using var response = client.Http.DeleteAsync($"admin/v1/functions/{AdminClient.Escape(rest[0])}").GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode) return Refused(response, error);
        output.WriteLine($"{rest[0]} is no longer served (its versions are kept: wasmbox rollback {rest[0]} --to VERSION brings one back)");
        return 0;
    }

    private static JsonNode Json(HttpResponseMessage response) =>
        JsonNode.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()) ?? throw new JsonException("the server answered no JSON");

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static int Refused(HttpResponseMessage response, TextWriter error)
    {
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult().Trim();
        error.WriteLine($"wasmbox: {(int)response.StatusCode} {response.ReasonPhrase}: {text}");
        return 1;
    }

    private static int Fail(TextWriter error, string message, int status)
    {
        error.WriteLine($"wasmbox: {message}");
        return status;
    }
}
