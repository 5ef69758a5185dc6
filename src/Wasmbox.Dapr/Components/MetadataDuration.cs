using System.Globalization;
using System.Text.RegularExpressions;

namespace Wasmbox.Dapr.Components;

/// <summary>
/// A duration in component metadata as Dapr's Redis components read it: a Go duration
/// ("15s", "500ms", "1m30s", "2h") or a whole number of milliseconds.
/// </summary>
public static partial class MetadataDuration
{
    [GeneratedRegex(@"\G(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)", RegexOptions.CultureInvariant)]
    private static partial Regex Part();

    /// <summary>The value of <paramref name="key"/>, or <paramref name="fallback"/> when it is not given.</summary>
    /// <exception cref="ArgumentException">the value is not a duration</exception>
    public static TimeSpan Read(IReadOnlyDictionary<string, string> metadata, string key, TimeSpan fallback)
    {
        if (metadata.GetValueOrDefault(key) is not { } text) return fallback;
        return Parse(text) ?? throw new ArgumentException($"metadata {key} is \"{text}\", not a duration (such as 15s, 500ms or 1m)");
    }

    /// <summary>The duration <paramref name="text"/> says, or null when it is not one.</summary>
    public static TimeSpan? Parse(string text)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)) return TimeSpan.FromMilliseconds(milliseconds);
        if (text.Length == 0) return null;
        var total = TimeSpan.Zero;
        var at = 0;
        while (at < text.Length)
        {
            var match = Part().Match(text, at);
            if (!match.Success) return null;
            var amount = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            total += match.Groups[2].Value switch
            {
                "h" => TimeSpan.FromHours(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "ms" => TimeSpan.FromMilliseconds(amount),
                _ => TimeSpan.FromMicroseconds(match.Groups[2].Value == "ns" ? amount / 1000 : amount),
            };
            at += match.Length;
        }
        return total;
    }
}
