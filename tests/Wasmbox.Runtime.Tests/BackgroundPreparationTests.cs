using Wasmbox.Runtime.Binary;
using Wasmbox.Runtime.Compilation;

namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Module.PrepareInBackground: the functions an export reaches by direct calls are compiled on
/// another thread, in the order a call first reaches them, whether the module was compiled here or
/// loaded from the compilation cache (which keeps no decoded code), and nothing a call returns changes.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class BackgroundPreparationTests : IDisposable
{
    // Function indices: 0 the import, 1 main, 2 first, 3 second, 4 leaf, 5 unreached.
    // main(x) = second(first(x)), first(x) = leaf(x + 1) = 2(x + 1), second(y) = y, or main(0) past 100.
    private static readonly byte[] Calls = Wabt.Wat2Wasm("""
        (module
          (import "env" "log" (func $log (param i32)))
          (memory (export "memory") 1)
          (func $main (export "main") (param i32) (result i32)
            (call $log (local.get 0))
            (call $second (call $first (local.get 0))))
          (func $first (param i32) (result i32) (call $leaf (i32.add (local.get 0) (i32.const 1))))
          (func $second (param i32) (result i32)
            (if (result i32) (i32.gt_u (local.get 0) (i32.const 100))
              (then (call $main (i32.const 0)))
              (else (local.get 0))))
          (func $leaf (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
          (func $unreached (export "other") (result i32) (call $leaf (i32.const 3))))
        """);

    private static readonly int Cores = Environment.ProcessorCount;

    private readonly string cache = Directory.CreateTempSubdirectory("wasmbox-prepare-").FullName;

    public void Dispose() => Directory.Delete(cache, true);

    [Fact]
    public void CallsAreFollowedInTheOrderARunFirstReachesThem()
    {
        var definition = ModuleReader.Read(Calls);

        Assert.Equal([1, 2, 4, 3], CallOrder.From(definition, entryFunction: 1, limit: 10));
        Assert.Equal([1, 2], CallOrder.From(definition, entryFunction: 1, limit: 2));
        Assert.Equal([5, 4], CallOrder.From(definition, entryFunction: 5, limit: 10));
        Assert.Empty(CallOrder.From(definition, entryFunction: 0, limit: 10));
    }

    [Fact]
    public async Task WhatAnExportReachesIsPreparedAndCallsReturnWhatTheyWould()
    {
        var engine = new Engine(EngineConfig.Default.WithCompilationCache(cache));
        var compiled = Module.FromBytes(engine, Calls);
        var cached = Module.FromBytes(engine, Calls);
        Assert.Equal(ModuleOrigin.CompilationCache, cached.Origin);

        foreach (var module in new[] { compiled, cached })
        {
            Assert.Equal(Cores > 1 ? 4 : 0, await module.PrepareInBackground("main"));
            Assert.Equal(Cores > 1 ? 2 : 0, await module.PrepareInBackground("other"));
            Assert.Equal(0, await module.PrepareInBackground("memory"));
            Assert.Equal(0, await module.PrepareInBackground("missing"));
            Assert.Equal([8, 2, 2], Run(module, [3, 0, 60]));
        }
    }

    [Fact]
    public async Task ACallMadeWhilePreparationRunsReturnsWhatItWould()
    {
        var engine = new Engine();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var module = Module.FromBytes(engine, Calls);
            var preparing = module.PrepareInBackground("main");

            Assert.Equal([8, 2, 2], Run(module, [3, 0, 60]));
            Assert.Equal(Cores > 1 ? 4 : 0, await preparing);
        }
    }

    private static int[] Run(Module module, int[] arguments)
    {
        using var store = new Store(module.Engine);
        var logged = new List<int>();
        var linker = new Linker(module.Engine).DefineFunction("env", "log", (int value) => logged.Add(value));
        var main = linker.Instantiate(store, module).GetFunction<int, int>("main");
        var results = arguments.Select(main).ToArray();
        // main(60) calls main(0) again through second.
        Assert.Equal([3, 0, 60, 0], logged);
        return results;
    }
}
