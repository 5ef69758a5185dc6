using Wasmbox.Bench.Building;

namespace Wasmbox.Bench.Speed;

/// <summary>
/// A program of bench/programs: a WASI command that takes its size as arguments and prints a
/// checksum. The sizes make a native run last about 1.5 s on a 2-core x86-64 machine.
/// </summary>
internal sealed class KernelProgram(string name, params string[] arguments) : SpeedBenchmark(name)
{
    public static readonly KernelProgram[] All =
    [
        new("nbody", "22000000"),
        new("fannkuch", "10", "7"),
        new("spectralnorm", "5500"),
        new("mandelbrot", "5000"),
        new("matmul", "1000", "9"),
        new("sieve", "26"),
        new("sha256", "400"),
        new("base64", "5000"),
        new("quicksort", "5000000", "4"),
        new("binarytrees", "18"),
        new("hashmap", "25000000"),
    ];

    private ProgramFiles? files;

    public override void Prepare(string root) =>
        files = ProgramBuilder.Build(Path.Combine(root, "bench", "programs", Name + ".c"), Path.Combine(root, ".build", "bench-programs"));

    public override (TimeSpan Elapsed, string Output) Run(Runner runtime) =>
        runtime.Run(files ?? throw new InvalidOperationException($"{Name} is not built"), new Invocation(arguments));
}
