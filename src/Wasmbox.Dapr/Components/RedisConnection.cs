using System.Globalization;
using StackExchange.Redis;

namespace Wasmbox.Dapr.Components;

/// <summary>
/// The connection metadata Dapr's Redis components share (<c>redisHost</c>, <c>redisPassword</c>,
/// <c>redisUsername</c>, <c>redisDB</c>, <c>enableTLS</c>), read into StackExchange.Redis options,
/// and the connection made from them.
/// </summary>
public static class RedisConnection
{
    /// <summary>The metadata keys read here; each Redis component adds its own.</summary>
    public static readonly string[] MetadataKeys = ["redisHost", "redisPassword", "redisUsername", "redisDB", "enableTLS"];

    /// <exception cref="ArgumentException">redisHost is missing, or a value is malformed</exception>
    public static ConfigurationOptions Options(IReadOnlyDictionary<string, string> metadata)
    {
        var host = metadata.GetValueOrDefault("redisHost");
        if (string.IsNullOrWhiteSpace(host)) throw new ArgumentException("metadata redisHost is missing (host:port of the Redis server)");
        var options = new ConfigurationOptions
        {
            // Dapr fails a component whose store cannot be reached at start; a half-loaded store would fail every call instead.
            AbortOnConnectFail = true,
            ConnectTimeout = 5000,
            ClientName = "wasmbox",
            Password = metadata.GetValueOrDefault("redisPassword") is { Length: > 0 } password ? password : null,
            User = metadata.GetValueOrDefault("redisUsername") is { Length: > 0 } user ? user : null,
        };
        try
        {
            options.EndPoints.Add(host);
        }
        catch (ArgumentException) { throw new ArgumentException($"metadata redisHost is \"{host}\", not host:port"); }
        if (metadata.GetValueOrDefault("redisDB") is { } database)
        {
            if (!int.TryParse(database, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                throw new ArgumentException($"metadata redisDB is \"{database}\", not a database number");
            options.DefaultDatabase = number;
        }
        if (metadata.GetValueOrDefault("enableTLS") is { } tls)
        {
            if (!bool.TryParse(tls, out var enabled)) throw new ArgumentException($"metadata enableTLS is \"{tls}\", not true or false");
            options.Ssl = enabled;
        }
        return options;
    }

    /// <summary>Connects now, so a server that cannot be reached refuses the component at load, as daprd does.</summary>
    /// <exception cref="ArgumentException">the metadata is wrong, or the server cannot be reached with it</exception>
    public static ConnectionMultiplexer Connect(IReadOnlyDictionary<string, string> metadata)
    {
        var options = Options(metadata);
        // A guest's host call blocks its thread-pool thread until the reply, and a busy server has
        // many such calls at once: read by the pool, the replies would queue behind the very threads
        // waiting for them (the test ManyBlockingCallersOnThePoolDoNotStarveTheReplies timed out so).
        // The client's reader and writer threads of its own keep them flowing. The flag is the
        // library's, process-wide, and read when a connection is made.
        ConnectionMultiplexer.SetFeatureFlag("DedicatedThreads", true);
        try
        {
            return ConnectionMultiplexer.Connect(options);
        }
        // The catalog reports ArgumentException as the component's problem, with its file and line.
        catch (RedisConnectionException e) { throw new ArgumentException($"cannot connect to Redis at {metadata["redisHost"]}: {e.Message}", e); }
    }
}
