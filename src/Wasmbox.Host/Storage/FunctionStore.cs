using System.Text.Json;
using Microsoft.Data.Sqlite;
using Wasmbox.Host.Functions;

namespace Wasmbox.Host.Storage;

/// <summary>Another server holds the data directory's lock.</summary>
public sealed class DataDirectoryInUseException(string message) : Exception(message);

/// <summary>
/// What was deployed, in SQLite under the data directory: every version of every function and
/// which one is served. Each change is one transaction (WAL, synchronous=FULL), written after
/// its module is safely on disk, so a crash mid-deploy leaves the state before it.
/// </summary>
public sealed class FunctionStore : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly SqliteConnection connection;
    private readonly object gate = new();
    private readonly FileStream exclusive;

    /// <exception cref="DataDirectoryInUseException">another server is using the directory</exception>
    public FunctionStore(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        // Two servers over one data directory would each serve what the other cannot see.
        try
        {
            exclusive = new FileStream(Path.Combine(dataDirectory, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new DataDirectoryInUseException($"another wasmbox serve is using the data directory {dataDirectory} (give this one its own with --data-dir)");
        }
        Modules = new ModuleBlobs(Path.Combine(dataDirectory, "modules"));
        Modules.RemoveLeftovers();
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "wasmbox.db"), Pooling = false }.ToString());
        connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
        Execute("""
            CREATE TABLE IF NOT EXISTS functions (
              name TEXT PRIMARY KEY,
              current_version INTEGER NULL,
              manifest_digest TEXT NULL);
            CREATE TABLE IF NOT EXISTS versions (
              name TEXT NOT NULL,
              version INTEGER NOT NULL,
              module_hash TEXT NOT NULL,
              module_size INTEGER NOT NULL,
              spec TEXT NOT NULL,
              deployed_by TEXT NOT NULL,
              deployed_at TEXT NOT NULL,
              PRIMARY KEY (name, version));
            """);
    }

    public ModuleBlobs Modules { get; }

    /// <summary>Records a new version and makes it the one served; <paramref name="manifestDigest"/> marks a deploy from wasmbox.yaml.</summary>
    public StoredVersion AddVersion(string moduleHash, long moduleSize, FunctionSpec spec, string deployedBy, DateTimeOffset at, string? manifestDigest)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            var next = Scalar<long>(transaction, "SELECT COALESCE(MAX(version), 0) + 1 FROM versions WHERE name = $name", ("$name", spec.Name));
            NonQuery(transaction, """
                INSERT INTO versions (name, version, module_hash, module_size, spec, deployed_by, deployed_at)
                VALUES ($name, $version, $hash, $size, $spec, $by, $at)
                """, ("$name", spec.Name), ("$version", next), ("$hash", moduleHash), ("$size", moduleSize),
                ("$spec", JsonSerializer.Serialize(spec, Json)), ("$by", deployedBy), ("$at", at.ToString("O")));
            NonQuery(transaction, """
                INSERT INTO functions (name, current_version, manifest_digest) VALUES ($name, $version, $digest)
                ON CONFLICT (name) DO UPDATE SET current_version = $version, manifest_digest = COALESCE($digest, manifest_digest)
                """, ("$name", spec.Name), ("$version", next), ("$digest", manifestDigest));
            transaction.Commit();
            return new StoredVersion(spec.Name, (int)next, moduleHash, moduleSize, spec, deployedBy, at);
        }
    }

    /// <summary>Serves <paramref name="version"/> of the function from now on; null stops serving it (delete).</summary>
    public void SetCurrent(string name, int? version, string? manifestDigest = null)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            NonQuery(transaction, """
                INSERT INTO functions (name, current_version, manifest_digest) VALUES ($name, $version, $digest)
                ON CONFLICT (name) DO UPDATE SET current_version = $version, manifest_digest = COALESCE($digest, manifest_digest)
                """, ("$name", name), ("$version", version), ("$digest", manifestDigest));
            transaction.Commit();
        }
    }

    /// <summary>The function is no longer declared by the manifest.</summary>
    public void ClearManifestDigest(string name)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE functions SET manifest_digest = NULL WHERE name = $name";
            command.Parameters.AddWithValue("$name", name);
            command.ExecuteNonQuery();
        }
    }

    public IReadOnlyList<StoredFunction> Functions()
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT name, current_version, manifest_digest FROM functions ORDER BY name";
            using var reader = command.ExecuteReader();
            var functions = new List<StoredFunction>();
            while (reader.Read())
                functions.Add(new StoredFunction(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            return functions;
        }
    }

    public StoredFunction? Function(string name) => Functions().FirstOrDefault(f => f.Name == name);

    public IReadOnlyList<StoredVersion> Versions(string name)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT version, module_hash, module_size, spec, deployed_by, deployed_at FROM versions WHERE name = $name ORDER BY version";
            command.Parameters.AddWithValue("$name", name);
            using var reader = command.ExecuteReader();
            var versions = new List<StoredVersion>();
            while (reader.Read())
            {
                var spec = JsonSerializer.Deserialize<FunctionSpec>(reader.GetString(3), Json)
                    ?? throw new InvalidDataException($"version {reader.GetInt32(0)} of {name} has no spec");
                versions.Add(new StoredVersion(name, reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2), spec,
                    reader.GetString(4), DateTimeOffset.Parse(reader.GetString(5), System.Globalization.CultureInfo.InvariantCulture)));
            }
            return versions;
        }
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private T Scalar<T>(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void NonQuery(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public void Dispose()
    {
        connection.Dispose();
        exclusive.Dispose();
    }
}
