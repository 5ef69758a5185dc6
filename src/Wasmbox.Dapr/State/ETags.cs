namespace Wasmbox.Dapr.State;

/// <summary>The checks every store makes before a write, the same way (components-contrib state/requests.go).</summary>
internal static class ETags
{
    /// <summary>A new opaque ETag.</summary>
    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// Whether a write may go ahead over <paramref name="current"/> (null: the key is missing):
    /// an ETag given must match; first-write without one only inserts; last-write without one always may.
    /// </summary>
    /// <exception cref="StateETagMismatchException">it may not</exception>
    public static void Check(string key, string? current, string? given, StateConcurrency concurrency)
    {
        if (!string.IsNullOrEmpty(given))
        {
            if (current != given) throw new StateETagMismatchException(key);
            return;
        }
        if (concurrency == StateConcurrency.FirstWrite && current is not null) throw new StateETagMismatchException(key);
    }
}
