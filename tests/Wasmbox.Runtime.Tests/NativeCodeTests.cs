namespace Wasmbox.Runtime.Tests;

/// <summary>
/// EngineConfig.NativeCompiler: a module with a function RyuJIT would only compile unoptimised
/// (an interpreter loop over its size limits, which cannot be split) is compiled ahead of time by
/// crossgen2 when it goes through the compilation cache, and computes exactly what the JIT's code does.
/// </summary>
public sealed class NativeCodeTests : IDisposable
{
    // 500 cases: far over the size RyuJIT optimises, and all of it one loop, so it is left whole.
    private static readonly byte[] Interpreter = Wabt.Wat2Wasm(FunctionSplittingTests.BuildInterpreter(cases: 500), "--debug-names");
    private static readonly byte[] Small = Wabt.Wat2Wasm("(module (func (export \"add\") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))");

    private readonly string directory = Path.Combine(Directory.CreateTempSubdirectory("wasmbox-native-").FullName, "cache");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);

    private static string Crossgen2 => ReadyToRunCompiler.Find()
        ?? throw new InvalidOperationException("crossgen2 is not in the NuGet package folder: the build's restore should have brought it (Wasmbox.Runtime.csproj)");

    private Engine NativeEngine(string? crossgen2 = null) =>
        new(EngineConfig.Default.WithCompilationCache(directory).WithNativeCompiler(crossgen2 ?? Crossgen2));

    private static Instance Start(Module module) => new Linker(module.Engine).Instantiate(new Store(module.Engine), module);

    // Each run in an instance of its own: the interpreter keeps state in its memory.
    private static string Run(Module module, int steps, long seed) => FunctionSplittingTests.Outcome(Start(module), steps, seed);

    private static readonly (int Steps, long Seed)[] Runs = [(0, 1L), (1, 2L), (500, 3L), (5000, 123456789L), (20000, -7L), (3000, 99L)];

    [Fact]
    public void AnUnsplittableHugeFunctionRunsAsNativeCodeWithTheJitsResults()
    {
        var jitted = Module.FromBytes(new Engine(), Interpreter);
        var module = Module.FromBytes(NativeEngine(), Interpreter);
        Assert.True(module.HasNativeCode);
        // The interpreter's first call compiles nothing of its size: its machine code is loaded, not jitted.
        var native = Start(module);
        var before = System.Runtime.JitInfo.GetCompiledILBytes(currentThread: true);
        FunctionSplittingTests.Outcome(native, 1, 1);
        Assert.True(System.Runtime.JitInfo.GetCompiledILBytes(currentThread: true) - before < 20_000, "the interpreter function was jitted");
        foreach (var (steps, seed) in Runs)
            Assert.Equal(Run(jitted, steps, seed), Run(module, steps, seed));
        // A trap's backtrace names the Wasm functions, from native frames as from jitted ones.
        var traps = Enumerable.Range(1, 3000).Select(seed => FunctionSplittingTests.Outcome(native, 2000, seed)).Where(o => o.StartsWith("unreachable", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(traps);
        Assert.All(traps, o => Assert.Equal("unreachable at run < outer", o));
    }

    [Fact]
    public void AnOutOfBoundsAccessInNativeCodeTrapsAsInJittedCode()
    {
        // The interpreter's trapping case reads far past its one page instead: the guard region's fault, from ReadyToRun code.
        var wasm = Wabt.Wat2Wasm(FunctionSplittingTests.BuildInterpreter(cases: 500).Replace("(unreachable)", "(drop (i64.load (i32.const 0x7ffffff0)))"), "--debug-names");
        var module = Module.FromBytes(NativeEngine(), wasm);
        Assert.True(module.HasNativeCode);
        var jitted = Module.FromBytes(new Engine(), wasm);
        var traps = Enumerable.Range(1, 3000).Select(seed => (Seed: seed, Outcome: Run(module, 2000, seed)))
            .Where(o => o.Outcome.StartsWith("out of bounds", StringComparison.Ordinal)).Take(3).ToList();
        Assert.NotEmpty(traps);
        foreach (var (seed, outcome) in traps)
        {
            Assert.Equal("out of bounds memory access at run < outer", outcome);
            Assert.Equal(Run(jitted, 2000, seed), outcome);
        }
    }

    [Fact]
    public void TheCompilationCacheKeepsTheNativeCode()
    {
        Module.FromBytes(NativeEngine(), Interpreter);
        var engine = NativeEngine();
        var cached = Module.FromBytes(engine, Interpreter);
        Assert.Equal(ModuleOrigin.CompilationCache, cached.Origin);
        Assert.True(cached.HasNativeCode);
        var jitted = Module.FromBytes(new Engine(), Interpreter);
        Assert.Equal(Run(jitted, 5000, 42), Run(cached, 5000, 42));
        // A serialized native module loads elsewhere, native still.
        var loaded = Module.Deserialize(new Engine(), cached.Serialize(engine.CompilationCache!.OpenKey()), engine.CompilationCache!.OpenKey());
        Assert.True(loaded.HasNativeCode);
        Assert.Equal(Run(jitted, 700, 5), Run(loaded, 700, 5));
    }

    [Fact]
    public void OrdinaryModulesStayJitted()
    {
        var module = Module.FromBytes(NativeEngine(), Small);
        Assert.False(module.HasNativeCode);
        Assert.Equal(5, Start(module).GetFunction<int, int, int>("add")(2, 3));
    }

    [Fact]
    public void WhenCrossgen2FailsTheModuleRunsJittedAndTheCacheSaysWhy()
    {
        var engine = NativeEngine("/bin/false");
        var module = Module.FromBytes(engine, Interpreter);
        Assert.False(module.HasNativeCode);
        Assert.Contains("crossgen2 failed", engine.CompilationCache!.LastProblem);
        Assert.Equal(Run(Module.FromBytes(new Engine(), Interpreter), 500, 3), Run(module, 500, 3));
    }
}
