using System.Globalization;
using System.Text.RegularExpressions;
using Wasmbox.Dapr.Components;

namespace Wasmbox.Dapr.State;

/// <summary>
/// A <c>state.postgresql</c> store's settings, named and defaulted as Dapr's state.postgresql v1
/// metadata: the connection string, the state and metadata tables, the operation timeout, how
/// often expired rows are deleted (null: never), and the connection pool's size and idle limit.
/// </summary>
public sealed partial record PostgresStateStoreOptions(string ConnectionString)
{
    /// <summary>The metadata keys a component file may give (daprd's names and their InSeconds aliases).</summary>
    public static readonly string[] MetadataKeys =
        ["connectionString", "tableName", "metadataTableName", "timeout", "timeoutInSeconds", "cleanupInterval", "cleanupIntervalInSeconds", "maxConns", "connectionMaxIdleTime"];

    /// <summary>"state", or "schema.table"</summary>
    public string TableName { get; init; } = "state";

    /// <summary>Where the layout version and the last cleanup time are kept, shared with daprd's own store.</summary>
    public string MetadataTableName { get; init; } = "dapr_metadata";

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan? CleanupInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The pool's most connections; 0 for Dapr's default, the greater of 4 and the processor count.</summary>
    public int MaxConns { get; init; }

    /// <summary>How long a pooled connection may sit unused before it is closed; null for the driver's default.</summary>
    public TimeSpan? ConnectionMaxIdleTime { get; init; }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?$", RegexOptions.CultureInvariant)]
    private static partial Regex TableNamePattern();

    /// <summary>The settings a component's metadata gives, with Dapr's defaults for the rest.</summary>
    /// <exception cref="ArgumentException">connectionString is missing, or a value is not valid (the message names the key)</exception>
    public static PostgresStateStoreOptions FromMetadata(IReadOnlyDictionary<string, string> metadata)
    {
        var connection = metadata.GetValueOrDefault("connectionString");
        if (string.IsNullOrWhiteSpace(connection))
            throw new ArgumentException("metadata connectionString is missing (e.g. host=localhost user=postgres password=secret port=5432 database=state)");
        var options = new PostgresStateStoreOptions(connection);
        if (metadata.GetValueOrDefault("tableName") is { } table) options = options with { TableName = table };
        if (metadata.GetValueOrDefault("metadataTableName") is { } metadataTable) options = options with { MetadataTableName = metadataTable };
        if (Duration(metadata, "timeout", "timeoutInSeconds") is { } timeout)
        {
            if (timeout < TimeSpan.FromSeconds(1)) throw new ArgumentException("metadata timeout must be at least 1s");
            options = options with { Timeout = timeout };
        }
        // as daprd: an empty value keeps the default, zero or less turns the cleanup off
        if (Duration(metadata, "cleanupInterval", "cleanupIntervalInSeconds") is { } interval)
            options = options with { CleanupInterval = interval > TimeSpan.Zero ? interval : null };
        if (metadata.GetValueOrDefault("maxConns") is { Length: > 0 } maxConns)
        {
            if (!int.TryParse(maxConns, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
                throw new ArgumentException($"metadata maxConns is \"{maxConns}\", not a whole number");
            options = options with { MaxConns = Math.Max(0, count) };
        }
        if (metadata.GetValueOrDefault("connectionMaxIdleTime") is { Length: > 0 } idle)
        {
            var lifetime = MetadataDuration.Parse("connectionMaxIdleTime", idle);
            options = options with { ConnectionMaxIdleTime = lifetime > TimeSpan.Zero ? lifetime : null };
        }
        options.Validate();
        return options;
    }

    /// <exception cref="ArgumentException">a table name that is not one identifier or schema.identifier, or a cleanup interval past what a timer takes</exception>
    internal void Validate()
    {
        // the names go into SQL text (a table cannot be a parameter), so only plain identifiers pass
        foreach (var (key, name) in new[] { ("tableName", TableName), ("metadataTableName", MetadataTableName) })
        {
            if (!TableNamePattern().IsMatch(name))
                throw new ArgumentException($"metadata {key} is \"{name}\", not a table name (letters, digits and _, optionally schema.table)");
        }
        // the cleanup runs on a timer, whose period cannot pass 2³² - 2 milliseconds
        if (CleanupInterval > TimeSpan.FromDays(49))
            throw new ArgumentException($"metadata cleanupInterval is more than 49 days ({CleanupInterval})");
        if (string.Equals(TableName, MetadataTableName, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"metadata tableName and metadataTableName are both \"{TableName}\"");
    }

    private static TimeSpan? Duration(IReadOnlyDictionary<string, string> metadata, string key, string alias)
    {
        var name = metadata.ContainsKey(key) ? key : alias;
        return metadata.GetValueOrDefault(name) is { Length: > 0 } text ? MetadataDuration.Parse(name, text) : null;
    }
}
