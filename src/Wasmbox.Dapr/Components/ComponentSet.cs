using System.Collections.Frozen;
using System.Collections.Immutable;
using Wasmbox.Dapr.Bindings;
using Wasmbox.Dapr.PubSub;
using Wasmbox.Dapr.Secrets;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Components;

/// <summary>A component's name, type ("state.sqlite") and version, as daprd's metadata lists it.</summary>
public sealed record ComponentDescription(string Name, string Type, string Version);

/// <summary>
/// The components a Dapr API answers from, by name: state stores, pub/subs, secret stores and
/// bindings, and the declarative subscriptions. Without any component file there is a default <c>statestore</c> (SQLite in the data
/// directory) and a default <c>pubsub</c> (the durable embedded one), as issue 15 asks.
/// </summary>
public sealed class ComponentSet : IAsyncDisposable
{
    public const string DefaultStateStore = "statestore";
    public const string DefaultPubSub = "pubsub";

    public ComponentSet(
        IEnumerable<KeyValuePair<string, IStateStore>> stateStores,
        IEnumerable<KeyValuePair<string, IPubSub>>? pubsubs = null,
        IEnumerable<KeyValuePair<string, ISecretStore>>? secretStores = null,
        IEnumerable<KeyValuePair<string, IOutputBinding>>? outputBindings = null,
        IEnumerable<KeyValuePair<string, IInputBinding>>? inputBindings = null,
        IEnumerable<SubscriptionDefinition>? subscriptions = null)
    {
        Subscriptions = [.. subscriptions ?? []];
        StateStores = stateStores.ToFrozenDictionary(StringComparer.Ordinal);
        PubSubs = (pubsubs ?? []).ToFrozenDictionary(StringComparer.Ordinal);
        SecretStores = (secretStores ?? []).ToFrozenDictionary(StringComparer.Ordinal);
        OutputBindings = (outputBindings ?? []).ToFrozenDictionary(StringComparer.Ordinal);
        InputBindings = (inputBindings ?? []).ToFrozenDictionary(StringComparer.Ordinal);
    }

    public FrozenDictionary<string, IStateStore> StateStores { get; }
    public FrozenDictionary<string, IPubSub> PubSubs { get; }
    public FrozenDictionary<string, ISecretStore> SecretStores { get; }
    public FrozenDictionary<string, IOutputBinding> OutputBindings { get; }
    public FrozenDictionary<string, IInputBinding> InputBindings { get; }
    /// <summary>The declarative subscriptions (Subscription resources) scoped to this app.</summary>
    public ImmutableArray<SubscriptionDefinition> Subscriptions { get; }
    /// <summary>Each component's name, type and version, as /v1.0/metadata lists them.</summary>
    public ImmutableArray<ComponentDescription> Descriptions { get; init; } = [];

    /// <summary>The defaults only, in <paramref name="dataDirectory"/>.</summary>
    public static ComponentSet Defaults(string dataDirectory) => Load(null, new ComponentContext(dataDirectory, ""));

    /// <inheritdoc cref="Load(string?, ComponentContext)"/>
    public static ComponentSet Load(string? resourcesPath, string dataDirectory, string appId) => Load(resourcesPath, new ComponentContext(dataDirectory, appId));

