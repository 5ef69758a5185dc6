using System.Globalization;

namespace Wasmbox.Cli.Commands;

/// <summary>Reads and prints the sizes ("64MiB") and durations ("500ms") of the limit options.</summary>
internal static class LimitValues
{
    private static readonly (string Suffix, ulong Factor)[] SizeSuffixes =
    [
        ("KiB", 1UL << 10), ("MiB", 1UL << 20), ("GiB", 1UL << 30),
        ("KB", 1000), ("MB", 1000_000), ("GB", 1000_000_000),
        ("K", 1UL << 10), ("M", 1UL << 20), ("G", 1UL << 30), ("B", 1),
    ];

    private static readonly (string Suffix, double Milliseconds)[] DurationSuffixes =
    [
        ("ms", 1), ("us", 0.001), ("s", 1000), ("m", 60_000), ("h", 3_600_000),
    ];

    /// <summary>Bytes from "65536", "64KiB", "64MiB", "1GiB" (binary) or "64MB" (decimal).</summary>
    public static bool TryParseSize(string text, out ulong bytes)
    {
        bytes = 0;
        foreach (var (suffix, factor) in SizeSuffixes)
        {
            if (!text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) continue;
            if (!double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount < 0) return false;
            bytes = (ulong)(amount * factor);
            return true;
        }
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out bytes);
    }

    /// <summary>A duration from "500ms", "2s", "1.5s", "1m"; a bare number is seconds.</summary>
    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        foreach (var (suffix, milliseconds) in DurationSuffixes)
        {
            if (!text.EndsWith(suffix, StringComparison.Ordinal)) continue;
            if (!double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount < 0) return false;
            duration = TimeSpan.FromMilliseconds(amount * milliseconds);
            return true;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds < 0) return false;
        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    public static string FormatSize(ulong bytes) =>
        bytes >= 1UL << 30 && bytes % (1UL << 30) == 0 ? $"{bytes >> 30} GiB" :
        bytes >= 1UL << 20 && bytes % (1UL << 20) == 0 ? $"{bytes >> 20} MiB" :
        bytes >= 1UL << 10 && bytes % (1UL << 10) == 0 ? $"{bytes >> 10} KiB" :
        $"{bytes} bytes";
}
