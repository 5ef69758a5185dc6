using System.Globalization;
using System.Text.RegularExpressions;

namespace Wasmbox.Dapr.Components;

/// <summary>
/// A duration in component metadata: a Go duration ("20s", "1h30m", "250ms", "-1s") or a whole
/// number, which daprd's metadata decoder reads as seconds and Dapr's Redis components as
/// milliseconds; each caller says which it follows.
/// </summary>
public static partial class MetadataDuration
{
    [GeneratedRegex(@"\G(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)", RegexOptions.CultureInvariant)]
    private static partial Regex Part();

    /// <summary>As daprd's metadata decoder: a whole number is seconds.</summary>
    /// <exception cref="ArgumentException">not a duration; the message names <paramref name="key"/></exception>
    public static TimeSpan Parse(string key, string text) => Parse(key, text, TimeSpan.FromSeconds(1));

    /// <summary>As Dapr's Redis components: the value of <paramref name="key"/> (a whole number is milliseconds), or <paramref name="fallback"/> when not given.</summary>
    /// <exception cref="ArgumentException">not a duration; the message names <paramref name="key"/></exception>
    public static TimeSpan Read(IReadOnlyDictionary<string, string> metadata, string key, TimeSpan fallback) =>
        metadata.GetValueOrDefault(key) is { } text ? Parse(key, text, TimeSpan.FromMilliseconds(1)) : fallback;

    /// <exception cref="ArgumentException">neither a Go duration nor a whole number; the message names <paramref name="key"/></exception>
    public static TimeSpan Parse(string key, string text, TimeSpan wholeNumberUnit)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            return wholeNumberUnit * whole;
        var negative = text.StartsWith('-');
        var rest = negative || text.StartsWith('+') ? text[1..] : text;
        var total = 0.0;
        var at = 0;
        while (at < rest.Length && Part().Match(rest, at) is { Success: true } part)
        {
            var amount = double.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture);
            total += amount * part.Groups[2].Value switch
            {
                "ns" => 1e-6,
                "us" or "µs" => 1e-3,
                "ms" => 1,
                "s" => 1_000,
                "m" => 60_000,
                _ => 3_600_000,
            };
            at += part.Length;
        }
        if (rest.Length == 0 || at != rest.Length)
            throw new ArgumentException($"metadata {key} is \"{text}\", not a duration (such as 15s, 500ms or 1m)");
        return TimeSpan.FromMilliseconds(negative ? -total : total);
    }
}
