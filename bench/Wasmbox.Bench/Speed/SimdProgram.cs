using Wasmbox.Bench.Building;

namespace Wasmbox.Bench.Speed;

/// <summary>
/// A program of bench/programs whose hot loops clang's auto-vectorizers can vectorize, built three
/// times from its one source: natively (clang-19 -O2, the default x86-64 target, SSE2), to
/// wasm32-wasi with -msimd128 and to wasm32-wasi without it. Its arguments make a native run last
/// about 1 to 1.5 s on a quiet core of a 2-core x86-64 machine.
/// </summary>
internal sealed class SimdProgram(string name, params string[] arguments)
{
    /// <summary>The SIMD table's rows (bench/README.md says which of them clang vectorizes for Wasm, and where).</summary>
    public static readonly SimdProgram[] All =
    [
        new("matmul", "1000", "9"),
        new("mandelbrot8", "8000"),
        new("base64", "5000"),
        new("sha256", "400"),
        new("dot", "65536", "50000"),
        new("filter", "1920", "1080", "300"),
    ];

    private ProgramFiles? withSimd;
    private ProgramFiles? withoutSimd;

    public string Name { get; } = name;

    /// <summary>Builds the three builds (each only when its source or flags changed).</summary>
    public void Prepare(string root)
    {
        var source = Path.Combine(root, "bench", "programs", Name + ".c");
        var folder = Path.Combine(root, ".build", "bench-programs");
        withSimd = ProgramBuilder.BuildWithSimd(source, folder);
        withoutSimd = ProgramBuilder.Build(source, folder);
    }

    /// <summary>One run on <paramref name="runtime"/>, of the -msimd128 module or of the one without SIMD (natively, the one native build).</summary>
    public (TimeSpan Elapsed, string Output) Run(Runner runtime, bool simd) =>
        runtime.Run((simd ? withSimd : withoutSimd) ?? throw new InvalidOperationException($"{Name} is not built"), new Invocation(arguments));
}
