using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Wasmbox.Dapr.State;

/// <summary>
/// <c>state.postgresql</c> (v1) on Npgsql, in daprd's v1 table layout (key, value jsonb, isbinary,
/// insertdate, updatedate, expiredate, row_id), so Wasmbox and daprd can share one table. The ETag
/// is the row's xmin, as daprd's: every write is a new row version, so it rotates, and an ETag
/// check is part of the UPDATE or DELETE itself, which PostgreSQL re-checks against the newest
/// version when writers race: no update is lost across processes. Expired rows are invisible and
/// deleted every cleanup interval by whichever store on the table gets there first.
/// </summary>
public sealed class PostgresStateStore : ITransactionalStateStore
{
    private readonly NpgsqlDataSource source;
    private readonly string table;
    private readonly string metadataTable;
    private readonly TimeSpan? cleanupInterval;
    private readonly TimeProvider time;
    private readonly ITimer? cleanupTimer;

    /// <param name="options">the settings (see <see cref="PostgresStateStoreOptions.FromMetadata"/>)</param>
    /// <param name="time">the clock that TTLs are set and checked against (passed to the server, so every store on a table shares it)</param>
    /// <exception cref="ArgumentException">a setting is not valid</exception>
    /// <exception cref="NpgsqlException">the server cannot be reached, or refused the tables</exception>
    public PostgresStateStore(PostgresStateStoreOptions options, TimeProvider? time = null)
    {
        options.Validate();
        table = options.TableName;
        metadataTable = options.MetadataTableName;
        cleanupInterval = options.CleanupInterval;
        this.time = time ?? TimeProvider.System;
        var connection = PostgresConnectionString.Parse(options.ConnectionString);
        connection.CommandTimeout = (int)Math.Ceiling(options.Timeout.TotalSeconds);
        connection.MaxPoolSize = options.MaxConns > 0 ? options.MaxConns : Math.Max(4, Environment.ProcessorCount);
        if (options.ConnectionMaxIdleTime is { } idle) connection.ConnectionIdleLifetime = (int)Math.Ceiling(idle.TotalSeconds);
        source = NpgsqlDataSource.Create(connection);
        try
        {
            PostgresStateSchema.Ensure(source, table, metadataTable);
        }
        catch
        {
            source.Dispose();
            throw;
        }
        if (cleanupInterval is { } interval) cleanupTimer = this.time.CreateTimer(_ => CleanupInBackground(), null, interval, interval);
    }

    public IReadOnlyList<string> Features { get; } = ["ETAG", "TRANSACTIONAL", "TTL"];

