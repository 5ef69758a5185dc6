using Wasmbox.Bench.Building;
using Wasmbox.Programs.Tests.Building;

namespace Wasmbox.Bench.Speed;

/// <summary>
/// A program from a Debian source package, built natively and to wasm32-wasi by the real-program
/// tests' recipes (tests/Wasmbox.Programs.Tests/Recipes, cached where those tests cache them), and
/// run on a workload of its own in a fresh working directory per run.
/// </summary>
internal abstract class RealProgramBenchmark(string name, string package) : SpeedBenchmark(name)
{
    public static RealProgramBenchmark[] All => [new Bzip2Benchmark(), new SqliteBenchmark()];

    private ProgramFiles? files;
    private string? work;

    protected ProgramFiles Files => files ?? throw new InvalidOperationException($"{Name} is not built");

    /// <summary>Where this benchmark keeps its input, beside the runs' directories.</summary>
    protected string Work => work ?? throw new InvalidOperationException($"{Name} is not prepared");

    public override void Prepare(string root)
    {
        var build = ProgramBuild.Get(Name, package);
        files = new ProgramFiles(build.NativePath, build.WasmPath);
        work = Directory.CreateDirectory(Path.Combine(root, ".build", "bench-work", Name)).FullName;
        PrepareInput(root);
    }

    /// <summary>Makes the input the runs share (generated, never committed).</summary>
    protected abstract void PrepareInput(string root);

    /// <summary>An empty directory for one run, the same path every time.</summary>
    protected string FreshDirectory()
    {
        var directory = Path.Combine(Work, "run");
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        return Directory.CreateDirectory(directory).FullName;
    }
}
