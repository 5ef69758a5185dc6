using System.Globalization;

namespace Wasmbox.Fuzz.Mutation;

/// <summary>How many inputs ended each way, and the slowest one; sent by the worker as one "stats k=v ..." line.</summary>
internal sealed class MutationCounts
{
    public Dictionary<InputOutcome, long> Outcomes { get; } = Enum.GetValues<InputOutcome>().ToDictionary(o => o, _ => 0L);
    /// <summary>Milliseconds spent on inputs of each outcome: where a run's time goes.</summary>
    public Dictionary<InputOutcome, double> Milliseconds { get; } = Enum.GetValues<InputOutcome>().ToDictionary(o => o, _ => 0.0);
    public long Unexpected { get; set; }
    /// <summary>Modules Wasmbox accepted and V8 refused.</summary>
    public long Disagreements { get; set; }
    public double SlowestMilliseconds { get; set; }
    public long SlowestIndex { get; set; } = -1;

    public long Total => Outcomes.Values.Sum() + Unexpected;

    /// <summary>Inputs Wasmbox decoded and validated.</summary>
    public long Accepted => Total - Unexpected - Outcomes[InputOutcome.Malformed] - Outcomes[InputOutcome.Invalid];

    public void Record(InputOutcome outcome, double milliseconds)
    {
        Outcomes[outcome]++;
        Milliseconds[outcome] += milliseconds;
    }

    public void RecordTime(long index, double milliseconds)
    {
        if (milliseconds <= SlowestMilliseconds) return;
        SlowestMilliseconds = milliseconds;
        SlowestIndex = index;
    }

    public void Add(MutationCounts other)
    {
        foreach (var (outcome, count) in other.Outcomes) Outcomes[outcome] += count;
        foreach (var (outcome, milliseconds) in other.Milliseconds) Milliseconds[outcome] += milliseconds;
        Unexpected += other.Unexpected;
        Disagreements += other.Disagreements;
        if (other.SlowestMilliseconds > SlowestMilliseconds) (SlowestMilliseconds, SlowestIndex) = (other.SlowestMilliseconds, other.SlowestIndex);
    }

    public string ToLine()
    {
        var culture = CultureInfo.InvariantCulture;
        var pairs = Outcomes.Select(o => $"{o.Key}={o.Value.ToString(culture)}")
            .Concat(Milliseconds.Select(m => $"{m.Key}Ms={m.Value.ToString("0.0", culture)}"))
            .Append($"Unexpected={Unexpected.ToString(culture)}")
            .Append($"Disagreements={Disagreements.ToString(culture)}")
            .Append($"SlowestMs={SlowestMilliseconds.ToString("0.0", culture)}")
            .Append($"SlowestIndex={SlowestIndex.ToString(culture)}");
        return "stats " + string.Join(' ', pairs);
    }

    public static MutationCounts FromLine(string line)
    {
        var counts = new MutationCounts();
        var culture = CultureInfo.InvariantCulture;
        foreach (var pair in line.Split(' ').Skip(1))
        {
            var (key, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            if (Enum.TryParse<InputOutcome>(key, out var outcome)) counts.Outcomes[outcome] = long.Parse(value, culture);
            else if (key.EndsWith("Ms", StringComparison.Ordinal) && Enum.TryParse(key[..^2], out outcome)) counts.Milliseconds[outcome] = double.Parse(value, culture);
            else if (key == "Unexpected") counts.Unexpected = long.Parse(value, culture);
            else if (key == "Disagreements") counts.Disagreements = long.Parse(value, culture);
            else if (key == "SlowestMs") counts.SlowestMilliseconds = double.Parse(value, culture);
            else if (key == "SlowestIndex") counts.SlowestIndex = long.Parse(value, culture);
        }
        return counts;
    }

    public string Describe() =>
        string.Join(", ", Outcomes.Select(o => $"{o.Value} {o.Key.ToString().ToLowerInvariant()} ({Milliseconds[o.Key] / 1000:0.0} s)")) +
        $"; slowest input {SlowestMilliseconds:0} ms (index {SlowestIndex})";
}
