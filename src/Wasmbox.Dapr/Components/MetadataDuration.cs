using System.Globalization;
using System.Text.RegularExpressions;

namespace Wasmbox.Dapr.Components;

/// <summary>
/// A duration in component metadata, read as daprd's metadata decoder reads one: a Go duration
/// ("20s", "1h30m", "250ms", "-1s") or a whole number of seconds ("30").
/// </summary>
public static partial class MetadataDuration
{
    [GeneratedRegex(@"\G(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)", RegexOptions.CultureInvariant)]
    private static partial Regex Part();

    /// <exception cref="ArgumentException">neither a Go duration nor a whole number of seconds; the message names <paramref name="key"/></exception>
    public static TimeSpan Parse(string key, string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
            return TimeSpan.FromSeconds(seconds);
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
            throw new ArgumentException($"metadata {key} is \"{text}\", not a duration (e.g. 30s, 5m, 1h) or a whole number of seconds");
        return TimeSpan.FromMilliseconds(negative ? -total : total);
    }
}
