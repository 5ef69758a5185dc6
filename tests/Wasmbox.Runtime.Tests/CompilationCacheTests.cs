namespace Wasmbox.Runtime.Tests;

/// <summary>EngineConfig.WithCompilationCache: the second Module.FromBytes of the same Wasm loads instead of compiling.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CompilationCacheTests : IDisposable
{
    private static readonly byte[] Guest = Wabt.Wat2Wasm("""
        (module
          (type $unary (func (param i32) (result i32)))
          (table 1 funcref)
          (elem (i32.const 0) $triple)
          (func $triple (type $unary) (i32.mul (local.get 0) (i32.const 3)))
          (func $boom (unreachable))
          (func (export "triple_indirect") (param i32) (result i32)
            (call_indirect (type $unary) (local.get 0) (i32.const 0)))
          (func (export "fail") (call $boom)))
        """, "--debug-names");

    private readonly string directory = Path.Combine(Directory.CreateTempSubdirectory("wasmbox-cache-").FullName, "cache");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(directory)!, true);

    private Engine CachingEngine(EngineConfig? config = null) => new((config ?? EngineConfig.Default).WithCompilationCache(directory));

    private string[] Entries() => Directory.Exists(Path.Combine(directory, "modules"))
        ? Directory.GetFiles(Path.Combine(directory, "modules"))
        : [];

    private static int TripleIndirect(Module module, int value)
    {
        using var store = new Store(module.Engine);
        return new Linker(module.Engine).Instantiate(store, module).GetFunction<int, int>("triple_indirect")(value);
    }

    [Fact]
    public void SecondLoadComesFromTheCacheAndBehavesAlike()
    {
        var first = CachingEngine();
        var compiled = Module.FromBytes(first, Guest);
        Assert.Equal(ModuleOrigin.Compiled, compiled.Origin);
        Assert.Equal((0L, 1L), (first.CompilationCache!.Hits, first.CompilationCache.Misses));
        var entry = Assert.Single(Entries());
        Assert.EndsWith(".cwasm", entry);

        var second = CachingEngine();
        Module.FromBytes(second, Wabt.Wat2Wasm("(module (func (param f32)))"));
        var cached = Module.FromBytes(second, Guest);
        Assert.Equal(ModuleOrigin.CompilationCache, cached.Origin);
        Assert.Equal(1L, second.CompilationCache!.Hits);
        Assert.Null(second.CompilationCache.LastProblem);
        Assert.Equal(TripleIndirect(compiled, 14), TripleIndirect(cached, 14));

        using var store = new Store(second);
        var trap = Assert.Throws<TrapException>(() => new Linker(second).Instantiate(store, cached).GetAction("fail")());
        Assert.Equal(["boom", "fail"], trap.WasmBacktrace.Take(2));
    }

    [Fact]
    public void EachCodeShapingConfigurationHasItsOwnEntry()
    {
        Module.FromBytes(CachingEngine(), Guest);
        var fuelled = Module.FromBytes(CachingEngine(EngineConfig.Default.WithFuel(true)), Guest);
        Assert.Equal(ModuleOrigin.Compiled, fuelled.Origin);
        Assert.Equal(2, Entries().Length);
        // The stack limit is read at run time: same code, same entry.
        var deeper = Module.FromBytes(CachingEngine(EngineConfig.Default.WithMaxStackBytes(8 << 20)), Guest);
        Assert.Equal(ModuleOrigin.CompilationCache, deeper.Origin);
        Assert.Equal(ModuleOrigin.CompilationCache, Module.FromBytes(CachingEngine(EngineConfig.Default.WithFuel(true)), Guest).Origin);
    }

    [Fact]
    public void TamperedEntryIsRefusedAndCompiledAgain()
    {
        Module.FromBytes(CachingEngine(), Guest);
        var entry = Assert.Single(Entries());
        var bytes = File.ReadAllBytes(entry);
        bytes[bytes.Length - 200] ^= 0x10;
        File.WriteAllBytes(entry, bytes);

        var engine = CachingEngine();
        var module = Module.FromBytes(engine, Guest);
        Assert.Equal(ModuleOrigin.Compiled, module.Origin);
        Assert.Contains("signature does not match", engine.CompilationCache!.LastProblem);
        Assert.Equal(42, TripleIndirect(module, 14));
        // The entry was written again, and is good.
        Assert.Equal(ModuleOrigin.CompilationCache, Module.FromBytes(CachingEngine(), Guest).Origin);
    }

    [Fact]
    public void EntryPlantedWithAnotherKeyIsRefused()
    {
        var engine = CachingEngine();
        var path = engine.CompilationCache!.EntryPath(Guest, engine.Config);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, new Engine().Precompile(Guest, ModuleSigningKey.Generate()));
        Assert.Equal(ModuleOrigin.Compiled, Module.FromBytes(engine, Guest).Origin);
        Assert.Contains("signed with another key", engine.CompilationCache.LastProblem);

        File.WriteAllBytes(path, new Engine().Precompile(Guest));
        var unsigned = CachingEngine();
        Assert.Equal(ModuleOrigin.Compiled, Module.FromBytes(unsigned, Guest).Origin);
        Assert.Contains("not signed", unsigned.CompilationCache!.LastProblem);
    }

    [Fact]
    public void CacheDirectoryAndKeyArePrivate()
    {
        Module.FromBytes(CachingEngine(), Guest);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(directory, "key")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Assert.Single(Entries())));
    }

    [Fact]
    public void DirectoryOthersMayWriteIsNotUsed()
    {
        Directory.CreateDirectory(directory);
        File.SetUnixFileMode(directory, (UnixFileMode)0b111_111_111);
        var engine = CachingEngine();
        var module = Module.FromBytes(engine, Guest);
        Assert.Equal(ModuleOrigin.Compiled, module.Origin);
        Assert.Contains("may be written by other users", engine.CompilationCache!.LastProblem);
        Assert.Empty(Entries());
        Assert.Equal(42, TripleIndirect(module, 14));
    }

    [Fact]
    public void KeyOthersMayReadIsRefused()
    {
        Module.FromBytes(CachingEngine(), Guest);
        File.SetUnixFileMode(Path.Combine(directory, "key"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        var engine = CachingEngine();
        Assert.Equal(ModuleOrigin.Compiled, Module.FromBytes(engine, Guest).Origin);
        Assert.Contains("chmod 600", engine.CompilationCache!.LastProblem);
    }

    [Fact]
    public void InvalidModulesAreRefusedAsWithoutACache()
    {
        var invalid = Wabt.Wat2Wasm("(module (func (result i32) (i64.const 1)))", "--no-check");
        Assert.Throws<InvalidModuleException>(() => Module.FromBytes(CachingEngine(), invalid));
        Assert.Throws<MalformedModuleException>(() => Module.FromBytes(CachingEngine(), new byte[] { 0, 97, 115, 109, 1 }));
        Assert.Empty(Entries());
    }
}
