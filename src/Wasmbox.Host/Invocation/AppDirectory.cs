using Wasmbox.Host.Manifest;

namespace Wasmbox.Host.Invocation;

/// <summary>
/// The other Dapr apps this server answers the Dapr API for, by app id (manifest <c>apps</c>):
/// where service invocation reaches them, and whose <c>/dapr/subscribe</c> is read.
/// </summary>
public sealed class AppDirectory(IReadOnlyList<ManifestApp> apps)
{
    public IReadOnlyList<ManifestApp> Apps { get; } = apps;

    public Uri? AddressOf(string appId) => Apps.FirstOrDefault(a => a.Id == appId)?.Address;
}
