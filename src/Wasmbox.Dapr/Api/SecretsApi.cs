using System.Text.Json;
using Wasmbox.Dapr.Components;

namespace Wasmbox.Dapr.Api;

/// <summary>
/// <c>GET /v1.0/secrets/{store}/{name}</c> and <c>/v1.0/secrets/{store}/bulk</c>, with daprd's
/// statuses: no secret store at all is 500 ERR_SECRET_STORES_NOT_CONFIGURED, an unknown store 401
/// ERR_SECRET_STORE_NOT_FOUND, a missing secret 204 (daprd answers "nil" that way).
/// </summary>
public sealed class SecretsApi(ComponentSet components)
{
    public DaprResponse Get(string storeName, string name)
    {
        var store = Store(storeName);
        var secret = store.Get(name);
        return secret is null ? DaprResponse.NoContent : DaprResponse.Json(200, JsonSerializer.SerializeToUtf8Bytes(secret));
    }

    public DaprResponse GetBulk(string storeName) =>
        DaprResponse.Json(200, JsonSerializer.SerializeToUtf8Bytes(Store(storeName).GetAll()));

    private Secrets.ISecretStore Store(string name)
    {
        if (components.SecretStores.Count == 0) throw new DaprError(500, "ERR_SECRET_STORES_NOT_CONFIGURED", "secret store is not configured");
        return components.SecretStores.GetValueOrDefault(name) ?? throw new DaprError(401, "ERR_SECRET_STORE_NOT_FOUND", $"failed finding secret store with key {name}");
    }
}
