using Wasmbox.Testing;

namespace Wasmbox.Dapr.Tests;

/// <summary>The tests that share one redis-server: they run one after another, each starting from an empty server.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}
