using System.Collections.Immutable;

namespace Wasmbox.Dapr.Components;

/// <summary>A Dapr <c>Component</c> resource as read from its YAML: name, type ("state.sqlite"), version, metadata, scopes, and where it was written.</summary>
public sealed record ComponentDefinition(string Name, string Type, string Version, ImmutableDictionary<string, string> Metadata, ImmutableArray<string> Scopes, string File, long Line)
{
    /// <summary>The building block: "state" of "state.sqlite".</summary>
    public string Category => Type.Split('.')[0];
}
