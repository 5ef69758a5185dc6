using System.Globalization;

namespace Wasmbox.Fuzz;

/// <summary>Options shared by both fuzzers: how long, from which seed, and where failing inputs go.</summary>
internal sealed record FuzzOptions(double Seconds, ulong Seed, long MaxItems, string OutputDirectory, int MaxFailures)
{
    public const string Usage = "[--seconds N] [--seed S] [--count N] [--out DIR] [--max-failures N]";

    public static bool TryParse(IReadOnlyList<string> arguments, out FuzzOptions options, out string error)
    {
        options = new FuzzOptions(60, (ulong)Random.Shared.NextInt64(1, long.MaxValue), long.MaxValue, "fuzz-failures", 10);
        error = "";
        for (var i = 0; i < arguments.Count; i += 2)
        {
            var name = arguments[i];
            var value = i + 1 < arguments.Count ? arguments[i + 1] : null;
            if (value is null)
            {
                error = $"{name} needs a value";
                return false;
            }
            var culture = CultureInfo.InvariantCulture;
            FuzzOptions? parsed = name switch
            {
                "--seconds" when double.TryParse(value, culture, out var seconds) && seconds > 0 => options with { Seconds = seconds },
                "--seed" when ulong.TryParse(value, culture, out var seed) => options with { Seed = seed },
                "--count" when long.TryParse(value, culture, out var count) && count > 0 => options with { MaxItems = count },
                "--out" => options with { OutputDirectory = value },
                "--max-failures" when int.TryParse(value, culture, out var failures) && failures > 0 => options with { MaxFailures = failures },
                _ => null,
            };
            if (parsed is null)
            {
                error = $"bad option: {name} {value}";
                return false;
            }
            options = parsed;
        }
        return true;
    }
}
