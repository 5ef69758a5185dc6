namespace Wasmbox.Fuzz.Differential;

/// <summary>Time spent per phase, summed over modules, to show where a run's time goes.</summary>
internal sealed class PhaseTimes
{
    public TimeSpan Generate { get; set; }
    public TimeSpan Binaryen { get; set; }
    public TimeSpan V8 { get; set; }
    public TimeSpan Wasmbox { get; set; }

    public void Add(PhaseTimes other)
    {
        Generate += other.Generate;
        Binaryen += other.Binaryen;
        V8 += other.V8;
        Wasmbox += other.Wasmbox;
    }

    public string PerModule(long modules)
    {
        string Ms(TimeSpan t) => $"{t.TotalMilliseconds / Math.Max(1, modules):0.0} ms";
        return $"per module: generate {Ms(Generate)}, binaryen {Ms(Binaryen)}, V8 {Ms(V8)}, Wasmbox {Ms(Wasmbox)} (the last three run at once)";
    }
}
