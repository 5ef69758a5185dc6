namespace Wasmbox.Host.Manifest;

/// <summary>Another Dapr app on this machine, named in the manifest: its app id and its app port's address.</summary>
public sealed record ManifestApp(string Id, Uri Address);

/// <summary>What a wasmbox.yaml says: its functions, its Dapr resources directory, and the other apps it serves the Dapr API for.</summary>
public sealed record ManifestDocument(IReadOnlyList<ManifestFunction> Functions, string? ResourcesPath, IReadOnlyList<ManifestApp> Apps);
