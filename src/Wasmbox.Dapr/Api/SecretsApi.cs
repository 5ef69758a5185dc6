using System.Text.Json;
using Wasmbox.Dapr.Components;

namespace Wasmbox.Dapr.Api;

/// <summary>
/// <c>GET /v1.0/secrets/{store}/{name}</c> and <c>/v1.0/secrets/{store}/bulk</c>, with daprd's
/// statuses: no secret store at all is 500 ERR_SECRET_STORES_NOT_CONFIGURED, an unknown store 401
/// ERR_SECRET_STORE_NOT_FOUND, a missing secret 204 (daprd answers "nil" that way). The typed
/// <see cref="Secret"/> and <see cref="AllSecrets"/> are what the gRPC API calls.
/// </summary>
public sealed class SecretsApi(ComponentSet components)
{
    /// <summary>The secret's key/value pairs, or null when the store has no such secret.</summary>
    public IReadOnlyDictionary<string, string>? Secret(string storeName, string name) => Store(storeName).Get(name);

    /// <summary>Every secret of the store, by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> AllSecrets(string storeName) => Store(storeName).GetAll();

    public DaprResponse Get(string storeName, string name) =>
        Secret(storeName, name) is { } secret ? DaprResponse.Json(200, JsonSerializer.SerializeToUtf8Bytes(secret)) : DaprResponse.NoContent;

    public DaprResponse GetBulk(string storeName) =>
        DaprResponse.Json(200, JsonSerializer.SerializeToUtf8Bytes(AllSecrets(storeName)));

    private Secrets.ISecretStore Store(string name)
    {
        if (components.SecretStores.Count == 0) throw new DaprError(500, "ERR_SECRET_STORES_NOT_CONFIGURED", "secret store is not configured");
        return components.SecretStores.GetValueOrDefault(name) ?? throw new DaprError(401, "ERR_SECRET_STORE_NOT_FOUND", $"failed finding secret store with key {name}");
    }
}
