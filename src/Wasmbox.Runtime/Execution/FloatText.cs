using System.Globalization;

namespace Wasmbox.Runtime;

/// <summary>
/// Floats as the shortest text that reads back as the same value. .NET 10's "R" (and default)
/// formatting is not always that: for -2^-25 it prints -2.980232238769531E-08, which parses to
/// the next double down (at a power of two the gap below is half the gap above, and the
/// shortest-digits search misses it). Found by the differential fuzzer, which compares logged
/// values as text. When "R" does not read back, 9 (float) or 17 (double) digits always do.
/// </summary>
public static class FloatText
{
    public static string Format(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return double.IsFinite(value) && double.Parse(text, CultureInfo.InvariantCulture) != value
            ? value.ToString("G17", CultureInfo.InvariantCulture)
            : text;
    }

    public static string Format(float value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return float.IsFinite(value) && float.Parse(text, CultureInfo.InvariantCulture) != value
            ? value.ToString("G9", CultureInfo.InvariantCulture)
            : text;
    }
}