    /// <summary>
    /// The components of <paramref name="resourcesPath"/> (none when null) scoped to the context's
    /// app id, secret stores first so the others' <c>secretKeyRef</c>s resolve, plus the defaults
    /// unless a component takes their names. All or nothing: on a refusal, what was opened is closed.
    /// </summary>
    /// <exception cref="ComponentException">a file or component is refused</exception>
    public static ComponentSet Load(string? resourcesPath, ComponentContext context)
    {
        var definitions = (resourcesPath is null ? [] : ComponentReader.ReadDirectory(resourcesPath))
            .Where(c => c.Scopes.IsEmpty || c.Scopes.Contains(context.AppId))   // scoped to other apps: not ours
            .OrderBy(c => c.Category == "secretstores" ? 0 : 1)
            .ToList();
        var subscriptions = (resourcesPath is null ? [] : SubscriptionReader.ReadDirectory(resourcesPath))
            .Where(s => s.Scopes.IsEmpty || s.Scopes.Contains(context.AppId))
            .ToList();
        var created = new List<(string Name, object Component)>();
        try
        {
            foreach (var definition in definitions)
            {
                var resolved = Resolve(definition, created.Where(c => c.Component is ISecretStore).ToDictionary(c => c.Name, c => (ISecretStore)c.Component));
                created.Add((definition.Name, ComponentCatalog.Create(resolved, context)));
            }
            if (!created.Any(c => c.Name == DefaultStateStore))
                created.Add((DefaultStateStore, new SqliteStateStore(Path.Combine(context.DataDirectory, "state", DefaultStateStore + ".db"), time: context.Time)));
            if (!created.Any(c => c.Name == DefaultPubSub))
                created.Add((DefaultPubSub, new DurablePubSub(Path.Combine(context.DataDirectory, "pubsub", DefaultPubSub + ".db"), context.Time)));
        }
        catch
        {
            foreach (var (_, component) in created) ((IAsyncDisposable)component).DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
        IEnumerable<KeyValuePair<string, T>> Of<T>() => created.Where(c => c.Component is T).Select(c => new KeyValuePair<string, T>(c.Name, (T)c.Component));
        var set = new ComponentSet(Of<IStateStore>(), Of<IPubSub>(), Of<ISecretStore>(), Of<IOutputBinding>(), Of<IInputBinding>(), subscriptions)
        {
            Descriptions =
            [
                .. definitions.Select(d => new ComponentDescription(d.Name, d.Type, d.Version)),
                .. created.Where(c => !definitions.Any(d => d.Name == c.Name))
                    .Select(c => new ComponentDescription(c.Name, c.Component is IStateStore ? "state.sqlite" : "pubsub.wasmbox", "v1")),
            ],
        };
        foreach (var subscription in subscriptions.Where(s => !set.PubSubs.ContainsKey(s.PubSub)))
        {
            set.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw new ComponentException(Path.GetFileName(subscription.File), subscription.Line,
                $"subscription {subscription.Name}: pub/sub \"{subscription.PubSub}\" does not exist (pub/subs: {string.Join(", ", set.PubSubs.Keys.Order())})");
        }
        return set;
    }

    /// <summary>The definition with its <c>secretKeyRef</c> metadata read from its <c>auth.secretStore</c>.</summary>
    private static ComponentDefinition Resolve(ComponentDefinition definition, IReadOnlyDictionary<string, ISecretStore> secretStores)
    {
        if (definition.SecretRefs.IsEmpty) return definition;
        ComponentException Error(string problem) => new(Path.GetFileName(definition.File), definition.Line, $"component {definition.Name}: {problem}");
        if (definition.Category == "secretstores") throw Error("a secret store cannot take its metadata from another secret store (secretKeyRef)");
        if (definition.SecretStore is not { } storeName)
            throw Error($"metadata {definition.SecretRefs.Keys.First()} uses secretKeyRef: name the secret store that holds it with auth.secretStore");
        if (!secretStores.TryGetValue(storeName, out var store))
            throw Error($"auth.secretStore \"{storeName}\" is not a secret store of this app (secret stores: {(secretStores.Count == 0 ? "none" : string.Join(", ", secretStores.Keys.Order()))})");
        var metadata = definition.Metadata;
        foreach (var (key, reference) in definition.SecretRefs)
        {
            var secret = store.Get(reference.Name) ?? throw Error($"metadata {key}: secret \"{reference.Name}\" is not in secret store {storeName}");
            if (!secret.TryGetValue(reference.Key, out var value)) throw Error($"metadata {key}: secret \"{reference.Name}\" of {storeName} has no key \"{reference.Key}\"");
            metadata = metadata.SetItem(key, value);
        }
        return definition with { Metadata = metadata, SecretRefs = definition.SecretRefs.Clear() };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var component in new IAsyncDisposable[][] { [.. StateStores.Values], [.. PubSubs.Values], [.. SecretStores.Values], [.. OutputBindings.Values], [.. InputBindings.Values] }
                     .SelectMany(c => c).Distinct())
            await component.DisposeAsync().ConfigureAwait(false);
    }
}
