using System.Collections.Frozen;
using Wasmbox.Dapr.PubSub;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Components;

/// <summary>
/// The components a Dapr API answers from, by name. Today: state stores. Without any component
/// file there is a default <c>statestore</c>, SQLite in the data directory, as issue 15 asks.
/// </summary>
public sealed class ComponentSet : IAsyncDisposable
{
    public const string DefaultStateStore = "statestore";
    public const string DefaultPubSub = "pubsub";

    public ComponentSet(IEnumerable<KeyValuePair<string, IStateStore>> stateStores, IEnumerable<KeyValuePair<string, IPubSub>>? pubsubs = null)
    {
        StateStores = stateStores.ToFrozenDictionary(StringComparer.Ordinal);
        PubSubs = (pubsubs ?? []).ToFrozenDictionary(StringComparer.Ordinal);
    }

    public FrozenDictionary<string, IStateStore> StateStores { get; }
    public FrozenDictionary<string, IPubSub> PubSubs { get; }

    /// <summary>The defaults: <c>statestore</c> (state.sqlite) in <paramref name="dataDirectory"/>.</summary>
    public static ComponentSet Defaults(string dataDirectory) => Load(null, dataDirectory, "");

    /// <summary>
    /// The components of <paramref name="resourcesPath"/> (none when null) scoped to <paramref name="appId"/>,
    /// plus the default <c>statestore</c> unless a component takes that name. All or nothing.
    /// </summary>
    /// <exception cref="ComponentException">a file or component is refused</exception>
    public static ComponentSet Load(string? resourcesPath, string dataDirectory, string appId)
    {
        var definitions = resourcesPath is null ? [] : ComponentReader.ReadDirectory(resourcesPath);
        var stores = new List<KeyValuePair<string, IStateStore>>();
        try
        {
            foreach (var component in definitions)
            {
                if (!component.Scopes.IsEmpty && !component.Scopes.Contains(appId)) continue;   // scoped to other apps
                if (component.Category != "state")
                    throw new ComponentException(Path.GetFileName(component.File), component.Line,
                        $"component {component.Name}: type {component.Type} is not supported (supported: {string.Join(", ", ComponentCatalog.SupportedTypes)})");
                stores.Add(new(component.Name, ComponentCatalog.CreateStateStore(component, dataDirectory)));
            }
            if (!stores.Any(s => s.Key == DefaultStateStore))
                stores.Add(new(DefaultStateStore, new SqliteStateStore(Path.Combine(dataDirectory, "state", DefaultStateStore + ".db"))));
        }
        catch
        {
            foreach (var (_, store) in stores) store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
        // The durable embedded pub/sub is the default "pubsub" (component files cannot declare pub/subs yet).
        return new ComponentSet(stores, [new(DefaultPubSub, new DurablePubSub(Path.Combine(dataDirectory, "pubsub", DefaultPubSub + ".db")))]);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in StateStores.Values) await store.DisposeAsync().ConfigureAwait(false);
        foreach (var pubsub in PubSubs.Values) await pubsub.DisposeAsync().ConfigureAwait(false);
    }
}