    // Every call below is synchronous on purpose: a guest's host call blocks its thread for the
    // answer, and an async hop there would wait for a second pool thread that may never come.
    public ValueTask<StateItem?> GetAsync(string key, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        using var connection = source.OpenConnection();
        using var command = Command(connection, null, $"""
            SELECT isbinary, CASE WHEN isbinary THEN value #>> ARRAY[]::text[] ELSE value::text END, xmin, expiredate
            FROM {table} WHERE key = @key AND (expiredate IS NULL OR expiredate > @now)
            """);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.Add(Timestamp("now", time.GetUtcNow()));
        using var reader = Cancellable(command, cancellation, static command => command.ExecuteReader());
        if (!reader.Read()) return ValueTask.FromResult<StateItem?>(null);
        var text = reader.GetString(1);
        // daprd keeps a value that is JSON as jsonb (isbinary false) and reads back its text; ours are all base64
        var value = reader.GetBoolean(0) ? Convert.FromBase64String(text) : System.Text.Encoding.UTF8.GetBytes(text);
        var etag = reader.GetFieldValue<uint>(2).ToString(CultureInfo.InvariantCulture);
        DateTimeOffset? expires = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3);
        return ValueTask.FromResult<StateItem?>(new StateItem(value, etag, expires));
    }

    public ValueTask SetAsync(StateSetRequest request, CancellationToken cancellation = default) => ExecuteAsync([new UpsertOperation(request)], cancellation);

    public ValueTask DeleteAsync(StateDeleteRequest request, CancellationToken cancellation = default) => ExecuteAsync([new DeleteOperation(request)], cancellation);

    public ValueTask ExecuteAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        if (operations.Count == 0) return ValueTask.CompletedTask;
        using var connection = source.OpenConnection();
        // one statement is atomic by itself; several share one transaction, rolled back on dispose if one throws
        using var transaction = operations.Count > 1 ? connection.BeginTransaction() : null;
        var now = time.GetUtcNow();
        foreach (var operation in operations) Apply(connection, transaction, operation, now, cancellation);
        transaction?.Commit();
        return ValueTask.CompletedTask;
    }

    private void Apply(NpgsqlConnection connection, NpgsqlTransaction? transaction, StateOperation operation, DateTimeOffset now, CancellationToken cancellation)
    {
        using var command = operation switch
        {
            UpsertOperation { Request: var set } => SetCommand(connection, transaction, set, now),
            DeleteOperation { Request: var delete } => DeleteCommand(connection, transaction, delete, now),
            _ => throw new ArgumentException($"unknown state operation {operation.GetType().Name}"),
        };
        var deletesWithoutCheck = operation is DeleteOperation { Request.ETag: null or "" };
        // a row not written means the ETag did not match, or first-write found a live row
        if (Cancellable(command, cancellation, static command => command.ExecuteNonQuery()) == 0 && !deletesWithoutCheck)
            throw new StateETagMismatchException(operation.Key);
    }

    private NpgsqlCommand SetCommand(NpgsqlConnection connection, NpgsqlTransaction? transaction, StateSetRequest set, DateTimeOffset now)
    {
        NpgsqlCommand command;
        if (!string.IsNullOrEmpty(set.ETag))
        {
            command = Command(connection, transaction, $"""
                UPDATE {table} SET value = @value, isbinary = true, updatedate = @now, expiredate = @expires
                WHERE key = @key AND xmin = @etag AND (expiredate IS NULL OR expiredate > @now)
                """);
            command.Parameters.Add(ETag(set.Key, set.ETag));
        }
        else
        {
            // an expired row not yet cleaned up is as good as missing, so first-write may replace it
            var onlyOverExpired = set.Concurrency == StateConcurrency.FirstWrite ? "WHERE t.expiredate IS NOT NULL AND t.expiredate <= @now" : "";
            command = Command(connection, transaction, $"""
                INSERT INTO {table} AS t (key, value, isbinary, insertdate, expiredate) VALUES (@key, @value, true, @now, @expires)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, isbinary = true, updatedate = @now, expiredate = excluded.expiredate
                {onlyOverExpired}
                """);
        }
        command.Parameters.AddWithValue("key", set.Key);
        // a JSON string of the base64 bytes with isbinary, as daprd stores bytes: exact, and daprd reads them back the same
        command.Parameters.Add(new NpgsqlParameter("value", NpgsqlDbType.Jsonb) { Value = "\"" + Convert.ToBase64String(set.Value) + "\"" });
        command.Parameters.Add(Timestamp("now", now));
        command.Parameters.Add(Timestamp("expires", StateTtl.ExpiryFrom(now, set.TtlSeconds)));
        return command;
    }

    private NpgsqlCommand DeleteCommand(NpgsqlConnection connection, NpgsqlTransaction? transaction, StateDeleteRequest delete, DateTimeOffset now)
    {
        NpgsqlCommand command;
        if (!string.IsNullOrEmpty(delete.ETag))
        {
            command = Command(connection, transaction, $"DELETE FROM {table} WHERE key = @key AND xmin = @etag AND (expiredate IS NULL OR expiredate > @now)");
            command.Parameters.Add(ETag(delete.Key, delete.ETag));
            command.Parameters.Add(Timestamp("now", now));
        }
        else command = Command(connection, transaction, $"DELETE FROM {table} WHERE key = @key");
        command.Parameters.AddWithValue("key", delete.Key);
        return command;
    }

    /// <summary>
    /// Deletes the expired rows, unless a store on the same table (here or in daprd) did within the
    /// cleanup interval: the <c>last-cleanup</c> row of the metadata table is claimed atomically first.
    /// </summary>
    /// <returns>the rows deleted, or null when another store's cleanup was recent enough</returns>
    internal long? CleanupExpired()
    {
        var now = time.GetUtcNow();
        using var connection = source.OpenConnection();
        using (var claim = Command(connection, null, $"""
            INSERT INTO {metadataTable} AS m (key, value) VALUES ('last-cleanup', @stamp) ON CONFLICT (key)
            DO UPDATE SET value = excluded.value WHERE m.value::timestamptz <= @due
            """))
        {
            claim.Parameters.AddWithValue("stamp", now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture));
            // daprd's slack: a timer firing a little early still runs
            claim.Parameters.Add(Timestamp("due", now - (cleanupInterval ?? TimeSpan.Zero) + TimeSpan.FromMilliseconds(100)));
            if (claim.ExecuteNonQuery() == 0) return null;
        }
        using var delete = Command(connection, null, $"DELETE FROM {table} WHERE expiredate IS NOT NULL AND expiredate <= @now");
        delete.Parameters.Add(Timestamp("now", now));
        return delete.ExecuteNonQuery();
    }

    private void CleanupInBackground()
    {
        try { CleanupExpired(); }
        // Nothing waits on the timer to hear of a failure, and an expired row is invisible until the
        // next try removes it: a server that is down now only delays the cleanup.
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ObjectDisposedException) { }
    }

    /// <summary>
    /// Runs a statement that the caller's cancellation stops on the server: a guest whose deadline
    /// passes while the statement waits (on another writer's row lock, say) gets its thread back
    /// then, not at the command timeout.
    /// </summary>
    /// <exception cref="OperationCanceledException">the cancellation came first</exception>
    private static T Cancellable<T>(NpgsqlCommand command, CancellationToken cancellation, Func<NpgsqlCommand, T> execute)
    {
        using var registration = cancellation.Register(static command => ((NpgsqlCommand)command!).Cancel(), command);
        try
        {
            return execute(command);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.QueryCanceled && cancellation.IsCancellationRequested)
        {
            throw new OperationCanceledException("the statement was cancelled", e, cancellation);
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql) => new(sql, connection, transaction);

    private static NpgsqlParameter Timestamp(string name, DateTimeOffset? value) =>
        new(name, NpgsqlDbType.TimestampTz) { Value = value is { } at ? at.ToUniversalTime() : DBNull.Value };

    /// <exception cref="StateETagInvalidException">not an xmin (a whole number below 2³²), so no row of this store can have it</exception>
    private static NpgsqlParameter ETag(string key, string etag) =>
        uint.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var xmin)
            ? new NpgsqlParameter("etag", NpgsqlDbType.Xid) { Value = xmin }
            : throw new StateETagInvalidException(key, etag);

    public async ValueTask DisposeAsync()
    {
        // the timer's DisposeAsync waits for a cleanup under way, so the pool is not closed under it
        if (cleanupTimer is not null) await cleanupTimer.DisposeAsync().ConfigureAwait(false);
        await source.DisposeAsync().ConfigureAwait(false);
    }
}
