using System.Globalization;

namespace Wasmbox.Host.Manifest;

/// <summary>Sizes ("64MiB", "512KiB", "1GiB", "1000") and durations ("5s", "250ms", "2m") as manifests and CLI options write them.</summary>
internal static class Quantities
{
    private static readonly (string Suffix, ulong Factor)[] SizeSuffixes =
    [
        ("GiB", 1UL << 30), ("MiB", 1UL << 20), ("KiB", 1UL << 10),
        ("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("kB", 1_000),
        ("G", 1UL << 30), ("M", 1UL << 20), ("K", 1UL << 10), ("B", 1),
    ];

    public static bool TryParseSize(string text, out ulong bytes)
    {
        bytes = 0;
        text = text.Trim();
        var factor = 1UL;
        foreach (var (suffix, value) in SizeSuffixes)
        {
            if (!text.EndsWith(suffix, StringComparison.Ordinal)) continue;
            factor = value;
            text = text[..^suffix.Length].TrimEnd();
            break;
        }
        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return false;
        if (count > ulong.MaxValue / factor) return false;
        bytes = count * factor;
        return true;
    }

    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        text = text.Trim();
        (string Suffix, double Milliseconds)[] units = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)];
        foreach (var (suffix, milliseconds) in units)
        {
            if (!text.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var number = text[..^suffix.Length];
            if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0 ||
                value * milliseconds > TimeSpan.MaxValue.TotalMilliseconds / 2) return false;
            duration = TimeSpan.FromMilliseconds(value * milliseconds);
            return true;
        }
        return false;
    }

    public static string FormatSize(ulong bytes) => bytes switch
    {
        _ when bytes >= 1UL << 30 && bytes % (1UL << 30) == 0 => $"{bytes >> 30} GiB",
        _ when bytes >= 1UL << 20 && bytes % (1UL << 20) == 0 => $"{bytes >> 20} MiB",
        _ when bytes >= 1UL << 10 && bytes % (1UL << 10) == 0 => $"{bytes >> 10} KiB",
        _ => $"{bytes} bytes",
    };

    public static string FormatDuration(TimeSpan duration) =>
        duration.TotalMilliseconds < 1000 || duration.TotalMilliseconds % 1000 != 0
            ? $"{duration.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms"
            : $"{duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s";
}
