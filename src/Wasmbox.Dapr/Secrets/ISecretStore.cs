namespace Wasmbox.Dapr.Secrets;

/// <summary>
/// A secret store as Dapr defines one: a secret is a name with one or more key/value pairs
/// (a single-valued store answers {name: value}).
/// </summary>
public interface ISecretStore : IAsyncDisposable
{
    /// <summary>The secret's values, or null when there is no such secret.</summary>
    IReadOnlyDictionary<string, string>? Get(string name);

    /// <summary>Every secret, by name.</summary>
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> GetAll();
}
