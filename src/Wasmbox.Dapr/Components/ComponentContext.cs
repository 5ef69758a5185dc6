namespace Wasmbox.Dapr.Components;

/// <summary>
/// What a component factory may use besides its own metadata: the data directory (relative paths
/// in component files are under it, so a file means the same wherever the server starts), the app
/// id (daprd's key prefix and consumer group default), and the clock.
/// </summary>
public sealed record ComponentContext(string DataDirectory, string AppId)
{
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
