using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Components;

/// <summary>
/// The component types Wasmbox can run, keyed as daprd keys them ("state.sqlite/v1"): one line per
/// type. Each factory checks the metadata it is given: an unknown key is refused with its name,
/// as a misspelt setting would otherwise be silently ignored.
/// </summary>
public static class ComponentCatalog
{
    private sealed record Entry(string[] Keys, Func<ComponentDefinition, string, IStateStore> Create);

    private static readonly Dictionary<string, Entry> StateStores = new(StringComparer.Ordinal)
    {
        ["state.in-memory/v1"] = new([], (_, _) => new InMemoryStateStore()),
        ["state.sqlite/v1"] = new(["connectionString", "tableName", "timeout", "busyTimeout", "disableWAL", "cleanupInterval", "metadataTableName"],
            (component, dataDirectory) => new SqliteStateStore(SqlitePath(component, dataDirectory), component.Metadata.GetValueOrDefault("tableName") ?? "state")),
    };

    public static IEnumerable<string> SupportedTypes => StateStores.Keys.Order(StringComparer.Ordinal);

    /// <exception cref="ComponentException">the type is not supported, or the metadata is wrong</exception>
    public static IStateStore CreateStateStore(ComponentDefinition component, string dataDirectory)
    {
        var file = Path.GetFileName(component.File);
        if (!StateStores.TryGetValue($"{component.Type}/{component.Version}", out var entry))
            throw new ComponentException(file, component.Line,
                $"component {component.Name}: type {component.Type}/{component.Version} is not supported (supported: {string.Join(", ", SupportedTypes)})");
        foreach (var key in component.Metadata.Keys)
        {
            if (!entry.Keys.Contains(key))
                throw new ComponentException(file, component.Line, $"component {component.Name}: unknown metadata \"{key}\" for {component.Type} (known: {(entry.Keys.Length == 0 ? "none" : string.Join(", ", entry.Keys))})");
        }
        try
        {
            return entry.Create(component, dataDirectory);
        }
        catch (ArgumentException e) { throw new ComponentException(file, component.Line, $"component {component.Name}: {e.Message}"); }
    }

    /// <summary>
    /// Dapr's <c>connectionString</c> for SQLite: a file path or a <c>file:</c> URI; relative paths
    /// are under the data directory, so a component file means the same wherever the server starts.
    /// </summary>
    private static string SqlitePath(ComponentDefinition component, string dataDirectory)
    {
        var connection = component.Metadata.GetValueOrDefault("connectionString")
            ?? throw new ArgumentException("metadata connectionString is missing (a database file, e.g. state.db)");
        var path = connection.StartsWith("file:", StringComparison.Ordinal) ? connection["file:".Length..].Split('?')[0] : connection;
        if (path.Length == 0 || path.Contains(":memory:", StringComparison.Ordinal))
            throw new ArgumentException("in-memory SQLite is not durable: use the state.in-memory type instead");
        return Path.IsPathRooted(path) ? path : Path.Combine(dataDirectory, "state", path);
    }
}
