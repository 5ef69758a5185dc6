using System.Globalization;

namespace Wasmbox.Dapr.State;

/// <summary>Dapr's <c>ttlInSeconds</c> metadata: a whole number of seconds, or -1 for none.</summary>
public static class StateTtl
{
    public const string MetadataKey = "ttlInSeconds";

    /// <exception cref="StateTtlInvalidException">not a whole number, or below -1</exception>
    public static long? Parse(string? value)
    {
        if (value is null) return null;
        if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds) || seconds < -1)
            throw new StateTtlInvalidException(value);
        return seconds;
    }

    /// <summary>When an item saved now with <paramref name="seconds"/> expires; null for none (no TTL, 0 or -1, as components-contrib's stores read it).</summary>
    public static DateTimeOffset? ExpiryFrom(DateTimeOffset now, long? seconds) => seconds is > 0 ? now.AddSeconds(seconds.Value) : null;
}
