using System.Runtime.CompilerServices;

namespace Wasmbox.Runtime.Tests;

/// <summary>A module's compiled code goes away once nothing refers to the module, its instances or their functions.</summary>
public sealed class ModuleUnloadingTests
{
    private static readonly byte[] Guest = Wabt.Wat2Wasm("""
        (module (func (export "seven") (result i32) (i32.const 7)))
        """);

    [Fact]
    public void CompiledCodeIsCollected() => AssertCollected(engine => Module.FromBytes(engine, Guest));

    [Fact]
    public void DeserializedCodeIsCollected()
    {
        var serialized = new Engine().Precompile(Guest);
        AssertCollected(engine => Module.Deserialize(engine, serialized));
    }

    private static void AssertCollected(Func<Engine, Module> create)
    {
        var code = RunOnce(create);
        for (var attempt = 0; attempt < 20 && code.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(code.IsAlive, "the compiled code was not unloaded");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference RunOnce(Func<Engine, Module> create)
    {
        var engine = new Engine();
        var module = create(engine);
        using var store = new Store(engine);
        Assert.Equal(7, new Linker(engine).Instantiate(store, module).GetFunction<int>("seven")());
        return new WeakReference(module.Compiled.Type);
    }
}
