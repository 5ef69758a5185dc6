using System.Collections.Immutable;

namespace Wasmbox.Dapr.Components;

/// <summary>A metadata value daprd takes from a secret store: secret <see cref="Name"/>, its key <see cref="Key"/> (the name when none is given).</summary>
public sealed record SecretKeyRef(string Name, string Key);

/// <summary>
/// A Dapr <c>Component</c> resource as read from its YAML: name, type ("state.sqlite"), version,
/// metadata, scopes, and where it was written. Metadata given by <c>secretKeyRef</c> is in
/// <see cref="SecretRefs"/> until <see cref="ComponentSet"/> resolves it from <see cref="SecretStore"/>
/// (<c>auth.secretStore</c>).
/// </summary>
public sealed record ComponentDefinition(string Name, string Type, string Version, ImmutableDictionary<string, string> Metadata, ImmutableArray<string> Scopes, string File, long Line)
{
    public ImmutableDictionary<string, SecretKeyRef> SecretRefs { get; init; } = ImmutableDictionary<string, SecretKeyRef>.Empty;
    public string? SecretStore { get; init; }

    /// <summary>The building block: "state" of "state.sqlite".</summary>
    public string Category => Type.Split('.')[0];
}
