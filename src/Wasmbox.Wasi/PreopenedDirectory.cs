namespace Wasmbox.Wasi;

/// <summary>
/// A host directory granted to the guest under <paramref name="GuestPath"/>. Read-only grants
/// refuse every change beneath the directory (create, write, rename, unlink, truncate, set times).
/// </summary>
public sealed record PreopenedDirectory(string HostPath, string GuestPath, bool ReadOnly);
