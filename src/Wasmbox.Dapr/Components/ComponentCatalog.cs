using Wasmbox.Dapr.Bindings;
using Wasmbox.Dapr.PubSub;
using Wasmbox.Dapr.Secrets;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Components;

/// <summary>
/// The component types Wasmbox can run, keyed as daprd keys them ("state.sqlite/v1"): one line per
/// type, with the metadata keys it reads. Each factory is given only checked metadata: an unknown
/// key is refused with its name, as a misspelt setting would otherwise be silently ignored.
/// </summary>
public static class ComponentCatalog
{
    /// <summary>A type's known metadata keys and its factory; the factory throws ArgumentException for a bad value.</summary>
    private sealed record Entry(string[] Keys, Func<ComponentDefinition, ComponentContext, object> Create);

    private static readonly Dictionary<string, Entry> Types = new(StringComparer.Ordinal)
    {
        ["state.in-memory/v1"] = new([], (_, context) => new InMemoryStateStore(context.Time)),
        ["state.sqlite/v1"] = new(["connectionString", "tableName", "timeout", "busyTimeout", "disableWAL", "cleanupInterval", "metadataTableName"],
            (component, context) => new SqliteStateStore(SqlitePath(component, context, "state"), component.Metadata.GetValueOrDefault("tableName") ?? "state", context.Time)),
        ["state.postgresql/v1"] = new(PostgresStateStoreOptions.MetadataKeys, PostgresStore),
        ["pubsub.wasmbox/v1"] = new(["path"],
            (component, context) => new DurablePubSub(DataPath(component.Metadata.GetValueOrDefault("path") ?? component.Name + ".db", context, "pubsub"), context.Time)),
        ["state.redis/v1"] = new([.. RedisConnection.MetadataKeys, StateTtl.MetadataKey],
            (component, _) => new RedisStateStore(RedisConnection.Connect(component.Metadata), DefaultTtl(component))),
        ["pubsub.redis/v1"] = new([.. RedisConnection.MetadataKeys, .. RedisPubSubOptions.MetadataKeys],
            (component, context) => new RedisPubSub(RedisConnection.Connect(component.Metadata), RedisPubSubOptions.From(component.Metadata, context.AppId))),
        ["pubsub.in-memory/v1"] = new([], (_, context) => new InMemoryPubSub(context.Time)),
        ["secretstores.local.file/v1"] = new(["secretsFile", "nestedSeparator", "multiValued"],
            (component, _) => new LocalFileSecretStore(
                FileBesideComponent(component, component.Metadata.GetValueOrDefault("secretsFile") ?? throw new ArgumentException("metadata secretsFile is missing (a JSON file of secrets)")),
                component.Metadata.GetValueOrDefault("nestedSeparator") ?? ":",
                Flag(component, "multiValued"))),
        ["secretstores.local.env/v1"] = new(["prefix"], (component, _) => new EnvironmentSecretStore(component.Metadata.GetValueOrDefault("prefix") ?? "")),
        ["bindings.cron/v1"] = new(["schedule", "direction", "route"], (component, context) => new CronBinding(
            Parse(() => new CronSchedule(component.Metadata.GetValueOrDefault("schedule") ?? throw new ArgumentException("metadata schedule is missing (e.g. \"@every 1m\" or \"*/5 * * * *\")"))),
            context.Time)),
        ["bindings.http/v1"] = new(["url", "responseTimeout", "maxResponseBodySize", "errorIfNot2XX", "securityToken", "securityTokenHeader", "direction"], (component, _) =>
        {
            var url = component.Metadata.GetValueOrDefault("url") ?? throw new ArgumentException("metadata url is missing");
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) throw new ArgumentException($"metadata url \"{url}\" is not an absolute URL");
            var token = component.Metadata.GetValueOrDefault("securityToken");
            var header = component.Metadata.GetValueOrDefault("securityTokenHeader");
            if ((token is null) != (header is null)) throw new ArgumentException("securityToken and securityTokenHeader go together");
            return new HttpOutputBinding(uri,
                component.Metadata.GetValueOrDefault("responseTimeout") is { } timeout ? MetadataDuration.Parse("responseTimeout", timeout) : null,
                component.Metadata.GetValueOrDefault("maxResponseBodySize") is { } size ? Parse(() => Size(size)) : 100L << 20,
                !component.Metadata.ContainsKey("errorIfNot2XX") || Flag(component, "errorIfNot2XX"),
                token is null ? null : (header!, token));
        }),
    };

    public static IEnumerable<string> SupportedTypes => Types.Keys.Order(StringComparer.Ordinal);

    /// <summary>Creates the component <paramref name="component"/> declares; the caller disposes it.</summary>
    /// <exception cref="ComponentException">the type is not supported, or the metadata is wrong</exception>
    public static object Create(ComponentDefinition component, ComponentContext context)
    {
        var file = Path.GetFileName(component.File);
        if (!Types.TryGetValue($"{component.Type}/{component.Version}", out var entry))
            throw new ComponentException(file, component.Line,
                $"component {component.Name}: type {component.Type}/{component.Version} is not supported (supported: {string.Join(", ", SupportedTypes)})");
        foreach (var key in component.Metadata.Keys)
        {
            if (!entry.Keys.Contains(key))
                throw new ComponentException(file, component.Line, $"component {component.Name}: unknown metadata \"{key}\" for {component.Type} (known: {(entry.Keys.Length == 0 ? "none" : string.Join(", ", entry.Keys))})");
        }
        try
        {
            return entry.Create(component, context);
        }
        catch (ArgumentException e) { throw new ComponentException(file, component.Line, $"component {component.Name}: {e.Message}"); }
    }

    /// <summary>
    /// Dapr's <c>connectionString</c> for SQLite: a file path or a <c>file:</c> URI, relative to
    /// DATA/<paramref name="folder"/>.
    /// </summary>
    private static string SqlitePath(ComponentDefinition component, ComponentContext context, string folder)
    {
        var connection = component.Metadata.GetValueOrDefault("connectionString")
            ?? throw new ArgumentException("metadata connectionString is missing (a database file, e.g. state.db)");
        var path = connection.StartsWith("file:", StringComparison.Ordinal) ? connection["file:".Length..].Split('?')[0] : connection;
        if (path.Length == 0 || path.Contains(":memory:", StringComparison.Ordinal))
            throw new ArgumentException("in-memory SQLite is not durable: use the state.in-memory type instead");
        return DataPath(path, context, folder);
    }

    /// <summary>Connects at load, as daprd's Init does, so a wrong address or password stops the server with the component's file and line.</summary>
    private static PostgresStateStore PostgresStore(ComponentDefinition component, ComponentContext context)
    {
        var options = PostgresStateStoreOptions.FromMetadata(component.Metadata);
        try
        {
            return new PostgresStateStore(options, context.Time);
        }
        catch (Npgsql.NpgsqlException e) { throw new ArgumentException($"cannot use PostgreSQL: {e.Message}", e); }
    }

    /// <summary>A file a component names: relative to the component file's directory, so the resources folder can carry it.</summary>
    private static string FileBesideComponent(ComponentDefinition component, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(component.File))!, path));

    private static bool Flag(ComponentDefinition component, string key) =>
        component.Metadata.GetValueOrDefault(key) switch
        {
            null => false,
            var text when bool.TryParse(text, out var value) => value,
            var text => throw new ArgumentException($"metadata {key} is \"{text}\", not true or false"),
        };

    /// <summary>A value parsed by <paramref name="parse"/>, its FormatException turned into the refusal of the component.</summary>
    private static T Parse<T>(Func<T> parse)
    {
        try { return parse(); }
        catch (FormatException e) { throw new ArgumentException(e.Message); }
    }

    /// <summary>A size as Kubernetes quantities write it ("100Mi", "1Gi", "512Ki", or bytes).</summary>
    private static long Size(string text)
    {
        foreach (var (suffix, factor) in new[] { ("Ki", 1L << 10), ("Mi", 1L << 20), ("Gi", 1L << 30), ("k", 1000L), ("M", 1000_000L), ("G", 1000_000_000L) })
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal) && long.TryParse(text[..^suffix.Length], out var amount) && amount > 0) return amount * factor;
        }
        return long.TryParse(text, out var bytes) && bytes > 0 ? bytes : throw new FormatException($"\"{text}\" is not a size (e.g. 100Mi)");
    }

    /// <summary>A store's default <c>ttlInSeconds</c>, for writes that name none.</summary>
    private static long? DefaultTtl(ComponentDefinition component)
    {
        try
        {
            return StateTtl.Parse(component.Metadata.GetValueOrDefault(StateTtl.MetadataKey));
        }
        catch (StateTtlInvalidException e) { throw new ArgumentException(e.Message); }
    }

    private static string DataPath(string path, ComponentContext context, string folder) =>
        Path.IsPathRooted(path) ? path : Path.Combine(context.DataDirectory, folder, path);
}
