using System.Collections.Frozen;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr;

/// <summary>
/// The components a Dapr API answers from, by name. Today: state stores. Without any component
/// file there is a default <c>statestore</c>, SQLite in the data directory, as issue 15 asks.
/// </summary>
public sealed class Components : IAsyncDisposable
{
    public const string DefaultStateStore = "statestore";

    public Components(IEnumerable<KeyValuePair<string, IStateStore>> stateStores)
    {
        StateStores = stateStores.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public FrozenDictionary<string, IStateStore> StateStores { get; }

    /// <summary>The defaults: <c>statestore</c> (state.sqlite) in <paramref name="dataDirectory"/>.</summary>
    public static Components Defaults(string dataDirectory) =>
        new([new(DefaultStateStore, new SqliteStateStore(Path.Combine(dataDirectory, "state", DefaultStateStore + ".db")))]);

    public async ValueTask DisposeAsync()
    {
        foreach (var store in StateStores.Values) await store.DisposeAsync().ConfigureAwait(false);
    }
}
