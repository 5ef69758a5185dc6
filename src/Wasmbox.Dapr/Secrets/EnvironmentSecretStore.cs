namespace Wasmbox.Dapr.Secrets;

/// <summary>
/// <c>secretstores.local.env</c>: the server's environment variables are the secrets, each
/// {name: value}. With <c>prefix</c>, only variables starting with it, named without it (daprd's
/// behaviour), so a store can expose APP_* and nothing else of the environment.
/// </summary>
public sealed class EnvironmentSecretStore(string prefix = "") : ISecretStore
{
    public IReadOnlyDictionary<string, string>? Get(string name) =>
        Environment.GetEnvironmentVariable(prefix + name) is { } value ? new Dictionary<string, string> { [name] = value } : null;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> GetAll() =>
        Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(key => key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length)
            .Select(key => key[prefix.Length..])
            .ToDictionary(name => name, name => Get(name)!);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
