namespace Wasmbox.Bench.Speed;

/// <summary>A row of the speed table: a program built natively and to wasm32-wasi from one source, and how one timed run of it goes.</summary>
internal abstract class SpeedBenchmark(string name)
{
    public string Name { get; } = name;

    /// <summary>Builds both builds, and makes whatever input the runs need; once, before any run.</summary>
    public abstract void Prepare(string root);

    /// <summary>One run on <paramref name="runtime"/>: its wall-clock time and a text that must equal the native run's.</summary>
    public abstract (TimeSpan Elapsed, string Output) Run(Runner runtime);
}
