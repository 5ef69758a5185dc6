using System.Text.Json;
using Wasmbox.Runtime;
using Wasmbox.Wasi;

namespace Wasmbox.Bench.Memory;

/// <summary>
/// Run in a process of its own (`Wasmbox.Bench hold-instances MODULE COUNT`): compiles the module,
/// makes one instance (so every code path has run once), then holds COUNT more, each with its own
/// store and WASI context, instantiated but not run. Prints the resident memory before and after,
/// each measured after a full garbage collection, as JSON.
/// </summary>
internal static class InstanceHolder
{
    public static int Run(string modulePath, int count)
    {
        var engine = new Engine();
        var module = Module.FromBytes(engine, File.ReadAllBytes(modulePath));
        var linker = WasiPreview1.AddToLinker(new Linker(engine), store => (WasiContext)store.Data!);
        var configuration = WasiConfiguration.Default.WithArguments(modulePath);
        var held = new List<(Store Store, Instance Instance)> { Instantiate() };
        var before = Settled();
        for (var i = 0; i < count; i++) held.Add(Instantiate());
        var after = Settled();
        Console.WriteLine(JsonSerializer.Serialize(new { before, after, instances = held.Count - 1 }));
        GC.KeepAlive(held);
        return 0;

        (Store, Instance) Instantiate()
        {
            var store = new Store(engine, new WasiContext(configuration));
            return (store, linker.Instantiate(store, module));
        }
    }

    private static long Settled()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return ResidentMemory.KibibytesOfThisProcess();
    }
}
