using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Routing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Wasmbox.Host.Manifest;

/// <summary>
/// Reads wasmbox.yaml into function specs, refusing the whole file at its first problem with
/// the file, the line and what is wrong. Paths in it are relative to the file's directory.
/// </summary>
public static partial class ManifestReader
{
    public static IReadOnlyList<ManifestFunction> ReadFile(string path) => ReadDocument(path).Functions;

    /// <summary>The functions, the manifest's <c>resources-path</c> (Dapr component and subscription files) and the other apps it names.</summary>
    public static ManifestDocument ReadDocument(string path)
    {
        var display = Path.GetFileName(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ManifestException(path, 0, $"cannot read the manifest: {e.Message}");
        }
        return ReadDocument(text, display, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    public static IReadOnlyList<ManifestFunction> Read(string text, string file, string baseDirectory) => ReadDocument(text, file, baseDirectory).Functions;

    public static ManifestDocument ReadDocument(string text, string file, string baseDirectory)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ManifestException(file, e.Start.Line, $"not valid YAML: {(e.InnerException ?? e).Message}");
        }
        if (stream.Documents.Count == 0) throw new ManifestException(file, 0, "the manifest is empty: it needs a \"functions\" list");
        if (stream.Documents.Count > 1) throw new ManifestException(file, stream.Documents[1].RootNode.Start.Line, "only one YAML document is allowed");
        var root = new YamlNode(file, "", stream.Documents[0].RootNode);
        root.RefuseUnknownKeys("functions", "resources-path", "apps");
        string? resourcesPath = null;
        if (root.Optional("resources-path") is { } resources)
        {
            resourcesPath = Path.GetFullPath(Path.Combine(baseDirectory, resources.Text()));
            if (!Directory.Exists(resourcesPath)) throw resources.Error($"the resources directory {resources.Text()} does not exist");
        }
        var functions = new List<ManifestFunction>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in root.Optional("functions")?.Items() ?? [])
        {
            var function = ReadFunction(item, baseDirectory);
            if (!names.Add(function.Spec.Name)) throw item.Required("name").Error($"a function named \"{function.Spec.Name}\" is declared twice");
            functions.Add(function);
        }
        try
        {
            _ = new RouteTable<ManifestFunction>(functions.SelectMany(f => f.Spec.Routes.Select(r => (f, RoutePattern.Parse(r), $"function \"{f.Spec.Name}\""))));
        }
        catch (ArgumentException e)
        {
            throw new ManifestException(file, 0, e.Message);
        }
        return new ManifestDocument(functions, resourcesPath, ReadApps(root.Optional("apps")));
    }

    /// <summary>Other Dapr apps on this machine: an app id and the address of its app port (what daprd's --app-port names).</summary>
    private static IReadOnlyList<ManifestApp> ReadApps(YamlNode? node)
    {
        var apps = new List<ManifestApp>();
        foreach (var item in node?.Items() ?? [])
        {
            item.RefuseUnknownKeys("id", "address");
            var idNode = item.Required("id");
            var id = idNode.Text();
            if (!AppId().IsMatch(id)) throw idNode.Error($"\"{id}\" is not an app id (letters, digits, '.', '_' and '-')");
            if (apps.Any(a => a.Id == id)) throw idNode.Error($"the app \"{id}\" is named twice");
            var addressNode = item.Required("address");
            if (!Uri.TryCreate(addressNode.Text(), UriKind.Absolute, out var address) || address.Scheme != "http" || address.AbsolutePath != "/")
                throw addressNode.Error($"\"{addressNode.Text()}\" is not the http:// address of an app port (e.g. http://127.0.0.1:5000)");
            apps.Add(new ManifestApp(id, address));
        }
        return apps;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$")]
    private static partial Regex AppId();

    private static ManifestFunction ReadFunction(YamlNode node, string baseDirectory)
    {
        node.RefuseUnknownKeys("name", "module", "executor", "routes", "environment", "directories", "allowed-hosts", "content-type", "limits", "dapr", "subscriptions", "input-bindings");
        var nameNode = node.Required("name");
        var name = nameNode.Text();
        if (ValidateName(name) is { } nameProblem) throw nameNode.Error(nameProblem);

        var moduleNode = node.Required("module");
        var modulePath = Path.GetFullPath(Path.Combine(baseDirectory, moduleNode.Text()));
        if (!File.Exists(modulePath)) throw moduleNode.Error($"the module file {moduleNode.Text()} does not exist");

        var spec = new FunctionSpec
        {
            Name = name,
            Executor = node.Optional("executor") is { } executor ? ParseExecutor(executor) : ExecutorKind.Command,
            Routes = ReadRoutes(node.Optional("routes")),
            Environment = ReadEnvironment(node.Optional("environment")),
            Directories = ReadDirectories(node.Optional("directories"), baseDirectory),
            AllowedHosts = ReadHosts(node.Optional("allowed-hosts")),
            ContentType = node.Optional("content-type")?.Text(),
            Limits = node.Optional("limits") is { } limits ? ReadLimits(limits) : new FunctionLimits(),
            Dapr = node.Optional("dapr") is { } dapr ? ReadDapr(dapr) : new DaprGrants(),
            Subscriptions = node.Optional("subscriptions") is { } subscriptions ? ReadSubscriptions(subscriptions) : [],
            InputBindings = [.. node.Optional("input-bindings")?.Items().Select(item => item.Text()) ?? []],
        };
        return new ManifestFunction(spec, modulePath, node.File, node.Line);
    }

    /// <summary>Names go into URLs, logs and file names: lowercase letters, digits, dashes and underscores.</summary>
    public static string? ValidateName(string name) =>
        FunctionName().IsMatch(name) ? null : $"\"{name}\" is not a valid function name (lowercase letters, digits, - and _, starting with a letter or digit, at most 63)";

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,62}$")]
    private static partial Regex FunctionName();

    private static ExecutorKind ParseExecutor(YamlNode node) => node.Text() switch
    {
        "command" => ExecutorKind.Command,
        "wagi" => ExecutorKind.Wagi,
        "js" => ExecutorKind.Js,
        var other => throw node.Error($"unknown executor \"{other}\" (expected command, wagi or js)"),
    };

    private static ImmutableArray<string> ReadRoutes(YamlNode? node)
    {
        if (node is null) return [];
        var routes = node.Node is YamlScalarNode ? [node] : node.Items();
        return [.. routes.Select(route =>
        {
            try
            {
                return RoutePattern.Parse(route.Text()).Text;
            }
            catch (FormatException e) { throw route.Error(e.Message); }
        })];
    }

    private static ImmutableArray<KeyValuePair<string, string>> ReadEnvironment(YamlNode? node)
    {
        if (node is null) return [];
        var variables = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in node.Entries())
        {
            if (key.Length == 0 || key.Contains('=') || key.Contains('\0')) throw value.Error($"\"{key}\" is not a valid environment variable name");
            variables.Add(new(key, value.Text()));
        }
        return [.. variables];
    }

    private static ImmutableArray<DirectoryGrant> ReadDirectories(YamlNode? node, string baseDirectory)
    {
        if (node is null) return [];
        return [.. node.Items().Select(item =>
        {
            item.RefuseUnknownKeys("host", "guest", "read-only");
            var hostNode = item.Required("host");
            var host = Path.GetFullPath(Path.Combine(baseDirectory, hostNode.Text()));
            if (!Directory.Exists(host)) throw hostNode.Error($"the directory {hostNode.Text()} does not exist");
            var guestNode = item.Optional("guest");
            var guest = guestNode?.Text() ?? hostNode.Text();
            if (guest.Length == 0 || guest.Contains('\0')) throw (guestNode ?? item).Error("the guest path is empty");
            return new DirectoryGrant(host, guest, item.Optional("read-only")?.Boolean() ?? false);
        })];
    }

    private static ImmutableArray<string> ReadHosts(YamlNode? node)
    {
        if (node is null) return [];
        return [.. node.Items().Select(item =>
        {
            var host = item.Text();
            if (ValidateHost(host) is { } problem) throw item.Error(problem);
            return host;
        })];
    }

    /// <summary>
    /// An allowed host is a name or address with an optional port (none: the scheme's default port
    /// only; ":*" any port), or "*" / "*.example.com". See <see cref="Capabilities.AllowedHosts"/>.
    /// </summary>
    public static string? ValidateHost(string host) =>
        AllowedHost().IsMatch(host) ? null : $"\"{host}\" is not a host name (e.g. api.example.com, api.example.com:8443, localhost:*, *.example.com or *)";

    [GeneratedRegex(@"^(\*|(\*\.)?[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:]+\])(:[0-9]{1,5}|:\*)?$")]
    private static partial Regex AllowedHost();

    private static ImmutableArray<SubscriptionSpec> ReadSubscriptions(YamlNode node) =>
    [
        .. node.Items().Select(item =>
        {
            item.RefuseUnknownKeys("pubsub", "topic", "dead-letter-topic");
            return new SubscriptionSpec(item.Optional("pubsub")?.Text() ?? "pubsub", item.Required("topic").Text(), item.Optional("dead-letter-topic")?.Text());
        }),
    ];

    private static DaprGrants ReadDapr(YamlNode node)
    {
        node.RefuseUnknownKeys("state", "publish", "secrets", "bindings", "invoke");
        ImmutableArray<string> Names(string key) => [.. node.Optional(key)?.Items().Select(item => item.Text()) ?? []];
        return new DaprGrants
        {
            StateStores = Names("state"),
            SecretStores = Names("secrets"),
            Bindings = Names("bindings"),
            Invoke = Names("invoke"),
            Publish = [.. node.Optional("publish")?.Items().Select(item =>
            {
                var text = item.Text();
                return text.Split('/') is [{ Length: > 0 }, { Length: > 0 }, ..] ? text : throw item.Error($"\"{text}\" is not PUBSUB/TOPIC (or PUBSUB/* for every topic)");
            }) ?? []],
        };
    }

    private static FunctionLimits ReadLimits(YamlNode node)
    {
        node.RefuseUnknownKeys("memory", "fuel", "timeout", "max-instances", "queue", "stack");
        return new FunctionLimits
        {
            MemoryBytes = node.Optional("memory") is { } memory ? Size(memory, min: 64 * 1024) : null,
            Fuel = node.Optional("fuel") is { } fuel ? Fuel(fuel) : null,
            Timeout = node.Optional("timeout") is { } timeout ? Duration(timeout) : null,
            MaxInstances = node.Optional("max-instances")?.PositiveInt(),
            QueueLength = node.Optional("queue")?.NonNegativeInt(),
            StackBytes = node.Optional("stack") is { } stack ? StackSize(stack) : null,
        };
    }

    private static ulong Size(YamlNode node, ulong min)
    {
        if (!Quantities.TryParseSize(node.Text(), out var bytes)) throw node.Error($"\"{node.Text()}\" is not a size (e.g. 64MiB, 512KiB, 1GiB)");
        if (bytes < min) throw node.Error($"{node.Text()} is less than the least allowed, {Quantities.FormatSize(min)}");
        return bytes;
    }

    private static ulong StackSize(YamlNode node)
    {
        var bytes = Size(node, min: 16 * 1024);
        if (bytes > MaxStackBytes) throw node.Error($"{node.Text()} is more than the most allowed, {Quantities.FormatSize(MaxStackBytes)}");
        return bytes;
    }

    /// <summary>Guests run on threads of <see cref="Executors.GuestThreads.StackBytes"/>; the rest is the host's reserve.</summary>
    public const ulong MaxStackBytes = 8UL << 20;

    private static ulong Fuel(YamlNode node)
    {
        if (ulong.TryParse(node.Text().Replace("_", ""), System.Globalization.NumberStyles.None, null, out var fuel) && fuel > 0) return fuel;
        throw node.Error($"\"{node.Text()}\" is not a positive amount of fuel");
    }

    private static TimeSpan Duration(YamlNode node)
    {
        if (Quantities.TryParseDuration(node.Text(), out var duration)) return duration;
        throw node.Error($"\"{node.Text()}\" is not a duration (e.g. 250ms, 5s, 2m)");
    }
}
