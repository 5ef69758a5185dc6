using System.Globalization;
using System.Text;

namespace Wasmbox.Host.Tests;

/// <summary>One sample of a Prometheus text exposition: <c>name{label="value",…} 1.5</c>.</summary>
internal sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

/// <summary>
/// A reader of the Prometheus text format (version 0.0.4), as a scraper reads it: the samples, and
/// each metric's type from its <c># TYPE</c> line. Label values are unescaped (\\, \", \n); a line it
/// cannot read fails the test, so malformed output cannot pass.
/// </summary>
internal sealed class PrometheusText
{
    private PrometheusText(List<PrometheusSample> samples, Dictionary<string, string> types)
    {
        Samples = samples;
        Types = types;
    }

    public IReadOnlyList<PrometheusSample> Samples { get; }
    public IReadOnlyDictionary<string, string> Types { get; }

    public static PrometheusText Parse(string text)
    {
        var samples = new List<PrometheusSample>();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0) continue;
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                types[parts[2]] = parts[3];
                continue;
            }
            if (line.StartsWith('#')) continue;
            samples.Add(ParseSample(line));
        }
        return new PrometheusText(samples, types);
    }

    private static PrometheusSample ParseSample(string line)
    {
        var position = 0;
        while (position < line.Length && line[position] is not ('{' or ' ')) position++;
        var name = line[..position];
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (position < line.Length && line[position] == '{')
        {
            position++;
            while (line[position] != '}')
            {
                var equals = line.IndexOf('=', position);
                var label = line[position..equals];
                position = equals + 1;
                if (line[position] != '"') throw new FormatException($"label {label} has no quoted value: {line}");
                position++;
                var value = new StringBuilder();
                while (line[position] != '"')
                {
                    if (line[position] == '\\')
                    {
                        position++;
                        value.Append(line[position] switch { 'n' => '\n', var c => c });
                    }
                    else value.Append(line[position]);
                    position++;
                }
                labels[label] = value.ToString();
                position++;
                if (line[position] == ',') position++;
            }
            position++;
        }
        var rest = line[position..].Trim().Split(' ');   // the value, then an optional timestamp
        var number = rest[0] switch { "+Inf" => double.PositiveInfinity, "-Inf" => double.NegativeInfinity, var v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture) };
        return new PrometheusSample(name, labels, number);
    }

    /// <summary>The samples of <paramref name="name"/> whose labels include all of <paramref name="labels"/>.</summary>
    public IEnumerable<PrometheusSample> Find(string name, params (string Label, string Value)[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value));

    /// <summary>The one sample of <paramref name="name"/> with these labels; fails unless there is exactly one.</summary>
    public double Value(string name, params (string Label, string Value)[] labels)
    {
        var found = Find(name, labels).ToList();
        Assert.True(found.Count == 1, $"{found.Count} samples of {name} with {string.Join(", ", labels.Select(l => $"{l.Label}={l.Value}"))}");
        return found[0].Value;
    }

    /// <summary>A histogram's cumulative buckets, by upper bound (+Inf last).</summary>
    public IReadOnlyList<(double UpperBound, double Count)> Buckets(string name, params (string Label, string Value)[] labels) =>
        Find(name + "_bucket", labels)
            .Select(s => (s.Labels["le"] == "+Inf" ? double.PositiveInfinity : double.Parse(s.Labels["le"], NumberStyles.Float, CultureInfo.InvariantCulture), s.Value))
            .OrderBy(b => b.Item1)
            .ToList();
}
