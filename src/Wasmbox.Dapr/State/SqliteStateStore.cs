using Microsoft.Data.Sqlite;

namespace Wasmbox.Dapr.State;

/// <summary>
/// <c>state.sqlite</c> on Microsoft.Data.Sqlite: one table (key, value, etag, expiry), WAL and
/// synchronous=FULL, so a save acknowledged is a save kept. Every change runs in a transaction
/// that reads the current ETag and writes, so concurrent writers see each other's ETags;
/// transactions apply all or nothing. Expired rows read as missing, and the next write of the key replaces them.
/// </summary>
public sealed class SqliteStateStore : ITransactionalStateStore
{
    private readonly SqliteConnection connection;
    // Microsoft.Data.Sqlite works synchronously; a plain lock keeps every call synchronous too, so
    // a guest's host call (which must wait for the answer) never waits on a thread-pool hop.
    private readonly object gate = new();
    private readonly TimeProvider time;
    private readonly string table;

    /// <param name="path">the database file; created when missing</param>
    /// <param name="tableName">the table (Dapr's <c>tableName</c> metadata, default "state")</param>
    /// <param name="time">the clock TTLs are measured against</param>
    public SqliteStateStore(string path, string tableName = "state", TimeProvider? time = null)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(tableName, "^[A-Za-z_][A-Za-z0-9_]{0,62}$"))
            throw new ArgumentException($"\"{tableName}\" is not a valid table name (letters, digits and _)");
        table = tableName;
        this.time = time ?? TimeProvider.System;
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory) Directory.CreateDirectory(directory);
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
        Execute($"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value BLOB NOT NULL, etag TEXT NOT NULL, expires_at INTEGER NULL)");
    }

    public IReadOnlyList<string> Features { get; } = ["ETAG", "TRANSACTIONAL", "TTL"];

    public ValueTask<StateItem?> GetAsync(string key, CancellationToken cancellation = default)
    {
        lock (gate) return ValueTask.FromResult(Read(null, key));
    }

    public ValueTask SetAsync(StateSetRequest request, CancellationToken cancellation = default) => ExecuteAsync([new UpsertOperation(request)], cancellation);

    public ValueTask DeleteAsync(StateDeleteRequest request, CancellationToken cancellation = default) => ExecuteAsync([new DeleteOperation(request)], cancellation);

    public ValueTask ExecuteAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellation = default)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            foreach (var operation in operations) Apply(transaction, operation);
            transaction.Commit();   // a mismatch threw before this: the transaction rolls back on dispose
        }
        return ValueTask.CompletedTask;
    }

    private void Apply(SqliteTransaction transaction, StateOperation operation)
    {
        var current = Read(transaction, operation.Key);
        switch (operation)
        {
            case UpsertOperation { Request: var set }:
                ETags.Check(set.Key, current?.ETag, set.ETag, set.Concurrency);
                var expires = StateTtl.ExpiryFrom(time.GetUtcNow(), set.TtlSeconds);
                NonQuery(transaction, $"""
                    INSERT INTO {table} (key, value, etag, expires_at) VALUES ($key, $value, $etag, $expires)
                    ON CONFLICT (key) DO UPDATE SET value = $value, etag = $etag, expires_at = $expires
                    """, ("$key", set.Key), ("$value", set.Value), ("$etag", ETags.New()), ("$expires", expires?.ToUnixTimeMilliseconds()));
                break;
            case DeleteOperation { Request: var delete }:
                ETags.Check(delete.Key, current?.ETag, delete.ETag, StateConcurrency.LastWrite);
                NonQuery(transaction, $"DELETE FROM {table} WHERE key = $key", ("$key", delete.Key));
                break;
        }
    }

    private StateItem? Read(SqliteTransaction? transaction, string key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT value, etag, expires_at FROM {table} WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        DateTimeOffset? expires = reader.IsDBNull(2) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2));
        if (expires is { } at && at <= time.GetUtcNow()) return null;   // expired: as good as missing (a later write replaces it)
        return new StateItem((byte[])reader.GetValue(0), reader.GetString(1), expires);
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void NonQuery(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    public ValueTask DisposeAsync()
    {
        lock (gate) connection.Dispose();
        return ValueTask.CompletedTask;
    }
}
